package org.hwgrade.solver;

import java.util.Map;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Typed access to a formula's inputs. An input may be a student's own answer, so a value of the
 * wrong kind is a {@link SolverException} (follow-through does not apply), never a ClassCastException.
 */
final class Inputs {

    private Inputs() {
    }

    static Tensor tensor(Map<String, Value> inputs, String name) {
        if (get(inputs, name) instanceof Tensor t) {
            return t;
        }
        throw wrongKind(name, "a matrix or tensor", inputs.get(name));
    }

    static Shape shape(Map<String, Value> inputs, String name) {
        if (get(inputs, name) instanceof Shape s) {
            return s;
        }
        throw wrongKind(name, "a shape", inputs.get(name));
    }

    static Scalar scalar(Map<String, Value> inputs, String name) {
        if (get(inputs, name) instanceof Scalar s) {
            return s;
        }
        throw wrongKind(name, "a number", inputs.get(name));
    }

    private static Value get(Map<String, Value> inputs, String name) {
        Value v = inputs.get(name);
        if (v == null) {
            throw new SolverException(name + " has no value");
        }
        return v;
    }

    private static SolverException wrongKind(String name, String expected, Value got) {
        return new SolverException(name + " must be " + expected + ", got " + got.describe());
    }
}
