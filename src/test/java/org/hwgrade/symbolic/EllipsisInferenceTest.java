package org.hwgrade.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EllipsisInferenceTest {

    private static final SymbolTable TABLE = SymbolTable.fromShapes(SymbolicCheckerTest.SYMBOLS);
    private static final Definitions DEFINITIONS = Definitions.read(SymbolicCheckerTest.DEFINITIONS, TABLE);

    private static Scope scope(int m, int n, int y) throws EvalException {
        TreeMap<String, Integer> sizes = new TreeMap<>();
        sizes.put("m", m);
        sizes.put("n", n);
        return Scope.of(Instances.create(TABLE, DEFINITIONS, sizes, new TreeMap<>(Map.of("y", y)), new Random(42)));
    }

    private static RealMatrix value(String text, Scope scope) throws Exception {
        return Parser.parse(text, TABLE, DEFINITIONS).evaluate(scope);
    }

    private static void assertSameValue(String expected, String written, Scope scope) throws Exception {
        RealMatrix want = value(expected, scope);
        RealMatrix got = value(written, scope);
        assertEquals(MatrixOps.shape(want), MatrixOps.shape(got), written);
        assertEquals(0, want.subtract(got).getNorm(), 1e-12, written);
    }

    private static String readError(String text) {
        return assertThrows(ReadException.class, () -> Parser.parse(text, TABLE, DEFINITIONS)).getMessage();
    }

    @ParameterizedTest(name = "m={0}, y={1}")
    @CsvSource({"4, 1", "4, 2", "4, 4", "6, 6", "3, 2"})
    void theRowSingledOutByYWinsAtEveryPosition(int m, int y) throws Exception {
        Scope scope = scope(m, 5, y);
        assertSameValue("-(1/s_y) e_y", "\\begin{bmatrix} 0 \\\\ \\vdots \\\\ -s_y^{-1} \\\\ \\vdots \\\\ 0 \\end{bmatrix}", scope);
        assertSameValue("s - e_y",
                "\\begin{bmatrix} s_1 \\\\ s_2 \\\\ \\vdots \\\\ s_y - 1 \\\\ \\vdots \\\\ s_m \\end{bmatrix}", scope);
    }

    @Test
    void rowsAroundTheSingledOutRowAreNumberedFromIt() throws Exception {
        assertSameValue("s - e_y", "\\begin{bmatrix} s_1 \\\\ \\vdots \\\\ s_{y-1} \\\\ s_y - 1 \\\\ s_{y+1} \\\\ \\vdots"
                + " \\\\ s_m \\end{bmatrix}", scope(6, 3, 3));
    }

    @Test
    void aBlankEntryBesideADiagonalIsZero() throws Exception {
        assertSameValue("diag(s)", "\\begin{bmatrix} s_1 & & \\\\ & \\ddots & \\\\ & & s_m \\end{bmatrix}", scope(5, 3, 2));
    }

    @Test
    void aDiagonalPatternIsSeparateFromTheRest() throws Exception {
        assertSameValue("diag(s) - s s^T", "\\begin{bmatrix} s_1(1-s_1) & \\cdots & -s_1s_m \\\\ \\vdots & \\ddots & \\vdots"
                + " \\\\ -s_ms_1 & \\cdots & s_m(1-s_m) \\end{bmatrix}", scope(4, 6, 1));
    }

    @Test
    void aRowVectorRunsOverItsColumns() throws Exception {
        assertSameValue("x^T", "\\begin{bmatrix} x_1 & x_2 & \\cdots & x_n \\end{bmatrix}", scope(3, 5, 1));
    }

    @Test
    void aFreeIndexMarksAGeneralRow() throws Exception {
        assertSameValue("s", "\\begin{bmatrix} s_1 \\\\ \\vdots \\\\ s_i \\\\ \\vdots \\\\ s_m \\end{bmatrix}", scope(5, 3, 1));
        assertTrue(readError("\\begin{bmatrix} s_1 \\\\ \\vdots \\\\ x_i \\\\ \\vdots \\\\ s_m \\end{bmatrix}")
                .contains("do not follow one pattern"));
    }

    @Test
    void aRowsLengthComesFromWhatItsIndexSubscripts() throws Exception {
        // No last row: the length is read from s_2 in row 2 (s has m entries).
        assertSameValue("s", "\\begin{bmatrix} s_1 \\\\ s_2 \\\\ \\vdots \\end{bmatrix}", scope(4, 6, 2));
        assertSameValue("x", "\\begin{bmatrix} x_1 \\\\ x_2 \\\\ \\vdots \\end{bmatrix}", scope(4, 6, 2));
    }

    @Test
    void aMatrixWrittenInFullHasItsWrittenSize() throws Exception {
        RealMatrix value = value("\\begin{bmatrix} s_1 & 0 \\\\ 0 & s_2 \\\\ 1 & 2 \\end{bmatrix}", scope(5, 4, 1));
        assertEquals("3×2", MatrixOps.shape(value));
        assertEquals(2, value.getEntry(2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\\begin{bmatrix} \\begin{bmatrix} s_1 \\end{bmatrix} \\end{bmatrix}|inside a matrix entry",
        "\\begin{bmatrix} s_1 & \\cdots \\\\ \\vdots & s_2 \\end{bmatrix}|an ellipsis stands where an entry is expected",
        "\\begin{bmatrix} s & 0 \\\\ \\vdots & \\vdots \\\\ 0 & s_m \\end{bmatrix}|is not a single number",
        "\\begin{bmatrix} 0 \\\\ \\vdots \\\\ 0 \\end{bmatrix}|cannot tell how many rows",
        "\\begin{bmatrix} \\vdots \\\\ \\vdots \\end{bmatrix}|has no entries",
        "\\begin{bmatrix} s_1 \\\\ s_2 |has no \\end{bmatrix}"})
    void unreadableMatricesSayWhy(String caseText) {
        String[] parts = caseText.split("\\|");
        String message = readError(parts[0]);
        assertTrue(message.contains(parts[1]), message);
    }

    @Test
    void aMatrixOfMoreThanFortyRowsIsRefused() {
        String tall = "\\begin{bmatrix}" + "s_1 \\\\ ".repeat(41) + "\\end{bmatrix}";
        assertTrue(readError(tall).contains("larger than"));
    }
}
