package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.List;

/** Splitting a text into lines at \r\n, \r or \n, as editors count them (a scan, not a regex). */
final class Lines {

    private Lines() {
    }

    /** The lines of {@code text}; a trailing line break gives a last empty line, as split(..., -1) does. */
    static String[] split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }
}
