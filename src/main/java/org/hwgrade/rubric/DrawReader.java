package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Shape;

/**
 * Reads a given drawn for each student: {@code {integers: [-3, 3], shape: [3, 3]}} (a matrix of
 * integers from -3 to 3, or one integer without {@code shape}) or {@code {choice: [1, 2]}} (one of
 * the options, each read as a given).
 */
final class DrawReader {

    static final Set<String> KEYS = Set.of("integers", "shape", "choice");

    private DrawReader() {
    }

    static Given drawn(YamlMap map) {
        map.allow(KEYS, Set.of());
        if (map.find("choice").isPresent()) {
            if (map.find("integers").isPresent() || map.find("shape").isPresent()) {
                throw map.get("choice").error("a drawn given is either 'choice' or 'integers' (with 'shape')",
                        "keep one of them");
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
        YamlNode range = map.get("integers");
        List<YamlNode> bounds = range.asList();
        if (bounds.size() != 2) {
            throw range.error("'integers' needs [low, high], found " + bounds.size() + " entries", "write e.g. [-3, 3]");
        }
        long low = integer(bounds.get(0));
        long high = integer(bounds.get(1));
        if (low > high) {
            throw range.error("the range [" + low + ", " + high + "] is empty", "write the lower bound first");
        }
        List<Integer> dims = map.find("shape").map(s -> ((Shape) ((Given.Of) GivenReader.shape(map)).value()).dims())
                .orElse(List.of());
        long entries = dims.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
        if (entries > GivenReader.MAX_ENTRIES) {
            throw map.get("shape").error("the drawn given has more than " + GivenReader.MAX_ENTRIES + " entries",
                    "givens are for homework worked by hand; use a smaller shape");
        }
        return new Given.Integers(low, high, dims);
    }

    /** A bound: an integer a long holds (a draw of homework numbers never needs more). */
    private static long integer(YamlNode node) {
        Rational r = node.asRational();
        if (!r.isInteger() || r.numerator().bitLength() > 62) {
            throw node.error(node.what() + " must be an integer between -2^62 and 2^62, found " + r,
                    "the bounds of 'integers' are whole numbers");
        }
        return r.numerator().longValue();
    }
}
