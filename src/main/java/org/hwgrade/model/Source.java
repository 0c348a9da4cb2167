package org.hwgrade.model;

import java.util.Objects;

/**
 * Where an answer was read: file, 1-based line and column, the raw text it came from, and how the
 * reader tied it to its part ({@link Evidence}: a label, a marker, the only value ...).
 */
public record Source(String file, int line, int column, String text, Evidence how) {

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(how, "how");
    }

    /** "file:line:column", the form editors and compilers use. */
    public String location() {
        return file + ":" + line + ":" + column;
    }
}
