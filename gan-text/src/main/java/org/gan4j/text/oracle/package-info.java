/** SeqGAN's synthetic benchmark: a seeded random LSTM as the true distribution. */
package org.gan4j.text.oracle;
