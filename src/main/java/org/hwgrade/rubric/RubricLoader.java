package org.hwgrade.rubric;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Given;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.HwgradeException.Location;
import org.hwgrade.model.Options;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.ShapeLayout;
import org.hwgrade.model.Visibility;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a rubric file (format: docs/rubric.md) into a {@link Rubric}. Every mistake in the file is a
 * {@link RubricException} naming file:line:column, what was expected and how to fix it. Whether the
 * quantities a formula names exist is checked by the solver, which knows them.
 */
public final class RubricLoader {

    /**
     * Rubrics are written by people: a few hundred KB is plenty (dl-hw3.yaml has 10 KB), and the
     * bound keeps composing the YAML fast (a 1000×1000 given, 3 MB, took snakeyaml 20 s).
     */
    private static final int MAX_BYTES = 512 * 1024;

    static final Set<String> TOP_KEYS = Set.of("assignment", "title", "defaults", "problems", "late", "lms");
    static final Set<String> PROBLEM_KEYS = Set.of("id", "title", "givens", "quantities", "symbols",
            "definitions", "parts", "layout", "statement", "constraints", "visibility");
    static final Set<String> PART_KEYS = Set.of("id", "title", "points", "kind", "quantity", "formula",
            "givens", "labels", "tolerance", "entries", "misconceptions", "follow_through", "show_key", "layout",
            "options", "answer", "visibility");

    private RubricLoader() {
    }

    public static Rubric load(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RubricException("the rubric is larger than " + MAX_BYTES / 1024 + " KB",
                        new Location(name, 0, 0), "is this really a rubric file?");
            }
            return parse(Files.readString(file), name);
        } catch (CharacterCodingException e) {
            throw new RubricException("the rubric is not valid UTF-8", new Location(name, 0, 0),
                    "save the file as UTF-8");
        } catch (IOException e) {
            throw new RubricException("cannot read the rubric: " + e.getMessage(), new Location(name, 0, 0),
                    "check that the path exists and is readable");
        }
    }

    public static Rubric parse(String text, String fileName) {
        YamlNode root = new YamlNode(compose(text, fileName), fileName, "the rubric", text);
        YamlMap top = root.asMap();
        if (top.find(StudentSafeRubric.MARKER).isPresent()) {
            return StudentSafeRubric.read(top);
        }
        top.allow(TOP_KEYS, Set.of("assignment", "problems"));
        String id = top.get("assignment").asNonEmptyText();
        String title = top.find("title").map(YamlNode::asText).orElse(id);
        GradingDefaults defaults = top.find("defaults").map(GradingRulesReader::defaults)
                .orElse(GradingDefaults.STANDARD);

        List<Problem> problems = new ArrayList<>();
        Set<String> problemIds = new HashSet<>();
        Set<String> partIds = new HashSet<>();
        for (YamlNode p : top.get("problems").asList()) {
            Problem problem = problem(p, partIds);
            if (!problemIds.add(problem.id())) {
                throw p.error("problem id '" + problem.id() + "' is used twice", "give each problem its own id");
            }
            problems.add(problem);
        }
        if (problems.isEmpty()) {
            throw top.get("problems").error("the rubric has no problems", "list at least one problem under 'problems:'");
        }
        return new Rubric(id, title, defaults, problems, false, DeliveryReader.delivery(top));
    }

    static Node compose(String text, String fileName) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlNode with a location instead
        options.setMaxAliasesForCollections(200);
        options.setCodePointLimit(MAX_BYTES);
        try (Reader reader = new StringReader(text)) {
            Node node = new Yaml(options).compose(reader);
            if (node == null) {
                throw new RubricException("the rubric is empty", new Location(fileName, 1, 1),
                        "see docs/rubric.md for a complete example");
            }
            YamlExpansion.requireBounded(node, fileName);
            return node;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            throw new RubricException("not valid YAML: " + e.getProblem(),
                    new Location(fileName, mark.getLine() + 1, mark.getColumn() + 1),
                    "check indentation and quoting near this place (LaTeX labels need single quotes)", e);
        } catch (YAMLException | IOException e) {
            throw new RubricException("not valid YAML: " + e.getMessage(), new Location(fileName, 0, 0), null, e);
        }
    }

    private static Problem problem(YamlNode node, Set<String> partIds) {
        YamlMap named = named(node, node.peek("id").map(i -> "problem " + i).orElse(node.what()));
        refuseFamily(named);
        YamlMap map = named.allow(PROBLEM_KEYS, Set.of("id", "parts"));
        String id = map.get("id").asNonEmptyText();
        Map<String, FormulaText> quantities = new LinkedHashMap<>();
        map.find("quantities").ifPresent(q -> q.asMap().entries().forEach((name, formula) -> {
            if (!name.startsWith("x-")) {
                quantities.put(name, FormulaReader.formula(formula));
            }
        }));
        Map<String, Given> givens = map.find("givens").map(GivenReader::givens).orElse(Map.of());
        Map<String, String> symbols = new LinkedHashMap<>();
        map.find("symbols").ifPresent(s -> s.asMap().entries().forEach((k, v) -> symbols.put(k, v.asNonEmptyText())));
        Map<String, String> definitions = new LinkedHashMap<>();
        map.find("definitions").ifPresent(d -> d.asMap().entries().forEach((k, v) -> definitions.put(k, v.asNonEmptyText())));
        ShapeLayout layout = map.find("layout").map(RubricLoader::layout).orElse(ShapeLayout.CHW);
        Optional<Visibility> visibility = map.find("visibility").map(RubricLoader::visibility);
        List<Part> parts = new ArrayList<>();
        for (YamlNode p : map.get("parts").asList()) {
            Part part = part(p, layout, visibility);
            if (!partIds.add(part.id())) {
                throw p.error("part id '" + part.id() + "' is used twice", "part ids must be unique across the rubric");
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            throw map.get("parts").error("problem " + id + " has no parts", "list its parts under 'parts:'");
        }
        if (quantities.isEmpty() && symbols.isEmpty() && definitions.isEmpty()
                && parts.stream().anyMatch(RubricLoader::computed)) {
            throw map.self().error("problem " + id + " lists no quantities",
                    "add 'quantities:', each a name and its formula over the givens, or, for answers that are"
                    + " expressions, 'symbols:' and 'definitions:' (docs/rubric.md)");
        }
        String title = map.find("title").map(YamlNode::asText).orElse("Problem " + id);
        String statement = map.find("statement").map(YamlNode::asText).orElse("");
        List<FormulaText> constraints = new ArrayList<>();
        map.find("constraints").ifPresent(c -> c.asList().forEach(f -> constraints.add(FormulaReader.formula(f))));
        return new Problem(id, title, givens, quantities, symbols, definitions, parts, statement, constraints);
    }

    /**
     * Problem types named in Java ({@code family: symbolic}) are retired: what a problem computes
     * is its content. An older rubric is told exactly what to delete.
     */
    private static void refuseFamily(YamlMap problem) {
        problem.find("family").ifPresent(family -> {
            throw family.error("the key 'family' is retired: a problem is defined by its content",
                    "delete the line: a problem with 'symbols:' and 'definitions:' is symbolic, one with"
                    + " 'quantities:' is computed by its formulas; a misconception's 'flags: [transposed]' becomes"
                    + " 'formula: (KEY)^T' (docs/rubric.md)");
        });
    }

    private static Part part(YamlNode node, ShapeLayout problemLayout, Optional<Visibility> problemVisibility) {
        YamlMap map = named(node, node.peek("id").map(i -> "part " + i).orElse(node.what()))
                .allow(PART_KEYS, Set.of("id", "points", "kind"));
        String id = map.get("id").asNonEmptyText();
        Rational points = map.get("points").asRational();
        if (points.signum() <= 0) {
            throw map.get("points").error("points of part " + id + " must be positive, found " + points, null);
        }
        AnswerKind kind = kind(map.get("kind"));
        Optional<FormulaText> formula = map.find("formula").map(FormulaReader::formula);
        Optional<Options> options = OptionsReader.options(map, id, kind);
        String quantity = kind == AnswerKind.MANUAL || options.flatMap(Options::answer).isPresent()
                ? uncomputed(map, id, kind) : quantity(map, id, formula.isPresent());
        List<String> labels = new ArrayList<>();
        map.find("labels").ifPresent(l -> l.asList().forEach(item -> labels.add(item.asNonEmptyText())));
        return new Part(
                id,
                map.find("title").map(YamlNode::asText).orElse(id),
                points,
                kind,
                quantity,
                labels,
                map.find("tolerance").map(GradingRulesReader::tolerance),
                map.find("entries").map(GradingRulesReader::entries),
                map.find("misconceptions").map(m -> GradingRulesReader.misconceptions(m, quantity, options))
                        .orElse(List.of()),
                map.find("follow_through").map(GradingRulesReader::followThrough),
                map.find("show_key").map(YamlNode::asBoolean),
                map.find("givens").map(GivenReader::givens).orElse(Map.of()),
                formula,
                map.find("layout").map(RubricLoader::layout).orElse(problemLayout),
                options,
                map.find("visibility").map(RubricLoader::visibility).or(() -> problemVisibility));
    }

    /** When students see a part's test on an autograder platform, in Gradescope's spelling. */
    private static Visibility visibility(YamlNode node) {
        String text = node.asNonEmptyText();
        return Visibility.named(text).orElseThrow(() -> node.error("unknown visibility '" + text + "'",
                "write one of: " + Visibility.spellings() + " (Gradescope's visibility of the part's test)"));
    }

    /** How a problem or part writes image shapes: CHW (the default, as PyTorch) or HWC (as Keras). */
    static ShapeLayout layout(YamlNode node) {
        String text = node.asNonEmptyText();
        return ShapeLayout.named(text).orElseThrow(() -> node.error("unknown layout '" + text + "'",
                "write layout: CHW (shapes as (C, H, W)) or layout: HWC (shapes as H×W×C)"));
    }

    /**
     * A part scored by a person, or a multiple-choice part whose rubric names the right option, computes
     * nothing: it is named after itself, as a part with its own formula.
     */
    private static String uncomputed(YamlMap part, String id, AnswerKind kind) {
        for (String computed : List.of("quantity", "formula")) {
            part.find(computed).ifPresent(node -> {
                throw kind == AnswerKind.MANUAL
                        ? node.error("part " + id + " is scored by a person (kind: manual) and has no " + computed,
                                "remove '" + computed + ":', or give the part a kind that is computed")
                        : node.error("part " + id + " gives its answer and a " + computed,
                                "keep one: 'answer: <letter>' or a '" + computed + ":' whose value is one option's");
            });
        }
        return id;
    }

    /** Whether the solver computes the part's key: not for a part a person scores nor one whose rubric names its option. */
    private static boolean computed(Part part) {
        return part.kind() != AnswerKind.MANUAL && part.options().flatMap(Options::answer).isEmpty();
    }

    /** The quantity a part asks for; a part with its own formula asks for a quantity named after the part. */
    private static String quantity(YamlMap part, String id, boolean hasFormula) {
        Optional<YamlNode> quantity = part.find("quantity");
        if (quantity.isPresent() && hasFormula) {
            throw quantity.get().error("part " + id + " names a quantity and gives a formula",
                    "keep one: 'quantity: name' or 'formula: ...'");
        }
        if (quantity.isEmpty() && !hasFormula) {
            throw part.self().error("part " + id + " says neither which quantity it asks for nor its formula",
                    "add 'quantity: name' (one of the problem's quantities) or 'formula: ...'");
        }
        return hasFormula ? id : quantity.get().asNonEmptyText();
    }

    static AnswerKind kind(YamlNode node) {
        String text = node.asNonEmptyText();
        for (AnswerKind k : AnswerKind.values()) {
            if (k.key().equals(text)) {
                return k;
            }
        }
        throw node.error("unknown answer kind '" + text + "'",
                "use one of: " + AnswerKind.spellings());
    }

    /** The same node, described by its id in messages ("part 2a" rather than "item 3 of parts"). */
    static YamlMap named(YamlNode node, String what) {
        return new YamlNode(node.node(), node.file(), what, node.source()).asMap();
    }
}
