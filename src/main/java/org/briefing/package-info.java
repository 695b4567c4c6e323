/**
 * Briefing turns a report (JSON) and a style into a PDF briefing, a DOCX handout and summaries.
 *
 * <p>The pipeline, one package per step, dependencies pointing only downwards:
 * <ol>
 *   <li>{@code json} and {@code diag}: a JSON tree that remembers where each value came from,
 *       and the problems found while reading it;</li>
 *   <li>{@code load}: report JSON &rarr; the immutable {@code model}, collecting every problem;</li>
 *   <li>{@code style}: style JSON (with {@code extends}) &rarr; typed style records;</li>
 *   <li>{@code plan}: everything the formats must agree on, decided once — section numbers,
 *       appendix letters, table labels, contents entries, anchors, key-figure wording;</li>
 *   <li>{@code render.*}: one package per output format, each reading only the plan and the style;</li>
 *   <li>{@code engine}: the library API — one report or a batch, to the formats asked, on all cores;
 *       {@code print}: sending a PDF to a printer;</li>
 *   <li>{@code cli}: the command line, which wires the steps, prints problems and sets the exit code.</li>
 * </ol>
 */
package org.briefing;
