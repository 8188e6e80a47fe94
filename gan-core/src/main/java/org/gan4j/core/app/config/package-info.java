/** Run configuration: validated records, layered YAML/JSON resolution, field-naming errors. */
package org.gan4j.core.app.config;
