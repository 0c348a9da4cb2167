package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Given;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Reads a problem's givens for a family, turning a missing or mistyped given into a
 * {@link RubricException} that names the problem and the given ("problem 2, given x: ...").
 */
final class ProblemGivens {

    private final Problem problem;
    private final String family;

    ProblemGivens(Problem problem, String family) {
        this.problem = problem;
        this.family = family;
    }

    /** Rejects givens the family does not read, which are most likely typos. */
    void requireOnly(Collection<String> known) {
        for (String name : problem.givens().keySet()) {
            if (!known.contains(name)) {
                throw error(name, "given " + name, "not used by family " + family,
                        known.isEmpty() ? "remove it: " + family + " takes no givens"
                                : "remove it or rename it to one of: " + String.join(", ", known));
            }
        }
    }

    Tensor tensor(String name, int minRank, int maxRank, String expected) {
        Value v = value(name).orElseThrow(() -> missing(name, expected));
        if (v instanceof Tensor t && t.rank() >= minRank && t.rank() <= maxRank) {
            return t;
        }
        throw mistyped(name, expected, v);
    }

    /** An optional bias: one number, or a list with one number per filter. */
    Optional<Value> optionalScalarOrVector(String name) {
        Optional<Value> v = value(name);
        if (v.isPresent() && !(v.get() instanceof Scalar) && !(v.get() instanceof Tensor t && t.rank() == 1)) {
            throw mistyped(name, "a number or a list of numbers", v.get());
        }
        return v;
    }

    /** An optional integer given, at least {@code min}, {@code fallback} when absent. */
    int integer(String name, int fallback, int min) {
        Optional<Value> v = value(name);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.get() instanceof Scalar s && s.num() instanceof Rational r && r.isInteger()
                && r.numerator().bitLength() < 32 && r.numerator().intValueExact() >= min) {
            return r.numerator().intValueExact();
        }
        throw mistyped(name, "an integer of at least " + min, v.get());
    }

    Shape shape(String name) {
        String expected = "a shape such as {shape: [C, H, W]}";
        Value v = value(name).orElseThrow(() -> missing(name, expected));
        if (v instanceof Shape s) {
            return s;
        }
        throw mistyped(name, expected, v);
    }

    List<Layer> layers(String name) {
        Given g = problem.givens().get(name);
        if (g == null) {
            throw missing(name, "a list of layers");
        }
        if (g instanceof Given.Layers layers) {
            return requireLayers(name, layers.layers());
        }
        throw error(name, "given " + name, "expected a list of layers, got " + ((Given.Of) g).value().describe(),
                "write it as a list of {name, kind, filters, size, stride, padding}");
    }

    /** Every given that is a list of layers, by name, in rubric order. */
    List<String> layerLists() {
        List<String> names = new ArrayList<>();
        problem.givens().forEach((name, g) -> {
            if (g instanceof Given.Layers) {
                names.add(name);
            }
        });
        return names;
    }

    /** An error about the given {@code given} (null: the givens as a whole), described as {@code subject}. */
    RubricException error(String given, String subject, String message, String hint) {
        return new RubricException("problem " + problem.id() + ", " + subject + ": " + message, where(given, null),
                hint, null);
    }

    /** An error about one layer of the layer list {@code given} (layer null: the list as a whole). */
    RubricException error(String given, String layer, String subject, OpException e) {
        return new RubricException("problem " + problem.id() + ", " + subject + ": " + e.getMessage(),
                where(given, layer), e.hint(), e);
    }

    private List<String> where(String given, String layer) {
        if (given == null) {
            return RubricPath.key(problem, "givens");
        }
        return layer == null ? RubricPath.given(problem, given) : RubricPath.layer(problem, given, layer);
    }

    private List<Layer> requireLayers(String name, List<Layer> layers) {
        if (layers.isEmpty()) {
            throw error(name, "given " + name, "the list of layers is empty", "give at least one layer");
        }
        List<String> seen = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.name().isBlank() || seen.contains(layer.name())) {
                throw error(name, "given " + name, layer.name().isBlank() ? "a layer has no name"
                        : "two layers are named " + layer.name(), "give every layer its own name");
            }
            seen.add(layer.name());
        }
        return layers;
    }

    private Optional<Value> value(String name) {
        Given g = problem.givens().get(name);
        if (g == null) {
            return Optional.empty();
        }
        if (g instanceof Given.Of of) {
            return Optional.of(of.value());
        }
        throw error(name, "given " + name, "expected a value, got a list of layers", "give a number, matrix or shape");
    }

    private RubricException missing(String name, String expected) {
        return error(name, "given " + name, "missing; family " + family + " needs it",
                "add " + name + " under givens: " + expected);
    }

    private RubricException mistyped(String name, String expected, Value got) {
        return error(name, "given " + name, "expected " + expected + ", got " + got.describe(),
                "write " + name + " as " + expected);
    }
}
