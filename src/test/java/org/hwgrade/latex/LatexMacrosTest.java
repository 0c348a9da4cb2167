package org.hwgrade.latex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Course macros, with and without arguments, expanded as LaTeX would, and never without bound. */
class LatexMacrosTest {

    private static LatexMacros.Expanded expand(String text) {
        return LatexMacros.expand(text.split("\n", -1), text, 100_000);
    }

    private static String line(String text, int i) {
        return expand(text).lines()[i];
    }

    @Test
    void argumentsAreBracedGroupsOrSingleTokens() {
        String defs = "\\newcommand{\\vect}[1]{\\mathbf{#1}}\n\\def\\pair#1#2{(#1,#2)}\n";
        assertEquals("\\mathbf{s} - \\mathbf{e}_y", line(defs + "\\vect{s} - \\vect e_y", 2));
        assertEquals("(8,18)", line(defs + "\\pair{8}{18}", 2));
        assertEquals("(8,1)8", line(defs + "\\pair 8 18", 2), "an unbraced argument is one character, as in TeX");
        assertEquals("\\mathbf{\\alpha}", line(defs + "\\vect\\alpha", 2));
    }

    @Test
    void argumentsMayHoldUsesAndBodiesUseEarlierMacros() {
        String text = """
                \\newcommand{\\vect}[1]{\\mathbf{#1}}
                \\newcommand\\norm[1]{\\left\\| #1 \\right\\|}
                \\newcommand{\\nv}[1]{\\norm{\\vect{#1}}}
                $\\nv{x} = \\norm{\\vect{\\vect{y}}}$""";
        assertEquals("$\\left\\| \\mathbf{x} \\right\\| = \\left\\| \\mathbf{\\mathbf{y}} \\right\\|$", line(text, 3));
    }

    @Test
    void tooFewArgumentsAnOptionalArgumentOrAnEscapedBackslashLeaveTheTextAsWritten() {
        String text = "\\newcommand{\\pair}[2]{(#1,#2)}\n\\newcommand{\\opt}[2][x]{#1#2}\n\\pair{8}\n\\opt{a}\n\\\\pair{1}{2}";
        String[] out = expand(text).lines();
        assertEquals("\\pair{8}", out[2]);
        assertEquals("\\opt{a}", out[3]);
        assertEquals("\\\\pair{1}{2}", out[4], "\\\\ is a row break, not the start of \\pair");
    }

    @Test
    void aMacroThatNamesItselfStaysAsWrittenAndRenewcommandMayUseTheOldMeaning() {
        String text = "\\def\\a{\\a x}\n\\a\n\\newcommand{\\R}{\\mathbb{R}}\n\\renewcommand{\\R}{\\R^n}\n\\R";
        String[] out = expand(text).lines();
        assertEquals("\\a x", out[1]);
        assertEquals("\\mathbb{R}^n", out[4]);
        assertTrue(expand(text).runaway().isEmpty());
    }

    @Test
    void aDoublingMacroRunsIntoTheLineLimitAndItsLineIsReportedAsWritten() {
        String use = "\\d{".repeat(40) + "x" + "}".repeat(40);
        LatexMacros.Expanded e = expand("\\newcommand{\\d}[1]{#1#1}\n" + use + "\n\\d{y}");
        assertEquals(use, e.lines()[1]);
        assertTrue(e.runaway().get(1));
        assertEquals("yy", e.lines()[2]);
    }

    @Test
    void nestingDeeperThanTheLimitIsReported() {
        int deep = LatexMacros.MAX_NESTING + 5;
        String use = "\\v{".repeat(deep) + "x" + "}".repeat(deep);
        LatexMacros.Expanded e = expand("\\newcommand{\\v}[1]{#1}\n" + use);
        assertTrue(e.runaway().get(1));
        assertEquals(use, e.lines()[1]);
    }

    @Test
    void aTextWithoutDefinitionsIsReturnedAsItIs() {
        String[] lines = {"$k = 4$", "\\vect{x}"};
        assertArrayEquals(lines, LatexMacros.expand(lines, String.join("\n", lines), 100_000).lines());
    }
}
