/** Text data: tokenizers, vocabularies, corpora from UTF-8 files, the default Brown+WordNet corpus. */
package org.gan4j.text.data;
