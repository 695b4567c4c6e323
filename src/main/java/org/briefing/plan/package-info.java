/**
 * Decides, once, everything the output formats must agree on: section numbers, appendix
 * letters, table labels, contents entries, anchors and how key figures are written out.
 * Renderers read the plan; none of them counts anything.
 */
package org.briefing.plan;
