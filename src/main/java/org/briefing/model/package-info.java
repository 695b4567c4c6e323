/**
 * The report as immutable values: metadata, lead, key points, key figures, sections,
 * appendices and their blocks. No I/O and no library types; every section, appendix, table
 * and key figure carries a stable id.
 */
package org.briefing.model;
