package org.hwgrade.formula;

import java.util.Objects;

/**
 * One operation a formula can call: its {@link Signature}, a one-line summary for the op reference
 * (docs/ops.md) and its implementation. The implementation receives its arguments already evaluated
 * and bound to the signature's parameters; it reads them with {@link Args}'s typed accessors, which
 * throw errors that point at the argument at fault. It may throw {@link OpException} for a failure
 * that belongs to the whole call (the evaluator points it at the call).
 */
public record Op(Signature signature, String summary, Implementation implementation) {

    public Op {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(implementation, "implementation");
    }

    /** @param signature as in {@link Signature#parse}, e.g. {@code "sum(x, axis?)"} */
    public static Op of(String signature, String summary, Implementation implementation) {
        return new Op(Signature.parse(signature), summary, implementation);
    }

    public String name() {
        return signature.name();
    }

    @FunctionalInterface
    public interface Implementation {
        Datum apply(Args args);
    }
}
