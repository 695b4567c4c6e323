package org.briefing.diag;

/** A place in an input file: the file as the user named it, 1-based line and column, JSON pointer. */
public record Location(String file, int line, int column, String pointer) {

    /** A location that names only the file, for problems that concern it as a whole. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0, "");
    }

    /** The same place with another JSON pointer. */
    public Location at(String newPointer) {
        return new Location(file, line, column, newPointer);
    }
}
