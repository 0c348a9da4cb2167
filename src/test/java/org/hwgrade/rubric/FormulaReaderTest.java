package org.hwgrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Problem;
import org.junit.jupiter.api.Test;

/** Formulas keep the file position of each character, whatever YAML scalar style they are written in. */
class FormulaReaderTest {

    private static final String RUBRIC = """
            assignment: positions
            problems:
              - id: "1"
                givens: {x: 1, y: 2}
                quantities:
                  plain: x + y
                  single: 'x + y'
                  double: "x +  y"
                  literal: |
                    x +
                      y
                  folded: >-
                    x
                    + y
                parts:
                  - {id: 1a, points: 1, kind: integer, quantity: plain}
            """;

    private static final Map<String, FormulaText> QUANTITIES = quantities();

    private static Map<String, FormulaText> quantities() {
        Problem p = RubricLoader.parse(RUBRIC, "p.yaml").problems().get(0);
        return p.quantities();
    }

    /** "line:column" of the first {@code c} in the named formula. */
    private static String where(String quantity, char c) {
        FormulaText f = QUANTITIES.get(quantity);
        var at = f.at(f.text().indexOf(c));
        return at.line() + ":" + at.column();
    }

    @Test
    void plainScalar() {
        assertEquals("6:18", where("plain", 'y'));
    }

    @Test
    void quotedScalars() {
        assertEquals("7:16", where("single", 'x'));
        assertEquals("8:21", where("double", 'y'));
    }

    @Test
    void blockScalars() {
        assertEquals("x +\n  y", QUANTITIES.get("literal").text());
        assertEquals("11:11", where("literal", 'y'));
        assertEquals("x + y", QUANTITIES.get("folded").text());
        assertEquals("13:9", where("folded", 'x'));
        assertEquals("14:11", where("folded", 'y'));
    }
}
