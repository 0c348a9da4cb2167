package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The student-safe copy of a rubric, for a student's repository (`hwgrade rubric public`): part ids,
 * titles, labels, kinds and points, and the names of givens and symbols, which is all that reading a
 * hand-in needs. It holds no given value, quantity, formula, misconception or grading rule, so
 * neither `hwgrade solve` nor a careful reader can get the key from it; `check` reads with it up to
 * {@code --reveal found}. A file marks itself with {@code public: true}, and the loader then takes
 * no other keys, so a key cannot slip into one by hand either.
 */
public final class StudentSafeRubric {

    static final String MARKER = "public";
    private static final Set<String> TOP_KEYS = Set.of("assignment", "title", MARKER, "problems");
    private static final Set<String> PROBLEM_KEYS = Set.of("id", "title", "givens", "symbols", "parts");
    private static final Set<String> PART_KEYS = Set.of("id", "title", "points", "kind", "labels");
    private static final String WHY = "a student-safe rubric holds only ids, titles, labels, kinds, points and names";

    private StudentSafeRubric() {
    }

    /** The YAML text of {@code rubric}'s student-safe copy, with a header that says what it is. */
    public static String write(Rubric rubric) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("assignment", rubric.id());
        top.put("title", rubric.title());
        top.put(MARKER, true);
        List<Object> problems = new ArrayList<>();
        for (Problem p : rubric.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("id", p.id());
            problem.put("title", p.title());
            if (!p.givens().isEmpty()) {
                problem.put("givens", new ArrayList<>(p.givens().keySet()));
            }
            if (!p.symbols().isEmpty()) {
                problem.put("symbols", new LinkedHashMap<>(p.symbols()));
            }
            List<Object> parts = new ArrayList<>();
            for (Part part : p.parts()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", part.id());
                m.put("title", part.title());
                m.put("points", part.points().isInteger() ? (Object) part.points().numerator() : part.points().toString());
                m.put("kind", part.kind().key());
                if (!part.labels().isEmpty()) {
                    m.put("labels", part.labels());
                }
                parts.add(m);
            }
            problem.put("parts", parts);
            problems.add(problem);
        }
        top.put("problems", problems);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(110);
        options.setSplitLines(false);
        return "# Student-safe rubric of " + rubric.id() + ", written by `hwgrade rubric public`.\n"
                + "# It tells `hwgrade check` which parts to read; it holds no givens' values, formulas or key.\n"
                + new Yaml(options).dump(top);
    }

    /** The rubric a {@code public: true} file describes; called by {@link RubricLoader}. */
    static Rubric read(YamlMap top) {
        top.allow(TOP_KEYS, Set.of("assignment", "problems"));
        if (!top.get(MARKER).asBoolean()) {
            throw top.get(MARKER).error("'public: false' is not a rubric kind", "remove the key for a full rubric");
        }
        String id = top.get("assignment").asNonEmptyText();
        List<Problem> problems = new ArrayList<>();
        Set<String> partIds = new HashSet<>();
        for (YamlNode p : top.get("problems").asList()) {
            YamlMap map = RubricLoader.named(p, p.peek("id").map(i -> "problem " + i).orElse(p.what()));
            problems.add(problem(allow(map, PROBLEM_KEYS, Set.of("id", "parts")), partIds));
        }
        return new Rubric(id, top.find("title").map(YamlNode::asText).orElse(id), GradingDefaults.STANDARD, problems, true);
    }

    private static Problem problem(YamlMap map, Set<String> partIds) {
        String id = map.get("id").asNonEmptyText();
        Map<String, Given> givens = new LinkedHashMap<>();
        map.find("givens").ifPresent(g -> g.asList().forEach(name -> givens.put(name.asNonEmptyText(), new Given.Withheld())));
        Map<String, String> symbols = new LinkedHashMap<>();
        map.find("symbols").ifPresent(s -> s.asMap().entries().forEach((k, v) -> symbols.put(k, v.asNonEmptyText())));
        List<Part> parts = new ArrayList<>();
        for (YamlNode node : map.get("parts").asList()) {
            YamlMap part = allow(RubricLoader.named(node, node.peek("id").map(i -> "part " + i).orElse(node.what())),
                    PART_KEYS, Set.of("id", "points", "kind"));
            String partId = part.get("id").asNonEmptyText();
            if (!partIds.add(partId)) {
                throw node.error("part id '" + partId + "' is used twice", "part ids must be unique across the rubric");
            }
            List<String> labels = new ArrayList<>();
            part.find("labels").ifPresent(l -> l.asList().forEach(item -> labels.add(item.asNonEmptyText())));
            Rational points = part.get("points").asRational();
            // No graph: the part's quantity is named after the part, as for a part with its own formula.
            parts.add(new Part(partId, part.find("title").map(YamlNode::asText).orElse(partId), points,
                    RubricLoader.kind(part.get("kind")), partId, labels, Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.of(false)));
        }
        return new Problem(id, map.find("title").map(YamlNode::asText).orElse("Problem " + id), givens, Map.of(),
                symbols, Map.of(), parts);
    }

    /** Unknown keys are refused as in any rubric, with the reason that matters here. */
    private static YamlMap allow(YamlMap map, Set<String> allowed, Set<String> required) {
        for (var e : map.keys().entrySet()) {
            if (!allowed.contains(e.getKey()) && !e.getKey().startsWith("x-")) {
                throw e.getValue().error("'" + e.getKey() + "' has no place in a student-safe rubric (" + map.self().what() + ")",
                        WHY + "; write it with `hwgrade rubric public` from the full rubric");
            }
        }
        return map.allow(allowed, required);
    }
}
