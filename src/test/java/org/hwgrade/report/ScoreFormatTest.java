package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hwgrade.model.Rational;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreFormatTest {

    @ParameterizedTest(name = "{0}/{1} shows {2}")
    @CsvSource({
        "4, 1, 4",
        "0, 1, 0",
        "5, 2, 2.5",
        "1, 3, 0.33",
        "2, 3, 0.67",
        "1, 200, 0.01",    // 0.005 rounds half-up
        "1, 201, 0",       // 0.00497... rounds to 0
        "9, 4, 2.25",
        "29, 6, 4.83",
        "163696, 1, 163696",
        "1, 8, 0.13",      // 0.125 half-up
        "255, 1, 255",     // the last whole score shown from the table
        "256, 1, 256",     // the first one formatted
        "-3, 1, -3",       // a penalty
        "510, 2, 255",     // whole once in lowest terms
    })
    void roundsHalfUpToAtMostTwoDecimals(long p, long q, String shown) {
        assertEquals(shown, ScoreFormat.display(Rational.of(p, q)));
    }

    @ParameterizedTest
    @CsvSource({"5, 2, 4, 2.5/4", "1, 3, 10, 0.33/10"})
    void showsAScoreOutOfItsMaximum(long p, long q, long max, String shown) {
        assertEquals(shown, ScoreFormat.display(Rational.of(p, q), Rational.of(max)));
    }
}
