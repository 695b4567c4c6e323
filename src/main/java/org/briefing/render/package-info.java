/** Output formats, one sub-package each, reading only the plan and the style; and the atomic file write they share. */
package org.briefing.render;
