package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headings, markers and unlabelled answers as students write them, and how each answer was found. */
class ReaderStylesTest {

    static final SubmissionReader FREE_IDS = new SubmissionReader(
            RubricLoader.load(Path.of("src/test/resources/rubrics/free-ids.yaml")));

    @TempDir
    Path dir;

    private Submission read(SubmissionReader reader, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return reader.read(f);
    }

    private static Answer.Found found(Submission s, String part, String value, Evidence how) {
        Answer.Found f = assertInstanceOf(Answer.Found.class, s.answer(part), () -> part + ": " + s.answer(part));
        assertEquals(value, f.value().toString(), part);
        assertEquals(how, f.source().how(), () -> part + ": " + f.source());
        return f;
    }

    @Test
    void aLongBoldQuestionHeadingALetterIdAndTwoMarkersOnOneLine() throws IOException {
        Submission s = read(FREE_IDS, "a.md", """
                # Homework

                **A. Consider the Inception module below with an input of 192 x 28 x 28; how many learnable parameters does each branch have, counting the biases, and how many does the whole module have together? Show your work.**

                (a) $12352$ \\quad (b) $129248$

                (c) 15920 parameters

                (d) 6176개

                Total: $\\boxed{163696}$
                """);
        found(s, "Aa", "12352", Evidence.MARKER);
        Answer.Found b = found(s, "Ab", "129248", Evidence.MARKER);
        assertEquals(5, b.source().line());
        assertEquals(24, b.source().column());
        found(s, "Ac", "15920", Evidence.MARKER);
        found(s, "Ad", "6176", Evidence.MARKER);
        found(s, "Ae", "163696", Evidence.LABEL);
    }

    @Test
    void aProblemIdWithALetterIsAHeading() throws IOException {
        Submission s = read(FREE_IDS, "b.md", """
                ## 2b
                (a) $(C_a, H_a, W_a) = (8, 18, 18)$
                (b) (8, 9, 9)

                ## A
                (a) 12352
                """);
        found(s, "2ba", "(8, 18, 18)", Evidence.LABEL);
        found(s, "2bb", "(8, 9, 9)", Evidence.MARKER);
        found(s, "Aa", "12352", Evidence.MARKER);
    }

    @Test
    void twoUnlabelledValuesThatDisagreeGoToReviewWithBoth() throws IOException {
        Submission s = read(HostileInputTest.READER, "c.md", """
                ## Problem 4
                (a)
                first I counted 12288
                then with the biases 12352
                """);
        Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer("4a"), () -> s.answer("4a").toString());
        assertEquals(2, r.readings().size());
        assertEquals("12288", r.readings().get(0).value().toString());
        assertEquals(3, r.readings().get(0).source().line());
        assertEquals("12352", r.readings().get(1).value().toString());
        assertEquals(4, r.readings().get(1).source().line());
        assertTrue(r.reason().contains("12288 (line 3) and 12352 (line 4)"), r::reason);
    }

    @Test
    void aValueAwayFromItsMarkerIsTheOnlyValueOrTheBoxedOne() throws IOException {
        Submission s = read(HostileInputTest.READER, "d.md", """
                ## Problem 4
                (a)
                with the bias of each filter it comes to 12352 parameters
                (b)
                first the reduction, then the conv: 18528 and 110720 in all
                $\\boxed{129248}$
                (c)
                the reduction has 3088 and the conv 12832
                """);
        found(s, "4a", "12352", Evidence.ONLY_VALUE);
        found(s, "4b", "129248", Evidence.BOXED);
        Answer.ForReview c = assertInstanceOf(Answer.ForReview.class, s.answer("4c"), () -> s.answer("4c").toString());
        assertEquals(java.util.List.of(8, 8), c.readings().stream().map(f -> f.source().line()).toList());
    }

    @Test
    void aNotebookIsReadFromItsMarkdownCellsAndOutputsWithCellAndLine() throws IOException {
        Submission s = read(HostileInputTest.READER, "hw.ipynb", """
                {"cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["## Problem 4\\n", "(a) one 1x1 conv with biases:"]},
                  {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": ["print(192 * 64 + 64)"],
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["12352\\n"]}]},
                  {"cell_type": "markdown", "metadata": {}, "source": "(b) $129248$"}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """);
        Answer.Found a = found(s, "4a", "12352", Evidence.ONLY_VALUE);
        assertEquals(dir.resolve("hw.ipynb") + " cell 2", a.source().file());
        assertEquals(1, a.source().line());
        Answer.Found b = found(s, "4b", "129248", Evidence.MARKER);
        assertEquals(dir.resolve("hw.ipynb") + " cell 3", b.source().file());
        assertEquals(1, b.source().line());
        assertEquals(6, b.source().column());
    }

    @Test
    void courseMacrosWithoutArgumentsAreExpanded() throws IOException {
        Submission s = read(HostileInputTest.READER, "m.tex", """
                \\newcommand{\\bpmat}{\\begin{pmatrix}}
                \\newcommand{\\epmat}{\\end{pmatrix}}
                \\def\\dLdk{\\frac{\\partial L}{\\partial k}}
                \\section*{Problem 2}
                $k = \\bpmat 4 & 2 \\\\ -2 & -6 \\epmat$
                $\\dLdk = \\bpmat -3 & 2 \\\\ 0 & 0 \\epmat$
                """);
        found(s, "2a", "[[4, 2], [-2, -6]]", Evidence.LABEL);
        found(s, "2c", "[[-3, 2], [0, 0]]", Evidence.LABEL);
    }

    @Test
    void courseMacrosWithArgumentsAreExpandedForNumbersAndExpressions() throws IOException {
        Submission s = read(HostileInputTest.READER, "a.tex", """
                \\newcommand{\\vect}[1]{\\mathbf{#1}}
                \\newcommand{\\mat}[1]{\\begin{bmatrix} #1 \\end{bmatrix}}
                \\def\\shape#1#2#3{(#1, #2, #3)}
                \\section*{Problem 1}
                (c) $\\frac{\\partial L}{\\partial \\vect{l}} = \\vect{s} - \\vect{e}_y$
                \\section*{Problem 2}
                $k = \\mat{4 & 2 \\\\ -2 & -6}$
                \\section*{Problem 3}
                (a) $\\shape{8}{18}{18}$
                """);
        found(s, "1c", "\\mathbf{s} - \\mathbf{e}_y", Evidence.LABEL);
        found(s, "2a", "[[4, 2], [-2, -6]]", Evidence.LABEL);
        found(s, "3a", "(8, 18, 18)", Evidence.MARKER);
    }

    @Test
    void numberedItemsArePartsOnlyWhenTheyCanBeNothingElse() throws IOException {
        Submission s = read(HostileInputTest.READER, "n.md", """
                ## 3. Output shapes

                1. 8 x 18 x 18
                2. 8 x 9 x 9
                3. 16 x 4 x 4
                4. 16 x 4 x 4
                5. 16 x 2 x 2

                ## Problem 4

                1. 192 * 64 = 12288
                2. add the biases: 12352
                """);
        found(s, "3a", "(8, 18, 18)", Evidence.MARKER);
        found(s, "3b", "(8, 9, 9)", Evidence.MARKER);
        found(s, "3e", "(16, 2, 2)", Evidence.MARKER);
        // Two numbered steps for a problem of five parts: steps, not parts; nothing is read for (a) or (b).
        assertTrue(!(s.answer("4a") instanceof Answer.Found) && !(s.answer("4b") instanceof Answer.Found),
                () -> s.answer("4a") + " / " + s.answer("4b"));
    }

    @Test
    void aRunawayMacroSendsItsPartToAPerson() throws IOException {
        Submission s = read(HostileInputTest.READER, "r.tex", "\\newcommand{\\d}[1]{#1#1}\n\\section*{Problem 4}\n(a) $"
                + "\\d{".repeat(30) + "1" + "}".repeat(30) + "$\n(b) 129248\n");
        Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer("4a"), () -> s.answer("4a").toString());
        assertTrue(r.reason().contains("macros expand past the limits"), r::reason);
        found(s, "4b", "129248", Evidence.MARKER);
    }

    @Test
    void structuredFilesAreReadByKey() throws IOException {
        Submission s = read(HostileInputTest.READER, "e.yaml", "4a: 12352\n");
        found(s, "4a", "12352", Evidence.KEY);
    }

    @Test
    void aMarkerLineIsNotJoinedIntoABracketLeftOpenAbove() throws IOException {
        Submission s = read(HostileInputTest.READER, "j.md", """
                ## Problem 2
                (a) {## Problem 2
                2b) \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}
                """);
        Answer.Found b = found(s, "2b", "[[1, 2], [3, 4]]", Evidence.MARKER);
        assertEquals(3, b.source().line());
        assertTrue(b.source().text().startsWith("2b)"), b.source().text());
        assertInstanceOf(Answer.Missing.class, s.answer("2a"));
    }

    @Test
    void aChainEndingInEqualsDoesNotTakeTheNextPartsMarkerLineAsItsValue() throws IOException {
        Submission s = read(HostileInputTest.READER, "k.md", """
                ## Problem 3
                (a) $(C_a, H_a, W_a) =$
                (b) (8, 9, 9)
                """);
        assertInstanceOf(Answer.Missing.class, s.answer("3a"));
        found(s, "3b", "(8, 9, 9)", Evidence.MARKER);
    }

    @Test
    void aNumberThatNamesAProblemIsNotAValue() throws IOException {
        Submission s = read(HostileInputTest.READER, "l.md", """
                ## Problem 3
                (a) see Problem 2
                (C_a, H_a, W_a) = ## Problem 2
                (b) as in Problem 4: 8 x 9 x 9
                """);
        assertInstanceOf(Answer.Missing.class, s.answer("3a"));
        found(s, "3b", "(8, 9, 9)", Evidence.MARKER);
    }

    @Test
    void aStatementBegunOnAnEarlierLineIsQuotedFromTheLineItCites() throws IOException {
        Submission s = read(HostileInputTest.READER, "m.md", """
                ## Problem 3
                (C_a, H_a, W_a) = \\left(8, \\left\\lfloor \\frac{38 - 3}{2}
                \\right\\rfloor + 1, 18\\right) = (8, 18, 18)
                """);
        Answer.Found a = found(s, "3a", "(8, 18, 18)", Evidence.LABEL);
        assertEquals(3, a.source().line());
        assertEquals("\\right\\rfloor + 1, 18\\right) = (8, 18, 18)", a.source().text());
    }

    @Test
    void aProblemWordThatBeginsWithAnotherIsReadWhole() throws IOException {
        Submission s = read(HostileInputTest.READER, "n.md", """
                ## Problema 3
                (a) (8, 18, 18)

                ## Problema 4
                (a) 12352
                """);
        found(s, "3a", "(8, 18, 18)", Evidence.MARKER);
        found(s, "4a", "12352", Evidence.MARKER);
    }

    static final SubmissionReader PARAMS = new SubmissionReader(RubricLoader.load(Path.of("rubrics/catalog-shapes-params.yaml")));

    @Test
    void anArrowBetweenTwoNumbersIsAMappingNotAStepOfAChain() throws IOException {
        Submission s = read(PARAMS, "p.txt", """
                Problem P1
                a) conv 3→16 with 3×3 kernels: 448 parameters
                b) 32->64 pointwise after the depthwise 3x3, no biases = 2336
                """);
        found(s, "P1a", "448", Evidence.MARKER);
        found(s, "P1b", "2336", Evidence.MARKER);
    }

    @Test
    void aValueAfterAColonBehindAChainsResultGoesToReviewWithBoth() throws IOException {
        Submission s = read(PARAMS, "q.txt", """
                Problem P1
                a) conv 3 → 16 with 3×3 kernels: 448 parameters
                (c) BatchNorm2d(64) = 2 x 64 = 128 (gamma: 64, beta: 64)
                """);
        Answer.ForReview a = assertInstanceOf(Answer.ForReview.class, s.answer("P1a"), () -> s.answer("P1a").toString());
        assertEquals(java.util.List.of("16", "448"), a.readings().stream().map(f -> f.value().toString()).toList());
        found(s, "P1c", "128", Evidence.LABEL);
    }

    static final SubmissionReader OPTIM = new SubmissionReader(RubricLoader.load(Path.of("rubrics/catalog-optim.yaml")));

    @Test
    void aLabelFarBeforeTheEqualsSignOfAnotherSymbolIsNotItsLabel() throws IOException {
        Submission s = read(OPTIM, "o.md", """
                ## Problem O1

                $$w_1 = w_0 + v_1 = \\frac{3}{5}$$

                At $w_1$ the gradient is $-4.8$, so $v_2 = 0.9 \\cdot 0.6 + 0.48 = 1.02$ and

                $$w_2 = 0.6 + 1.02 = 1.62$$
                """);
        found(s, "O1a", "3/5", Evidence.LABEL);
        found(s, "O1b", "81/50", Evidence.LABEL);
    }

    @Test
    void aSymbolInsideBracketsAfterTheLabelIsARemark() throws IOException {
        Submission s = read(OPTIM, "r.md", """
                ## Problem O1
                $w_1$ (with $v_1 = 0.6$) $= 0.6$
                """);
        found(s, "O1a", "3/5", Evidence.LABEL);
    }

    @Test
    void numberedItemsInParenthesesAreThePartsInOrder() throws IOException {
        Submission s = read(HostileInputTest.READER, "s.md", """
                ## Problem 4
                (1) 12352 parameters
                (2) 129248
                (3) 15920
                (4) 6176
                (5) 163696
                """);
        found(s, "4a", "12352", Evidence.MARKER);
        found(s, "4c", "15920", Evidence.MARKER);
        found(s, "4e", "163696", Evidence.MARKER);
    }

    @Test
    void aNumberedItemIsTheMarkerOfANumberedPartOnlyWhereTheProblemsPartsAreNumbered() throws IOException {
        SubmissionReader reader = new SubmissionReader(RubricLoader.load(Path.of("rubrics/catalog-shapes-params.yaml")));
        Submission s = read(reader, "n.tex", """
                \\section*{Problem MC}
                \\begin{enumerate}
                  \\item[(2)] (b)
                  \\item[(1)] (c) $42496$
                \\end{enumerate}

                \\section*{Problem S2}
                \\begin{enumerate}
                  \\item[(1)] $P = 1$
                \\end{enumerate}
                """);
        // Written out of order: the numbers, not the order of the items, name the parts.
        assertEquals(4, found(s, "MC1", "(c) 42496", Evidence.MARKER).source().line());
        assertEquals(3, found(s, "MC2", "(b) 1", Evidence.MARKER).source().line());
        // S2's only part is lettered (S2a): "(1)" is no marker of it, and its label is what reads it.
        found(s, "S2a", "1", Evidence.LABEL);
    }
}
