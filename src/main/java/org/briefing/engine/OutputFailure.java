package org.briefing.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Output could not be written: the message says what and where in plain words ("cannot write
 * to out/: no space left on device"), and {@link #replaced()} lists the files that were
 * nevertheless replaced (empty unless putting earlier files back failed as well).
 */
public final class OutputFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient List<Path> replaced;

    OutputFailure(String message, List<Path> replaced) {
        super(message);
        this.replaced = List.copyOf(replaced);
    }

    OutputFailure(String message) {
        this(message, List.of());
    }

    /** "cannot write to out/: permission denied". */
    static OutputFailure writing(Path folder, IOException cause) {
        return new OutputFailure("cannot write to " + IoReason.shown(folder, true) + ": " + IoReason.of(cause));
    }

    /** The files this failure left replaced by new versions, in the order they were replaced. */
    public List<Path> replaced() {
        return replaced;
    }
}
