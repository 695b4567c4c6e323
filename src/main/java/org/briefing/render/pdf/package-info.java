/**
 * The PDF briefing and the one-page summary, drawn with OpenPDF. {@code PdfFlow} does the
 * pagination (keep-with-next, widows and orphans, table splits) so the page of every heading is
 * known exactly; page numbers known only at the end are drawn into boxes filled then.
 */
package org.briefing.render.pdf;
