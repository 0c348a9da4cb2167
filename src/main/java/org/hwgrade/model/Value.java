package org.hwgrade.model;

/** An answer or a given: a number, a tensor (vector, matrix, ...), a shape, or a symbolic expression. */
public sealed interface Value permits Scalar, Tensor, Shape, Expression {

    /** The kind of answer this value would be, for messages such as "expected a matrix, read a shape". */
    String describe();
}
