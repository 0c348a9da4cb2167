package org.hwgrade.model;

/** An answer or a given: a number, a tensor (vector, matrix, ...), a shape, a symbolic expression, or an option of a multiple-choice part. */
public sealed interface Value permits Scalar, Tensor, Shape, Expression, Choice {

    /** The kind of answer this value would be, for messages such as "expected a matrix, read a shape". */
    String describe();
}
