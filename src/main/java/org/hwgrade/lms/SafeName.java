package org.hwgrade.lms;

import java.util.regex.Pattern;

/**
 * A student name taken from a download's metadata or a roster becomes a feedback file's name: only
 * letters, digits, spaces and {@code . _ @ -} are kept (others become {@code _}), and it never starts
 * with a dot, so no name can climb out of the feedback folder or hide there.
 */
final class SafeName {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._@-]");

    private SafeName() {
    }

    static String of(String raw) {
        String s = UNSAFE.matcher(raw.strip()).replaceAll("_");
        if (s.isEmpty()) {
            return "_";
        }
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }
}
