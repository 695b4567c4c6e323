package org.briefing.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The files one report rendered to, by format, and the warnings rendering raised. */
public record Rendered(Map<Format, byte[]> files, List<String> warnings) {

    public Rendered {
        files = java.util.Collections.unmodifiableMap(new EnumMap<>(files));
        warnings = List.copyOf(warnings);
    }

    public byte[] file(Format format) {
        return files.get(format);
    }
}
