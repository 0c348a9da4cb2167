package org.hwgrade.symbolic;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.RealMatrix;
import org.hwgrade.symbolic.SymbolicResult.Status;

/** Evaluates answer and key at each instance and turns the comparisons into one verdict. */
final class Trials {

    private Trials() {
    }

    static SymbolicResult compare(Node answer, Node key, List<Instance> instances) {
        boolean equalEverywhere = true;
        boolean transposedEverywhere = true;
        String firstDifference = null;
        for (Instance instance : instances) {
            Scope scope = Scope.of(instance);
            RealMatrix expected;
            try {
                expected = key.evaluate(scope);
            } catch (EvalException undefined) {
                return SymbolicResult.of(Status.UNREADABLE,
                        "the answer key is undefined at " + instance.describe() + ": " + undefined.getMessage());
            }
            RealMatrix got;
            try {
                got = answer.evaluate(scope);
            } catch (AmbiguousProductException ambiguous) {
                return SymbolicResult.of(Status.UNREADABLE, ambiguous.getMessage());
            } catch (EvalException undefined) {
                return SymbolicResult.of(Status.DIFFERENT,
                        "at " + instance.describe() + ": " + undefined.getMessage() + fixedSizeHint(answer));
            }
            String difference = difference(expected, got, instance, answer);
            if (difference != null) {
                equalEverywhere = false;
                if (firstDifference == null) {
                    firstDifference = difference;
                }
            }
            if (difference(expected.transpose(), got, instance, answer) != null) {
                transposedEverywhere = false;
            }
        }
        if (equalEverywhere) {
            return SymbolicResult.of(Status.EQUIVALENT, "equal to the key at " + instances.size() + " random instances");
        }
        if (transposedEverywhere) {
            return SymbolicResult.of(Status.TRANSPOSED, "equal to the transpose of the key at " + instances.size()
                    + " random instances: " + firstDifference);
        }
        return SymbolicResult.of(Status.DIFFERENT, firstDifference);
    }

    /** Where {@code got} differs from {@code expected}, in words; null if it does not. */
    private static String difference(RealMatrix expected, RealMatrix got, Instance instance, Node answer) {
        if (expected.getRowDimension() != got.getRowDimension()
                || expected.getColumnDimension() != got.getColumnDimension()) {
            return "at " + instance.describe() + ": expected a " + MatrixOps.shape(expected) + " result, got "
                    + MatrixOps.shape(got) + fixedSizeHint(answer);
        }
        for (int i = 0; i < expected.getRowDimension(); i++) {
            for (int j = 0; j < expected.getColumnDimension(); j++) {
                double a = expected.getEntry(i, j);
                double b = got.getEntry(i, j);
                if (!Closeness.close(a, b)) {
                    String entry = MatrixOps.isScalar(expected) ? "" : " entry (" + (i + 1) + "," + (j + 1) + ")";
                    return "at " + instance.describe() + entry + ": expected " + format(a) + ", got " + format(b);
                }
            }
        }
        return null;
    }

    /** A matrix written out in full fits one size only; say so when the size is what went wrong. */
    private static String fixedSizeHint(Node answer) {
        boolean[] fixed = {false};
        answer.walk(node -> fixed[0] |= node instanceof MatrixLiteral literal && literal.hasFixedSize());
        return fixed[0] ? " (a matrix written out in full has a fixed size; a general answer needs ellipses"
                + " such as \\vdots up to the last index, e.g. s_m)" : "";
    }

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || magnitude >= 1e-3 && magnitude < 1e4) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
