/**
 * Printing a rendered PDF through the Java print service: finding the printer, handing it the
 * PDF itself where the service takes PDF, and pages drawn by PDFBox where it does not.
 *
 * <p>This package knows files and printers only, not reports: the command line decides which
 * file to print and renders it first.
 */
package org.briefing.print;
