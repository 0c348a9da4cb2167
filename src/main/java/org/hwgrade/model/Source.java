package org.hwgrade.model;

import java.util.Objects;

/** Where an answer was read: file, 1-based line and column, and the raw text it came from. */
public record Source(String file, int line, int column, String text) {

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    /** "file:line:column", the form editors and compilers use. */
    public String location() {
        return file + ":" + line + ":" + column;
    }
}
