package org.hwgrade.model;

/** A number as the grader holds it: exact where the answer is rational, a double only where it is not. */
public sealed interface Num permits Rational, Real {

    /** The value as a double, for display and for tolerance windows. */
    double toDouble();

    /** True for an exact number whose value is an integer. */
    default boolean isInteger() {
        return this instanceof Rational r && r.isInteger();
    }
}
