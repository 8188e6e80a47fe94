/** Text metrics: BLEU and self-BLEU (nltk's sentence BLEU, smoothing method 1) and per-token NLL. */
package org.gan4j.text.metrics;
