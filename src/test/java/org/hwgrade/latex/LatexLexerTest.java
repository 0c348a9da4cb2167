package org.hwgrade.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each command is and where it ends, for both readers (the text starts with the command). */
class LatexLexerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', quoteCharacter = '"', value = {
        "\\,x                         ! SPACE     ! 2  ! ,",
        "\\quad x                     ! SPACE     ! 5  ! quad",
        "\\left. x                    ! SPACE     ! 6  ! left",
        "\\right| x                   ! SPACE     ! 7  ! right",
        "\\therefore x                ! SPACE     ! 10 ! therefore",
        "\\\\[2pt] 1                  ! ROW_BREAK ! 7  ! \\\\",
        "\\\\ 1                       ! ROW_BREAK ! 2  ! \\\\",
        "\\begin{bmatrix*}[r] 1       ! BEGIN     ! 19 ! bmatrix*",
        "\\begin {array}{cc} 1        ! BEGIN     ! 18 ! array",
        "\\begin{aligned} x           ! BEGIN     ! 15 ! aligned",
        "\\end{pmatrix*} x            ! END       ! 14 ! pmatrix*",
        "\\begin x                    ! INVALID   ! 6  ! \\begin without an environment name",
        "\\dfrac{1}{2}                ! FRACTION  ! 6  ! dfrac",
        "\\cdot 2                     ! TIMES     ! 5  ! cdot",
        "\\div 2                      ! DIVIDE    ! 4  ! div",
        "\\{ x                        ! OPEN      ! 2  ! {",
        "\\lbrack x                   ! OPEN      ! 7  ! [",
        "\\rparen x                   ! CLOSE     ! 7  ! )",
        "\\| x                        ! NORM      ! 2  ! |",
        "\\mathbf{s}                  ! WRAPPER   ! 7  ! mathbf",
        "\\operatorname*{diag}        ! WRAPPER   ! 14 ! operatorname",
        "\\sigma(z)                   ! COMMAND   ! 6  ! sigma",
        "\\# x                        ! SYMBOL    ! 2  ! #"})
    void eachCommandIsReadOnce(String text, LatexToken.Kind kind, int end, String name) {
        LatexToken token = LatexLexer.command(text, 0);
        assertEquals(kind, token.kind(), token.toString());
        assertEquals(end, token.end(), token.toString());
        assertEquals(name, token.name(), token.toString());
    }

    @Test
    void everyMatrixEnvironmentHasItsStarredForm() {
        for (String name : new String[] {"matrix", "bmatrix", "pmatrix", "vmatrix", "Vmatrix", "Bmatrix", "smallmatrix",
            "array"}) {
            assertTrue(LatexLexer.isMatrixEnvironment(name) && LatexLexer.isMatrixEnvironment(name + "*"), name);
        }
        assertFalse(LatexLexer.isMatrixEnvironment("aligned"));
        assertTrue(LatexLexer.isLayoutEnvironment("align*"));
    }

    @Test
    void aGroupEndsAtItsMatchingBrace() {
        assertEquals(9, LatexLexer.afterGroup("{a{b}\\}c}d", 0, 10));
        assertEquals(-1, LatexLexer.afterGroup("{a{b}c", 0, 6));
        assertEquals(-1, LatexLexer.afterGroup("{a}", 0, 2), "the group must close before the bound");
    }
}
