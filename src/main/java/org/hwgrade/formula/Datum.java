package org.hwgrade.formula;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hwgrade.model.Value;

/**
 * What a formula computes while it is evaluated. A quantity's final value is always
 * {@link Numeric} (a model {@link Value}: number, tensor, shape); the other kinds live only inside
 * formulas and ops:
 *
 * <ul>
 *   <li>{@link Text}: a string literal or a string given ({@code "same"}, a layer kind);</li>
 *   <li>{@link Flag}: {@code true} or {@code false}, a switch such as a layer's {@code bias};</li>
 *   <li>{@link Items}: a list that is not a tensor, such as a rubric's list of layer maps;</li>
 *   <li>{@link Fields}: named attributes read with {@code .}: a layer map from the rubric
 *       ({@code {kind: conv, filters: 16, size: 3}}) or an op's structured result (a network, whose
 *       {@code net.conv1.shape} a formula reads).</li>
 * </ul>
 *
 * A rubric hands {@code network(input, layers)} its layers as an {@link Items} of {@link Fields},
 * one per layer map in YAML order, each field a {@link Numeric}, {@link Text}, {@link Flag} or (for a
 * list of strings) {@link Items}; the op returns a
 * {@link Fields} whose fields are {@link Fields} again, down to {@link Numeric} leaves.
 */
public sealed interface Datum {

    /** A short rendering for messages: the value when small, what it is otherwise. */
    String brief();

    /** What kind of thing this is, for messages: "a 2×2 matrix", "the string \"same\"". */
    String describe();

    static Datum of(Value value) {
        return new Numeric(value);
    }

    record Numeric(Value value) implements Datum {
        private static final int BRIEF_ENTRIES = 12;

        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String brief() {
            if (value instanceof org.hwgrade.model.Tensor t && t.size() > BRIEF_ENTRIES) {
                return t.describe();
            }
            return value.toString();
        }

        @Override
        public String describe() {
            return value.describe();
        }
    }

    record Text(String text) implements Datum {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String brief() {
            return "\"" + text + "\"";
        }

        @Override
        public String describe() {
            return "the string " + brief();
        }
    }

    record Flag(boolean value) implements Datum {
        @Override
        public String brief() {
            return Boolean.toString(value);
        }

        @Override
        public String describe() {
            return brief();
        }
    }

    record Items(List<Datum> items) implements Datum {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public String brief() {
            return items.size() > 4 ? describe()
                    : items.stream().map(Datum::brief).collect(Collectors.joining(", ", "[", "]"));
        }

        @Override
        public String describe() {
            return "a list of " + items.size() + " items";
        }
    }

    /**
     * Named attributes in a fixed order. {@code kind} says what they describe in messages ("a layer",
     * "a network").
     */
    record Fields(String kind, Map<String, Datum> fields) implements Datum {
        public Fields {
            Objects.requireNonNull(kind, "kind");
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String brief() {
            return kind + " {" + String.join(", ", fields.keySet()) + "}";
        }

        @Override
        public String describe() {
            return kind;
        }
    }
}
