/**
 * Loads report JSON into the model: every unknown field, wrong type, missing field and broken
 * cross-reference is collected as a problem, and the report is returned only when there are none.
 */
package org.briefing.load;
