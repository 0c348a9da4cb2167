package org.hwgrade.ops;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Num;

/** Entry-by-entry functions: exact where the result is rational (sqrt(9/4) = 3/2, exp(0) = 1). */
public final class MathOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                unary("sqrt", "the square root of each entry; exact for squares of rationals", NumArithmetic::sqrt),
                unary("exp", "e to the power of each entry", NumArithmetic::exp),
                unary("log", "the natural logarithm of each entry", NumArithmetic::log),
                unary("abs", "the absolute value of each entry", NumArithmetic::abs),
                unary("floor", "each entry rounded down to an integer", NumArithmetic::floor),
                unary("ceil", "each entry rounded up to an integer", NumArithmetic::ceil),
                binary("maximum", "the larger of a and b, entry by entry (broadcast as a + b is)",
                        (a, b) -> NumArithmetic.compare(a, b) >= 0 ? a : b),
                binary("minimum", "the smaller of a and b, entry by entry (broadcast as a + b is)",
                        (a, b) -> NumArithmetic.compare(a, b) <= 0 ? a : b));
    }

    private static Op binary(String name, String summary, BinaryOperator<Num> f) {
        return Op.of(name + "(a, b)", summary,
                args -> Datum.of(Elementwise.combine(args.value("a"), args.value("b"), f, name)));
    }

    private static Op unary(String name, String summary, UnaryOperator<Num> f) {
        return Op.of(name + "(x)", summary, args -> Datum.of(Elementwise.map(args.value("x"), f)));
    }
}
