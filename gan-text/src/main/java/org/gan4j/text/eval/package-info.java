/** The text evaluator: NLL-oracle, NLL-gen, NLL-div, BLEU and self-BLEU against real references. */
package org.gan4j.text.eval;
