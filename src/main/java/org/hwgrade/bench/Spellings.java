package org.hwgrade.bench;

import java.util.SplittableRandom;

/**
 * Equivalent and wrong ways students write a symbolic answer. The answer itself comes from the
 * solver (the key, or a misconception's value); these only respell it, as students do.
 */
final class Spellings {

    private Spellings() {
    }

    /** The solver's plain spelling, or an equivalent LaTeX one. */
    static String plain(String source, SplittableRandom rnd) {
        if (source.equals("-(1/s_y) e_y") && rnd.nextInt(3) == 0) {
            return "-e_y / s_y";
        }
        return source;
    }

    /** The same expression as LaTeX, sometimes with bold vectors and {@code \top}. */
    static String latex(String source, SplittableRandom rnd) {
        String s = source.replace("-(1/s_y)", "-\\frac{1}{s_y}");
        s = s.replace("diag(", rnd.nextBoolean() ? "\\mathrm{diag}(" : "\\operatorname{diag}(");
        if (rnd.nextBoolean()) {
            s = s.replaceAll("\\be_y\\b", "\\\\mathbf{e}_y")
                    .replaceAll("\\bs(?![_\\w])", "\\\\mathbf{s}")
                    .replaceAll("\\bx(?![_\\w])", "\\\\mathbf{x}");
        }
        if (rnd.nextInt(3) == 0) {
            s = s.replace("^T", "^\\top");
        }
        return s;
    }

    /** A wrong answer near the right one: a sign error. */
    static String wrong(String source, SplittableRandom rnd) {
        if (source.contains(" - ")) {
            return source.replaceFirst(" - ", " + ");
        }
        return source.startsWith("-") ? source.substring(1) : "-(" + source + ")";
    }
}
