/**
 * Named options and the errors that name a bad one: the option maps that configurations hand to
 * modalities, and the exceptions that name the field or name at fault and what would be accepted.
 * The bottom of gan-core: it imports nothing else of it.
 */
package org.gan4j.core.options;
