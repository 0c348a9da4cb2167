package org.hwgrade.symbolic;

/** When two computed numbers count as equal: |a − b| ≤ 1e-9 + 1e-6·max(|a|, |b|). */
final class Closeness {

    static final double ABSOLUTE = 1e-9;
    static final double RELATIVE = 1e-6;

    private Closeness() {
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= ABSOLUTE + RELATIVE * Math.max(Math.abs(a), Math.abs(b));
    }
}
