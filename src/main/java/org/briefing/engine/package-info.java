/**
 * The library API: render a report, in a style, to the formats asked, into bytes, streams or
 * files — one report at a time or a batch on all cores. Thread-safe; holds no global mutable
 * state. The command line is one user of it; a JVM program or a batch engine can be another.
 */
package org.briefing.engine;
