/**
 * The summary as text: {@link org.briefing.render.text.TextRenderer} for the terminal (plain text
 * wrapped to a width) and {@link org.briefing.render.text.MarkdownRenderer} for tickets and
 * e-mail (CommonMark with a GFM table). Both print the title block, lead, key points, key
 * figures and the outline exactly as the plan words them.
 */
package org.briefing.render.text;
