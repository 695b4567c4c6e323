package org.briefing.diag;

/**
 * A place in an input file: the file as the user named it, 1-based line and column, JSON
 * pointer. The pointer is kept as a {@link Pointer} and written out when asked for.
 */
public record Location(String file, int line, int column, Pointer path) {

    public Location(String file, int line, int column, String pointer) {
        this(file, line, column, Pointer.of(pointer));
    }

    /** A location that names only the file, for problems that concern it as a whole. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0, Pointer.ROOT);
    }

    /** The JSON pointer as text, e.g. "/sections/0/id"; "" for the whole document. */
    public String pointer() {
        return path.text();
    }

    /** The same place with another JSON pointer. */
    public Location at(String newPointer) {
        return new Location(file, line, column, newPointer);
    }
}
