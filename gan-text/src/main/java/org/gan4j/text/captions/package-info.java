/** Seeded caption grammars for the digit and clothing classes (attribute values come from the images). */
package org.gan4j.text.captions;
