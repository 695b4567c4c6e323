package org.briefing.diag;

/**
 * A JSON pointer (RFC 6901) kept as a link to its parent and one segment, and written out only
 * when a problem names it. Every value of a parsed file has one, so a pointer costs the same
 * small object whatever the depth and however long the field names: a file's tree then takes
 * memory in proportion to its size, where whole pointer strings per value took its size times
 * the length of the longest path.
 */
public sealed interface Pointer {
    /** The pointer of the whole document, written "". */
    Pointer ROOT = new Written("");

    /** A pointer as text, e.g. "/sections/0/id". */
    static Pointer of(String text) {
        return text.isEmpty() ? ROOT : new Written(text);
    }

    /** The member {@code name} of the object this points to. */
    default Pointer member(String name) {
        return new Member(this, name);
    }

    /** The item at {@code index} of the array this points to. */
    default Pointer item(int index) {
        return new Item(this, index);
    }

    /** The pointer as RFC 6901 text, segments escaped. */
    default String text() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    void appendTo(StringBuilder out);

    record Written(String text) implements Pointer {
        @Override
        public void appendTo(StringBuilder out) {
            out.append(text);
        }
    }

    record Member(Pointer parent, String name) implements Pointer {
        @Override
        public void appendTo(StringBuilder out) {
            parent.appendTo(out);
            out.append('/').append(segment(name));
        }
    }

    record Item(Pointer parent, int index) implements Pointer {
        @Override
        public void appendTo(StringBuilder out) {
            parent.appendTo(out);
            out.append('/').append(index);
        }
    }

    /** Escapes a key for use in a JSON pointer (RFC 6901). */
    static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
