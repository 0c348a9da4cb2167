package org.hwgrade.submission;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Source;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML or JSON answer file: a map from part id ("2a", or "2": {"a": ...}) to a value given
 * natively (number, nested lists, string) or as a string in any syntax {@link ValueSyntax} reads.
 * Jackson's streaming parser is used with bounds on nesting, number length and string length, and
 * the values are counted while read, so a hostile file costs little. Every value keeps its line and column.
 */
final class StructuredReader {

    /** Room in Jackson's number length for a sign, a point and an exponent of up to ±1000. */
    private static final int NUMBER_SYNTAX_CHARS = 8;

    /** Values read from one file (all lists together). */
    static final int MAX_VALUES = 5 * Limits.MAX_ENTRIES;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_DEPTH)
            // Jackson counts sign, point and exponent too; the digits are counted exactly in item()
            .maxNumberLength(Limits.MAX_DIGITS + NUMBER_SYNTAX_CHARS)
            .maxStringLength((int) Limits.MAX_FILE_BYTES)
            .maxNameLength(1_000)
            .build();
    /** JSON with the bounds above: also the notebook reader's. */
    static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlOptions())
            .streamReadConstraints(CONSTRAINTS)
            .build();

    private static LoaderOptions yamlOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setNestingDepthLimit(Limits.MAX_DEPTH);
        o.setCodePointLimit((int) Limits.MAX_FILE_BYTES);
        o.setMaxAliasesForCollections(20);
        return o;
    }

    private sealed interface Item permits Leaf, Seq, Obj {
        int line();

        int column();
    }

    /** A number (BigDecimal), a string, or something else with {@code problem} saying what. */
    private record Leaf(Object value, String problem, int line, int column) implements Item {
    }

    private record Seq(List<Item> items, int line, int column) implements Item {
    }

    private record Obj(Map<String, Item> fields, int line, int column) implements Item {
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super("more than " + MAX_VALUES + " values", null, false, false);
        }
    }

    private final Rubric rubric;

    StructuredReader(Rubric rubric) {
        this.rubric = rubric;
    }

    FileResult read(String file, String text, boolean yaml) {
        Obj root;
        try (JsonParser p = (yaml ? YAML : JSON).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return FileResult.unreadable(file, "the file holds no answers");
            }
            if (first != JsonToken.START_OBJECT) {
                return FileResult.unreadable(file, "a " + (yaml ? "YAML" : "JSON")
                        + " answer file must map part ids to answers, such as  2a: [[4, 2], [-2, -6]]");
            }
            root = (Obj) item(p, new int[1]);
        } catch (TooMany e) {
            return FileResult.unreadable(file, "the file has " + e.getMessage() + "; it was not read");
        } catch (IOException | YAMLException | IllegalArgumentException | IllegalStateException e) {
            return FileResult.unreadable(file, "not valid " + (yaml ? "YAML" : "JSON") + ": " + firstLine(e.getMessage()));
        }
        String[] lines = Lines.split(text);
        Map<String, Item> byPart = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        root.fields().forEach((key, value) -> place(key, value, byPart, header));
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Problem problem : rubric.problems()) {
            for (Part part : problem.parts()) {
                Item item = byPart.get(part.id());
                answers.put(part.id(), item == null
                        ? new Answer.Missing("no key '" + part.id() + "' in the answer file", Optional.empty())
                        : answer(item, part, file, lines));
            }
        }
        return new FileResult(file, header.isEmpty() ? Optional.empty() : Optional.of(String.join(" | ", header)),
                answers, Optional.empty(), Optional.empty());
    }

    /** Puts a top-level entry where it belongs: a part ("2a", "2(a)", "Problem 2a"), a problem's map of parts, or the header. */
    private void place(String key, Item value, Map<String, Item> byPart, List<String> header) {
        String k = key(key);
        for (Problem problem : rubric.problems()) {
            for (Part part : problem.parts()) {
                if (key(part.id()).equals(k)) {
                    putOnce(byPart, part, value);
                    return;
                }
            }
            if (key(problem.id()).equals(k) && value instanceof Obj obj) {
                obj.fields().forEach((sub, v) -> {
                    String s = key(sub);
                    for (Part part : problem.parts()) {
                        if (key(part.marker(problem.id())).equals(s) || key(part.id()).equals(s)) {
                            putOnce(byPart, part, v);
                        }
                    }
                });
                return;
            }
        }
        if (value instanceof Leaf leaf && leaf.value() != null && k.matches("name|student|studentid|id|studentnumber|이름|학번|성명")) {
            header.add(key + ": " + (leaf.value() instanceof BigDecimal bd ? bd.toPlainString() : leaf.value()));
        }
    }

    /** The digits of a number as typed, before any exponent. */
    private static int typedDigits(String number) {
        int digits = 0;
        for (int i = 0; i < number.length() && number.charAt(i) != 'e' && number.charAt(i) != 'E'; i++) {
            digits += Character.isDigit(number.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static Leaf tooManyDigits(int line, int col) {
        return new Leaf(null, "the number has more than " + Limits.MAX_DIGITS + " digits", line, col);
    }

    /** Two answers to one part ("4e" twice, or "4e" and "4: {e: ...}"): neither wins silently. */
    private static void putOnce(Map<String, Item> byPart, Part part, Item value) {
        Item earlier = byPart.putIfAbsent(part.id(), value);
        if (earlier != null) {
            byPart.put(part.id(), twice("part " + part.id(), earlier, value));
        }
    }

    private static Leaf twice(String what, Item earlier, Item later) {
        return new Leaf(null, what + " is answered twice (lines " + earlier.line() + " and " + later.line()
                + "); keep one answer", later.line(), later.column());
    }

    private static String key(String s) {
        StringBuilder letters = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        String k = letters.toString();
        for (String prefix : List.of("problem", "question", "part", "prob", "q", "p")) {
            if (k.startsWith(prefix) && k.length() > prefix.length() && Character.isDigit(k.charAt(prefix.length()))) {
                return k.substring(prefix.length());
            }
        }
        return k;
    }

    private static Item item(JsonParser p, int[] count) throws IOException {
        if (++count[0] > MAX_VALUES) {
            throw new TooMany();
        }
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_ARRAY -> {
                List<Item> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(item(p, count));
                }
                return new Seq(items, line, col);
            }
            case START_OBJECT -> {
                Map<String, Item> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    Item value = item(p, count);
                    Item earlier = fields.putIfAbsent(name, value);
                    if (earlier != null) {
                        fields.put(name, twice("'" + name + "'", earlier, value));
                    }
                }
                return new Obj(fields, line, col);
            }
            case VALUE_NUMBER_INT -> {
                if (typedDigits(p.getText()) > Limits.MAX_DIGITS) {
                    return tooManyDigits(line, col);
                }
                return new Leaf(new BigDecimal(p.getBigIntegerValue()), null, line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    if (typedDigits(p.getText()) > Limits.MAX_DIGITS) {
                        return tooManyDigits(line, col);
                    }
                    return new Leaf(p.getDecimalValue(), null, line, col);
                } catch (NumberFormatException | StreamReadException e) {
                    // .inf, .nan: one bad value fails its part only, not the whole file
                    return new Leaf(null, "'" + p.getText() + "' is not a finite number", line, col);
                }
            }
            case VALUE_STRING -> {
                return new Leaf(p.getText(), null, line, col);
            }
            case VALUE_NULL -> {
                return new Leaf(null, "the answer is empty (null)", line, col);
            }
            default -> {
                return new Leaf(null, "'" + p.getText() + "' is not an answer", line, col);
            }
        }
    }

    private Answer answer(Item item, Part part, String file, String[] lines) {
        Source source = new Source(file, item.line(), item.column(), FreeFormReader.cap(lineText(lines, item)),
                Evidence.KEY);
        if (item instanceof Leaf leaf && leaf.problem() != null) {
            return new Answer.Missing("value unparseable: " + leaf.problem() + " at " + source.location(), Optional.of(source));
        }
        if (item instanceof Leaf leaf && leaf.value() instanceof String s) {
            ParsedValue parsed = ValueSyntax.parse(s, part.kind());
            if (parsed instanceof ParsedValue.Ok ok) {
                return new Answer.Found(ok.value(), source);
            }
            ParsedValue.Error e = (ParsedValue.Error) parsed;
            boolean quoted = "\"'".indexOf(charAt(lines, item)) >= 0;
            Source near = new Source(file, item.line(), item.column() + (quoted ? 1 : 0) + e.column() - 1, source.text(), Evidence.KEY);
            return new Answer.Missing("value unparseable: " + e.message() + " at " + near.location() + " in '"
                    + FreeFormReader.cap(s) + "'", Optional.of(near));
        }
        try {
            return new Answer.Found(native_(item, part.kind()), source);
        } catch (ValueParser.Fail f) {
            return new Answer.Missing("value unparseable: " + f.getMessage() + " at " + source.location(), Optional.of(source));
        }
    }

    /** A number, nested lists or a list of dimensions given natively. */
    private static Value native_(Item item, AnswerKind kind) {
        switch (kind) {
            case EXPRESSION, CHOICE, MANUAL -> {
                if (item instanceof Leaf leaf && leaf.value() instanceof BigDecimal bd) {
                    return new Expression(bd.toPlainString());
                }
                throw new ValueParser.Fail("expected an expression (a string), found a list or map", 0);
            }
            case INTEGER, NUMBER -> {
                if (item instanceof Leaf leaf && leaf.value() instanceof BigDecimal bd) {
                    return new Scalar(exact(bd));
                }
                throw new ValueParser.Fail("expected a number, found a list or map", 0);
            }
            case SHAPE -> {
                if (item instanceof Seq seq && !seq.items().isEmpty()) {
                    List<Integer> dims = new ArrayList<>();
                    for (Item d : seq.items()) {
                        if (!(d instanceof Leaf leaf && leaf.value() instanceof BigDecimal bd) || bd.signum() < 0
                                || bd.stripTrailingZeros().scale() > 0 || bd.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                            throw new ValueParser.Fail("a dimension must be a whole number from 0 to " + Integer.MAX_VALUE, 0);
                        }
                        dims.add(bd.intValueExact());
                    }
                    return new Shape(dims);
                }
                if (item instanceof Leaf leaf && leaf.value() instanceof BigDecimal bd && bd.signum() >= 0
                        && bd.stripTrailingZeros().scale() <= 0 && bd.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return new Shape(List.of(bd.intValueExact())); // a shape of one dimension: 120 for [120]
                }
                throw new ValueParser.Fail("expected a shape such as [16, 2, 2]", 0);
            }
            default -> {
                if (item instanceof Seq) {
                    List<Num> flat = new ArrayList<>();
                    Tensor t = new Tensor(dims(item, flat), flat);
                    return kind == AnswerKind.VECTOR ? ValueParser.asVector(t) : t;
                }
                throw new ValueParser.Fail("expected a matrix such as [[4, 2], [-2, -6]], found a single value", 0);
            }
        }
    }

    private static List<Integer> dims(Item item, List<Num> flat) {
        if (item instanceof Leaf leaf) {
            if (leaf.value() instanceof BigDecimal bd) {
                flat.add(exact(bd));
            } else if (leaf.value() instanceof String s
                    && ValueSyntax.parse(s, AnswerKind.NUMBER) instanceof ParsedValue.Ok ok && ok.value() instanceof Scalar sc) {
                flat.add(sc.num());
            } else {
                throw new ValueParser.Fail("entry " + (flat.size() + 1) + " is not a number", 0);
            }
            if (flat.size() > Limits.MAX_ENTRIES) {
                throw new ValueParser.Fail("more than " + Limits.MAX_ENTRIES + " entries", 0);
            }
            return List.of();
        }
        if (!(item instanceof Seq seq) || seq.items().isEmpty()) {
            throw new ValueParser.Fail("an empty list or a map inside the matrix", 0);
        }
        List<Integer> child = null;
        for (Item it : seq.items()) {
            List<Integer> d = dims(it, flat);
            if (child == null) {
                child = d;
            } else if (!child.equals(d)) {
                throw new ValueParser.Fail("rows of different lengths (" + child + " and " + d + ")", 0);
            }
        }
        List<Integer> out = new ArrayList<>();
        out.add(seq.items().size());
        out.addAll(child);
        return out;
    }

    /** The exact value of a decimal, refusing 1e999999999 (which would be a billion digits). */
    private static Rational exact(BigDecimal bd) {
        if (Math.abs((long) bd.scale()) > Limits.MAX_DIGITS + Limits.MAX_EXPONENT) {
            throw new ValueParser.Fail("the exponent of " + bd + " is beyond ±" + Limits.MAX_EXPONENT, 0);
        }
        return Rational.of(bd);
    }

    private static String lineText(String[] lines, Item item) {
        if (item.line() < 1 || item.line() > lines.length) {
            return "";
        }
        String l = lines[item.line() - 1];
        int from = Math.max(0, Math.min(l.length(), item.column() - 1));
        return Cut.range(l, from, Limits.MAX_SOURCE_TEXT).strip();
    }

    private static char charAt(String[] lines, Item item) {
        if (item.line() < 1 || item.line() > lines.length) {
            return ' ';
        }
        String l = lines[item.line() - 1];
        int c = item.column() - 1;
        return c >= 0 && c < l.length() ? l.charAt(c) : ' ';
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot parse";
        }
        int nl = message.indexOf('\n');
        String s = nl < 0 ? message : message.substring(0, nl);
        return s.length() > 300 ? Cut.prefix(s, 300) + "…" : s;
    }
}
