package org.hwgrade.ops.optim;

import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Value;

/** Entry-by-entry arithmetic on parameters (a number or a tensor), exact where the inputs are. */
final class Vectors {

    private Vectors() {
    }

    static Value plus(Value a, Value b) {
        return Elementwise.combine(a, b, NumArithmetic::add, "+");
    }

    static Value minus(Value a, Value b) {
        return Elementwise.combine(a, b, NumArithmetic::subtract, "-");
    }

    static Value times(Value a, Value b) {
        return Elementwise.combine(a, b, NumArithmetic::multiply, "*");
    }

    static Value dividedBy(Value a, Value b) {
        return Elementwise.combine(a, b, NumArithmetic::divide, "/");
    }

    static Value scaled(Num factor, Value v) {
        return Elementwise.map(v, n -> NumArithmetic.multiply(factor, n));
    }

    static Value plusNumber(Value v, Num n) {
        return Elementwise.map(v, e -> NumArithmetic.add(e, n));
    }

    static Value sqrt(Value v) {
        return Elementwise.map(v, NumArithmetic::sqrt);
    }

    static Value zerosLike(Value v) {
        return Elementwise.map(v, n -> Rational.ZERO);
    }

    static Num oneMinus(Num n) {
        return NumArithmetic.subtract(Rational.ONE, n);
    }

    /** @throws OpException unless the gradient has the parameter's dimensions */
    static Value sameDims(Value gradient, Value w) {
        if (!Elementwise.dims(gradient).equals(Elementwise.dims(w))) {
            throw new OpException("the gradient is " + gradient.describe() + " but w is " + w.describe(),
                    "the gradient of f with respect to w has w's dimensions");
        }
        return gradient;
    }
}
