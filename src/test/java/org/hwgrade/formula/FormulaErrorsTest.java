package org.hwgrade.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken formulas and exactly what their authors are told: the message, the hint, and which
 * characters of the formula are at fault (offset, length), which the rubric turns into file:line:column.
 */
class FormulaErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            summ(x)                  | 0  | 4 | unknown op 'summ'; did you mean sum? | write sum(x, axis?)
            sum(x, axes=0)           | 7  | 4 | sum has no argument 'axes' | did you mean axis? write sum(x, axis?)
            sum(x, [1])              | 7  | 3 | sum: argument 'axis' must be an integer, got [1] | see sum(x, axis?) in docs/ops.md
            sum(x, v, W)             | 10 | 1 | sum takes 2 positional arguments, got 3 | write sum(x, axis?)
            sum(axis=1)              | 0  | 11 | sum: missing argument 'x' | write sum(x, axis?)
            sum(x, x=W)              | 7  | 1 | sum: argument 'x' given twice | give it either by position or by keyword
            sum(x, axis=2)           | 12 | 1 | sum: axis 2 is out of range for 2 dimensions | use 0 to 1, or -1 for the last
            one_hot(3, 3)            | 8  | 1 | one_hot: index 3 is out of range for 3 entries | use 0 to 2
            eye(0)                   | 4  | 1 | eye: argument 'n' must be a positive integer, got 0 | see eye(n) in docs/ops.md
            reshape(x, 2, -1)        | 0  | 17 | reshape: 3×3 has 9 entries, which do not fill 2×-1 | the new dimensions must multiply to 9
            zeros(2, 1/2)            | 9  | 3 | zeros: a dimension must be a non-negative integer, got 1/2 | write the sizes as whole numbers: zeros(2, 3)
            rot180(3)                | 7  | 1 | rot180: argument 'x' must be a tensor, got 3 | see rot180(x) in docs/ops.md
            sqrt(-v)                 | 0  | 8 | square root of the negative number -1 | ``
            x @ W                    | 2  | 1 | shape mismatch in '@': 3×3 @ 2×2 — inner dimensions 3 and 2 differ | the left operand's columns must equal the right operand's rows; transpose one with .T?
            v @ v                    | 2  | 1 | shape mismatch in '@': 3 @ 3 — inner dimensions 1 and 3 differ | a vector is a column: write sum(x * y) for a dot product, x @ y.T for the outer product
            2 @ W                    | 2  | 1 | '@' needs a matrix or a vector on the left, got a number | use * to multiply by a number
            x + W                    | 2  | 1 | shape mismatch in '+': 3×3 + 2×2 — dimensions 3 and 2 differ | entry-by-entry operations need equal dimensions, or 1 to repeat one operand along that axis
            W / (W - W)              | 2  | 1 | division by zero | the divisor is exactly 0
            dl_dy * 2                | 0  | 5 | unknown name 'dl_dy' | did you mean dL_dy?
            sum * 2                  | 0  | 3 | unknown name 'sum' | sum is an op: call it, sum(x, axis?)
            layer + 1                | 0  | 5 | '+' needs numbers or tensors, got a layer | read a numeric attribute, e.g. .kind, .filters
            "same" * 2               | 0  | 6 | '*' needs numbers or tensors, got the string "same" | use an op that takes the string "same"
            layer.size               | 6  | 4 | a layer has no attribute 'size' | it has: kind, filters
            x.rows                   | 2  | 4 | a 3×3 matrix has no attribute 'rows' | a tensor has .T (transpose) and .shape
            x[3]                     | 2  | 1 | index 3 is out of range for an axis of 3 entries | use 0 to 2, or -3 to -1 from the end
            x[1/2]                   | 2  | 3 | an index must be an integer, got 1/2 | write a whole number such as 0 or -1
            x[0, 0, 0]               | 8  | 1 | 3 subscripts for a 3×3 matrix | give at most 2 subscripts
            [[1, 2], [3]]            | 9  | 3 | item 2 of the list is a vector of 1 entries but item 1 is a vector of 2 entries | the rows of a matrix or tensor must all have the same length
            layer                    | 0  | 5 | the formula gives a layer, not a number or a tensor | read one of its attributes with '.': kind, filters
            true + 1                 | 0  | 4 | '+' needs numbers or tensors, got true | use an op that takes true
            eye(false)               | 4  | 5 | eye: argument 'n' must be a positive integer, got false | see eye(n) in docs/ops.md
            0 ^ -1                   | 2  | 1 | division by zero: 0 to the negative power -1 | ``
            """)
    void brokenFormulasSayWhereAndWhy(String formula, int offset, int length, String message, String hint) {
        FormulaException e = assertThrows(FormulaException.class,
                () -> EvaluatorTest.eval(formula));
        assertEquals(message, e.detail());
        assertEquals(hint, e.hint());
        assertEquals(offset, e.offset(), "offset");
        assertEquals(length, e.length(), "length");
    }
}
