/**
 * The PDF briefing, drawn with OpenPDF. {@link org.briefing.render.pdf.PdfRenderer} lays the
 * document out twice: the first pass finds the page each heading lands on, the second prints
 * those numbers in the contents. {@code PdfFlow} does the pagination (keep-with-next, widows
 * and orphans, table splits) so that page numbers are known exactly, not guessed.
 */
package org.briefing.render.pdf;
