/** Problems found in a user's input, as values: collected, sorted and printed together. */
package org.briefing.diag;
