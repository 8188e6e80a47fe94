/** Browser checks of the HTML run report (headless Chromium through chromedriver). */
package org.gan4j.examples.report;
