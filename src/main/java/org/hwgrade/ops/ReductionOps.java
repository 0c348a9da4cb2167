package org.hwgrade.ops;

import java.util.List;
import java.util.function.Function;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Value;

/** sum, prod, mean, max, min, argmax, argmin: over all entries, or along {@code axis=} (negative counts from the end). */
public final class ReductionOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                reduction("sum", "the sum of the entries", NumArithmetic::sum),
                reduction("prod", "the product of the entries", ReductionOps::product),
                reduction("mean", "the mean of the entries",
                        line -> NumArithmetic.divide(NumArithmetic.sum(line), Rational.of(line.size()))),
                reduction("max", "the largest entry", line -> line.get(best(line, 1))),
                reduction("min", "the smallest entry", line -> line.get(best(line, -1))),
                reduction("argmax", "the position of the largest entry (the first of ties; row-major without axis)",
                        line -> Rational.of(best(line, 1))),
                reduction("argmin", "the position of the smallest entry (the first of ties; row-major without axis)",
                        line -> Rational.of(best(line, -1))));
    }

    private static Op reduction(String name, String summary, Function<List<Num>, Num> fold) {
        return Op.of(name + "(x, axis?)", summary, args -> {
            Value x = args.value("x");
            Integer axis = axis(args, Elementwise.dims(x).size());
            if (Elementwise.entries(x).isEmpty() || axis != null && Elementwise.dims(x).get(axis) == 0) {
                throw args.error("x", name + " of an empty tensor", "give it at least one entry");
            }
            return Datum.of(Reductions.along(x, axis, fold));
        });
    }

    /** The axis argument made non-negative, or null for "all entries". */
    private static Integer axis(Args args, int rank) {
        if (!args.has("axis")) {
            return null;
        }
        int axis = args.integer("axis");
        if (axis < -rank || axis >= rank) {
            throw args.error("axis", "axis " + axis + " is out of range for " + rank + " dimensions",
                    rank == 0 ? "a number has no axes: leave out axis" : "use 0 to " + (rank - 1) + ", or -1 for the last");
        }
        return axis < 0 ? axis + rank : axis;
    }

    private static Num product(List<Num> line) {
        Num p = Rational.ONE;
        for (Num n : line) {
            p = NumArithmetic.multiply(p, n);
        }
        return p;
    }

    /** The index of the first largest (sign 1) or smallest (sign -1) entry. */
    private static int best(List<Num> line, int sign) {
        int at = 0;
        for (int i = 1; i < line.size(); i++) {
            if (sign * NumArithmetic.compare(line.get(i), line.get(at)) > 0) {
                at = i;
            }
        }
        return at;
    }
}
