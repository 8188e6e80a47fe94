/**
 * The application layer of gan-core and its typed Java entry point: {@link
 * org.gan4j.core.app.GanSetup} describes a run with typed options (the same schema a YAML or JSON
 * configuration fills), and {@link org.gan4j.core.app.Gan} trains, resumes and opens runs with it.
 * Its subpackages hold the configuration schema, the training job, the run directory, the report
 * and data fetching; the kernel packages beside {@code app} never import from it.
 */
package org.gan4j.core.app;
