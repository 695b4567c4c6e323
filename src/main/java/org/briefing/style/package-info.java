/**
 * Styles: a style file (which may {@code extends} another) read strictly into typed records —
 * lengths in points, colours as RGB, fonts resolved to files — so renderers never look up keys.
 */
package org.briefing.style;
