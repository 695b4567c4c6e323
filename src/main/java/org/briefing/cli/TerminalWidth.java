package org.briefing.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** How wide the user's terminal is: 80 columns when output is not a terminal. */
final class TerminalWidth {
    static final int NOT_A_TERMINAL = 80;

    private TerminalWidth() {}

    /** $COLUMNS when set, else what the terminal itself reports (JLine asks it only when there is one). */
    static int current() {
        if (!Progress.onTerminal()) {
            return NOT_A_TERMINAL;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return terminal.getWidth() > 0 ? terminal.getWidth() : NOT_A_TERMINAL;
        } catch (IOException | RuntimeException e) {
            return NOT_A_TERMINAL;
        }
    }
}
