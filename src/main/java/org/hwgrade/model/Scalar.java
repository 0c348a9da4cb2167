package org.hwgrade.model;

import java.util.Objects;

public record Scalar(Num num) implements Value {

    public Scalar {
        Objects.requireNonNull(num, "num");
    }

    public static Scalar of(long value) {
        return new Scalar(Rational.of(value));
    }

    @Override
    public String describe() {
        return "a number";
    }

    @Override
    public String toString() {
        return num.toString();
    }
}
