/**
 * The library API: render a report, in a style, to the formats asked, into bytes, streams or
 * files — one report at a time or a batch on all cores. Thread-safe; holds no global mutable
 * state. The command line is one user of it; a JVM program or a batch engine can be another.
 * Files are written so that a report's files change together ({@code Replacement}), in a
 * folder made ready once per run ({@code OutputFolder}); what goes wrong there is an
 * {@code OutputFailure} in plain words.
 */
package org.briefing.engine;
