package org.hwgrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Values as JSON: integers as JSON integers, other exact rationals as strings "p/q" (a JSON number
 * would round them), doubles as numbers (non-finite ones as the strings "NaN", "Infinity"),
 * tensors as nested arrays, shapes as integer arrays, expressions as strings.
 */
public final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {
    }

    public static JsonNode of(Value value) {
        if (value instanceof Scalar s) {
            return of(s.num());
        }
        if (value instanceof Tensor t) {
            return nested(t, 0, 0);
        }
        if (value instanceof Shape s) {
            ArrayNode a = NODES.arrayNode();
            s.dims().forEach(a::add);
            return a;
        }
        if (value instanceof Choice c) {
            return NODES.textNode(c.letter());
        }
        return NODES.textNode(Escape.clean(((Expression) value).source()));
    }

    public static JsonNode of(Num num) {
        if (num instanceof Rational r) {
            return r.isInteger() ? NODES.numberNode(r.numerator()) : NODES.textNode(r.toString());
        }
        double d = num.toDouble();
        return Double.isFinite(d) ? NODES.numberNode(d) : NODES.textNode(Double.toString(d));
    }

    private static ArrayNode nested(Tensor t, int axis, int offset) {
        ArrayNode a = NODES.arrayNode();
        int inner = entriesPerStep(t.dims(), axis);
        for (int i = 0; i < t.dims().get(axis); i++) {
            if (axis == t.dims().size() - 1) {
                a.add(of(t.entries().get(offset + i)));
            } else {
                a.add(nested(t, axis + 1, offset + i * inner));
            }
        }
        return a;
    }

    /** How many entries one step along {@code axis} skips in row-major order. */
    private static int entriesPerStep(List<Integer> dims, int axis) {
        int s = 1;
        for (int i = axis + 1; i < dims.size(); i++) {
            s *= dims.get(i);
        }
        return s;
    }
}
