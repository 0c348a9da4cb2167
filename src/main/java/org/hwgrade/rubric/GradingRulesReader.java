package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.FollowThrough;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Options;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tolerance;

/** Reads the grading settings of a rubric: tolerance rules, matrix credit, follow-through, misconceptions. */
final class GradingRulesReader {

    private static final String TOLERANCE_HINT =
            "write 'exact', {relabs: {rtol: 0.01, atol: 1.0e-8}}, {sigfig: 3} or {decdig: 2}";

    static final Set<String> MISCONCEPTION_KEYS = Set.of("name", "formula", "replace", "option", "credit",
            "feedback");

    private GradingRulesReader() {
    }

    static GradingDefaults defaults(YamlNode node) {
        YamlMap map = node.asMap().allow(
                Set.of("tolerance", "irrational_tolerance", "entries", "follow_through", "show_key"), Set.of());
        GradingDefaults d = GradingDefaults.STANDARD;
        return new GradingDefaults(
                map.find("tolerance").map(GradingRulesReader::tolerance).orElse(d.rationalTolerance()),
                map.find("irrational_tolerance").map(GradingRulesReader::tolerance).orElse(d.irrationalTolerance()),
                map.find("entries").map(GradingRulesReader::entries).orElse(d.entries()),
                map.find("follow_through").map(GradingRulesReader::followThrough).orElse(d.followThrough()),
                map.find("show_key").map(YamlNode::asBoolean).orElse(d.showKey()));
    }

    static Tolerance tolerance(YamlNode node) {
        if (node.isScalar()) {
            if (node.asText().strip().equals("exact")) {
                return new Tolerance.Exact();
            }
            throw node.error("unknown tolerance rule '" + node.asText() + "'", TOLERANCE_HINT);
        }
        YamlMap map = node.asMap().allow(Set.of("exact", "relabs", "sigfig", "decdig"), Set.of());
        if (map.entries().size() != 1) {
            throw node.error("a tolerance names exactly one rule, found " + map.entries().size(), TOLERANCE_HINT);
        }
        String rule = map.entries().keySet().iterator().next();
        YamlNode arg = map.get(rule);
        try {
            return switch (rule) {
                case "relabs" -> {
                    YamlMap p = arg.asMap().allow(Set.of("rtol", "atol"), Set.of());
                    yield new Tolerance.RelAbs(
                            p.find("rtol").map(YamlNode::asDouble).orElse(1e-2),
                            p.find("atol").map(YamlNode::asDouble).orElse(1e-8));
                }
                case "sigfig" -> new Tolerance.SigFig(arg.asInt(1));
                case "decdig" -> new Tolerance.DecDig(arg.asInt(0));
                default -> new Tolerance.Exact();
            };
        } catch (IllegalArgumentException e) {
            throw arg.error(e.getMessage(), TOLERANCE_HINT);
        }
    }

    static EntryCredit entries(YamlNode node) {
        String text = node.asNonEmptyText();
        for (EntryCredit e : EntryCredit.values()) {
            if (e.key().equals(text)) {
                return e;
            }
        }
        throw node.error("unknown entries rule '" + text + "'", "use 'proportional' or 'all-or-nothing'");
    }

    /** {@code false}, {@code true}, or {credit: 1/2, enabled: true}. */
    static FollowThrough followThrough(YamlNode node) {
        if (node.isScalar()) {
            return node.asBoolean() ? FollowThrough.FULL : FollowThrough.DISABLED;
        }
        YamlMap map = node.asMap().allow(Set.of("enabled", "credit"), Set.of());
        boolean enabled = map.find("enabled").map(YamlNode::asBoolean).orElse(true);
        Rational credit = map.find("credit").map(GradingRulesReader::fraction).orElse(Rational.ONE);
        return new FollowThrough(enabled, credit);
    }

    /**
     * A part's misconceptions. Each gives its mistake as a {@code formula} (the part's quantity
     * computed wrongly), a {@code replace} map (upstream quantities computed wrongly, their
     * consequences recomputed); in a multiple-choice part, the wrong {@code option} it leads to.
     */
    static List<Misconception> misconceptions(YamlNode node, String partQuantity, Optional<Options> options) {
        List<Misconception> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (YamlNode item : node.asList()) {
            YamlMap raw = item.asMap();
            raw.find("flags").ifPresent(flags -> {
                throw flags.error("the key 'flags' is retired: a mistake is written as the formula it computes",
                        "write 'formula: ...' (the part's quantity computed wrongly; 'flags: [transposed]' is"
                        + " 'formula: (KEY)^T') or 'replace: {quantity: formula}' (docs/rubric.md)");
            });
            YamlMap map = raw.allow(MISCONCEPTION_KEYS, Set.of("name", "feedback"));
            String name = map.get("name").asNonEmptyText();
            if (!names.add(name)) {
                throw item.error("misconception '" + name + "' is listed twice", "give each one its own name");
            }
            Rational credit = map.find("credit").map(GradingRulesReader::fraction).orElse(Rational.ZERO);
            String feedback = map.get("feedback").asNonEmptyText();
            if (options.isPresent()) {
                out.add(new Misconception(name, Map.of(), credit, feedback, Optional.of(option(map, name, options.get()))));
                continue;
            }
            map.find("option").ifPresent(o -> {
                throw o.error("misconception '" + name + "' names an option, but its part is not multiple choice",
                        "write 'formula: ...' (the part's quantity computed wrongly), or 'kind: choice' for the part");
            });
            Map<String, FormulaText> replace = new LinkedHashMap<>();
            map.find("replace").ifPresent(r -> r.asMap().entries().forEach((quantity, formula) ->
                    replace.put(quantity, FormulaReader.formula(formula))));
            map.find("formula").ifPresent(f -> {
                if (replace.containsKey(partQuantity)) {
                    throw f.error("misconception '" + name + "' gives " + partQuantity + " twice, in formula and in replace",
                            "keep one of the two");
                }
                replace.put(partQuantity, FormulaReader.formula(f));
            });
            if (replace.isEmpty()) {
                throw item.error("misconception '" + name + "' does not say what the mistake computes",
                        "add 'formula: ...' (the part's quantity computed wrongly) or 'replace: {quantity: formula}'");
            }
            out.add(new Misconception(name, replace, credit, feedback));
        }
        return out;
    }

    /** A multiple-choice mistake is the wrong option it leads to; the right one is not a mistake. */
    private static String option(YamlMap misconception, String name, Options options) {
        for (String computed : List.of("formula", "replace")) {
            misconception.find(computed).ifPresent(node -> {
                throw node.error("misconception '" + name + "' of a multiple-choice part has no " + computed,
                        "write 'option: <letter>', the wrong option this mistake leads to");
            });
        }
        YamlNode node = misconception.find("option").orElseThrow(() -> misconception.self().error(
                "misconception '" + name + "' does not say which wrong option it is",
                "add 'option: <letter>', one of " + String.join(", ", options.texts().keySet())));
        String letter = OptionsReader.letter(node, options.texts(), "misconception '" + name + "'");
        if (options.answer().equals(Optional.of(letter))) {
            throw node.error("misconception '" + name + "' names the right option, " + letter,
                    "name a wrong option, or remove the misconception");
        }
        return letter;
    }

    /** A share of a part's points: an exact number from 0 to 1. */
    private static Rational fraction(YamlNode node) {
        Rational r = node.asRational();
        if (r.signum() < 0 || r.compareTo(Rational.ONE) > 0) {
            throw node.error("a credit is a share of the part's points, from 0 to 1; found " + r, "e.g. credit: 1/2");
        }
        return r;
    }
}
