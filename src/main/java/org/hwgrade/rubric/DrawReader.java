package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Shape;

/**
 * Reads a given drawn for each student: {@code {integers: [-3, 3], shape: [3, 3]}} (a matrix of
 * integers from -3 to 3, or one integer without {@code shape}), {@code {rationals: {numerators:
 * [-3, 3], denominators: [1, 4]}}} (exact fractions, with or without {@code shape}) or
 * {@code {choice: [1, 2]}} (one of the options, each read as a given).
 */
final class DrawReader {

    static final Set<String> KEYS = Set.of("integers", "rationals", "shape", "choice");
    /** The keys that make a mapping a drawn given: exactly one of them. */
    static final List<String> KINDS = List.of("integers", "rationals", "choice");
    private static final Set<String> RATIONAL_KEYS = Set.of("numerators", "denominators");

    private DrawReader() {
    }

    static Given drawn(YamlMap map) {
        map.allow(KEYS, Set.of());
        List<String> kinds = KINDS.stream().filter(k -> map.find(k).isPresent()).toList();
        if (kinds.size() > 1) {
            throw map.get(kinds.get(1)).error("a drawn given is one of 'integers', 'rationals' (each with an optional"
                    + " 'shape') or 'choice', found " + String.join(" and ", kinds), "keep one of them");
        }
        if (map.find("choice").isPresent()) {
            if (map.find("shape").isPresent()) {
                throw map.get("shape").error("a choice has no shape", "write the options as the values they are");
            }
            List<Given> options = new ArrayList<>();
            for (YamlNode option : map.get("choice").asList()) {
                options.add(GivenReader.given(option));
            }
            if (options.isEmpty()) {
                throw map.get("choice").error("the choice has no options", "list the values to choose from");
            }
            return new Given.Choice(options);
        }
        List<Integer> dims = dims(map);
        if (map.find("rationals").isPresent()) {
            YamlMap parts = map.get("rationals").asMap().allow(RATIONAL_KEYS, RATIONAL_KEYS);
            long[] n = range(parts.get("numerators"), "numerators", "[-3, 3]");
            long[] d = range(parts.get("denominators"), "denominators", "[1, 4]");
            if (d[0] < 1) {
                throw parts.get("denominators").error("denominators start at 1, found " + d[0],
                        "write a range of positive denominators, e.g. [1, 4]; the sign comes from the numerators");
            }
            return new Given.Rationals(n[0], n[1], d[0], d[1], dims);
        }
        long[] range = range(map.get("integers"), "integers", "[-3, 3]");
        return new Given.Integers(range[0], range[1], dims);
    }

    /** [low, high] of whole numbers, low first. */
    private static long[] range(YamlNode range, String key, String example) {
        List<YamlNode> bounds = range.asList();
        if (bounds.size() != 2) {
            throw range.error("'" + key + "' needs [low, high], found " + bounds.size() + " entries", "write e.g. " + example);
        }
        long low = integer(bounds.get(0), key);
        long high = integer(bounds.get(1), key);
        if (low > high) {
            throw range.error("the range [" + low + ", " + high + "] is empty", "write the lower bound first");
        }
        return new long[] {low, high};
    }

    /** The drawn tensor's dimensions, none for one number. */
    private static List<Integer> dims(YamlMap map) {
        List<Integer> dims = map.find("shape").map(s -> ((Shape) ((Given.Of) GivenReader.shape(map)).value()).dims())
                .orElse(List.of());
        long entries = dims.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
        if (entries > GivenReader.MAX_ENTRIES) {
            throw map.get("shape").error("the drawn given has more than " + GivenReader.MAX_ENTRIES + " entries",
                    "givens are for homework worked by hand; use a smaller shape");
        }
        return dims;
    }

    /** A bound: an integer a long holds (a draw of homework numbers never needs more). */
    private static long integer(YamlNode node, String key) {
        Rational r = node.asRational();
        if (!r.isInteger() || r.numerator().bitLength() > 62) {
            throw node.error(node.what() + " must be an integer between -2^62 and 2^62, found " + r,
                    "the bounds of '" + key + "' are whole numbers");
        }
        return r.numerator().longValue();
    }
}
