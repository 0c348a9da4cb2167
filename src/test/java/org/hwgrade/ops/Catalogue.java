package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * The catalogue's check values (../shared/catalog/check-values.json, computed independently with
 * numpy and exact fractions), read as the tests' expected values so that no number is copied by hand.
 */
public final class Catalogue {

    private static final Path FILE = Path.of("..", "shared", "catalog", "check-values.json");
    private static final JsonNode VALUES = read();

    private Catalogue() {
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue's check values " + FILE.toAbsolutePath(), e);
        }
    }

    /** The check value of {@code id} ("C1a"), exact: integers, "9/4" fractions and decimals as written. */
    public static Value value(String id) {
        JsonNode node = VALUES.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no check value " + id + " in " + FILE);
        }
        return node.isArray() ? tensor(node) : new Scalar(number(node));
    }

    public static Tensor tensor(String id) {
        return (Tensor) value(id);
    }

    /**
     * An exact result must equal the check value; an irrational one (a {@link Real}) must round to
     * it at the catalogue's 6 decimals.
     */
    public static void assertMatches(String id, Value actual) {
        Value expected = value(id);
        List<Num> want = entries(expected);
        List<Num> got = entries(actual);
        if (expected instanceof Tensor t) {
            assertEquals(t.dims(), ((Tensor) actual).dims(), id + " shape");
        }
        for (int i = 0; i < want.size(); i++) {
            Num g = got.get(i);
            if (g instanceof Rational) {
                assertEquals(want.get(i), g, id + " entry " + i);
            } else {
                double w = want.get(i).toDouble();
                assertTrue(Math.abs(g.toDouble() - w) <= 5e-7 + 1e-12, id + " entry " + i + ": " + g + " is not " + w);
            }
        }
    }

    private static List<Num> entries(Value v) {
        return v instanceof Tensor t ? t.entries() : List.of(((Scalar) v).num());
    }

    private static Tensor tensor(JsonNode array) {
        List<Integer> dims = new ArrayList<>();
        for (JsonNode n = array; n.isArray(); n = n.get(0)) {
            dims.add(n.size());
        }
        List<Num> entries = new ArrayList<>();
        flatten(array, entries);
        return new Tensor(dims, entries);
    }

    private static void flatten(JsonNode node, List<Num> out) {
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else {
            out.add(number(node));
        }
    }

    private static Num number(JsonNode node) {
        if (node.isTextual()) {
            String[] pq = node.asText().split("/");
            return new Rational(new BigInteger(pq[0].trim()), new BigInteger(pq[1].trim()));
        }
        return Rational.of(new BigDecimal(node.asText()));
    }
}
