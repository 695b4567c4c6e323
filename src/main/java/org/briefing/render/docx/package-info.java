/**
 * The DOCX handout, written with Apache POI. Word lays a DOCX out itself, so this format shares
 * the plan with the PDF, not its pages: named Word styles carry every look (the contract with
 * users who restyle in Word), and the contents are filled in with page numbers from Briefing's
 * PDF layout as the best estimate, inside PAGEREF fields that Word and LibreOffice refresh.
 */
package org.briefing.render.docx;
