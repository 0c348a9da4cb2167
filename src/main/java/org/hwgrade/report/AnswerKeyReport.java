package org.hwgrade.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Collectors;
import org.hwgrade.compare.Fractions;
import org.hwgrade.formula.Datum;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;

/** The answer key, as `hwgrade solve` prints it: a readable listing or JSON, with every quantity on request. */
public final class AnswerKeyReport {

    private AnswerKeyReport() {
    }

    /** {"assignment": ID, "parts": {"2a": {"kind": "matrix", "points": 3, "value": [[4, 2], [-2, -6]]}, ...}}. */
    public static String json(Rubric rubric, AnswerKey key) {
        return Json.pretty(keyJson(rubric, key));
    }

    /**
     * The key as {@link #json} gives it, and beside "parts" every given and quantity of every
     * problem: {"quantities": {"2": {"x": [[1, 2, 3], ...], "k": [[4, 2], [-2, -6]], ...}}}. Texts
     * are strings, lists arrays and records (a network and its layers) objects.
     *
     * @param quantities problem id → name → value, in the rubric's order
     */
    public static String json(Rubric rubric, AnswerKey key, Map<String, Map<String, Datum>> quantities) {
        ObjectNode root = keyJson(rubric, key);
        ObjectNode all = root.putObject("quantities");
        quantities.forEach((problem, values) -> {
            ObjectNode p = all.putObject(problem);
            values.forEach((name, value) -> p.set(name, json(value)));
        });
        return Json.pretty(root);
    }

    private static ObjectNode keyJson(Rubric rubric, AnswerKey key) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("assignment", rubric.id());
        ObjectNode parts = root.putObject("parts");
        rubric.parts().forEach(part -> {
            ObjectNode p = parts.putObject(part.id());
            p.put("kind", part.kind().key());
            p.set("points", ValueJson.of(part.points()));
            key.find(part.id()).ifPresentOrElse(v -> p.set("value", ValueJson.of(v)), () -> p.putNull("value"));
        });
        return root;
    }

    public static String text(Rubric rubric, AnswerKey key) {
        return text(rubric, key, Map.of());
    }

    /**
     * The key as a readable listing; for each problem in {@code quantities} also every given and
     * quantity, with the formula that defines it, so that a TA can check the rubric step by step.
     */
    public static String text(Rubric rubric, AnswerKey key, Map<String, Map<String, Datum>> quantities) {
        StringBuilder sb = new StringBuilder();
        String total = ScoreFormat.display(Fractions.sum(rubric.parts().map(Part::points).toList()));
        sb.append(rubric.id()).append(": ").append(rubric.title())
                .append(" (").append(rubric.parts().count()).append(" parts, ").append(total).append(" points)\n");
        for (Problem problem : rubric.problems()) {
            sb.append('\n').append("Problem ").append(problem.id()).append(": ").append(problem.title()).append('\n');
            int width = problem.parts().stream().mapToInt(p -> p.title().length()).max().orElse(0);
            for (Part part : problem.parts()) {
                sb.append(String.format("  %-4s %-" + width + "s  %4s pts  %s%n", part.id(), part.title(),
                        part.points(), key.find(part.id()).map(String::valueOf).orElse("(graded by a person)")));
            }
            Map<String, Datum> values = quantities.getOrDefault(problem.id(), Map.of());
            if (!values.isEmpty()) {
                sb.append("  quantities:\n");
                int names = values.keySet().stream().mapToInt(String::length).max().orElse(0);
                values.forEach((name, value) -> sb.append(String.format("    %-" + names + "s = %s%n", name,
                        definition(problem, name) + text(value))));
            }
        }
        return sb.toString().replace(System.lineSeparator(), "\n");
    }

    /** "conv2d(x, W) = " for a quantity of formulas, "" for a given or a family's quantity. */
    private static String definition(Problem problem, String name) {
        if (problem.quantities().containsKey(name)) {
            return problem.quantities().get(name).text() + " = ";
        }
        return problem.parts().stream().filter(p -> p.quantity().equals(name) && p.formula().isPresent()).findFirst()
                .map(p -> p.formula().get().text() + " = ").orElse("");
    }

    private static String text(Datum d) {
        if (d instanceof Datum.Numeric n) {
            return n.value().toString();
        }
        if (d instanceof Datum.Text t) {
            return t.text();
        }
        if (d instanceof Datum.Items items) {
            return items.items().stream().map(AnswerKeyReport::text).collect(Collectors.joining(", ", "[", "]"));
        }
        Datum.Fields f = (Datum.Fields) d;
        return f.fields().entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static JsonNode json(Datum d) {
        if (d instanceof Datum.Numeric n) {
            return ValueJson.of(n.value());
        }
        if (d instanceof Datum.Text t) {
            return Json.MAPPER.getNodeFactory().textNode(t.text());
        }
        if (d instanceof Datum.Items items) {
            ArrayNode a = Json.MAPPER.createArrayNode();
            items.items().forEach(item -> a.add(json(item)));
            return a;
        }
        ObjectNode o = Json.MAPPER.createObjectNode();
        ((Datum.Fields) d).fields().forEach((name, value) -> o.set(name, json(value)));
        return o;
    }
}
