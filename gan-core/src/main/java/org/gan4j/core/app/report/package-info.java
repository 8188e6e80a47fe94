/**
 * The HTML run report: one self-contained {@code report.html} per run directory (inline CSS, inline
 * SVG charts, samples embedded as data URIs), drawn from the files a run already holds
 * ({@code config.json}, {@code metrics.json}, {@code samples/}, {@code checkpoints/}). Modality-free:
 * samples are shown by file type (PNG, WAV, text), metrics by name.
 */
package org.gan4j.core.app.report;
