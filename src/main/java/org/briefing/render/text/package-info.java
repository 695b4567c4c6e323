/** The terminal summary: title block, lead, key points, key figures and the outline, as plain text. */
package org.briefing.render.text;
