/**
 * The typed Java entry point of gan4j: {@link org.gan4j.core.app.GanSetup} describes a run with
 * typed options (the same schema a YAML or JSON configuration fills), and {@link
 * org.gan4j.core.app.Gan} trains, resumes and opens runs with it.
 */
package org.gan4j.core.app;
