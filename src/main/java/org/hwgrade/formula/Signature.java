package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of an op, written as in its documentation: {@code conv2d(x, W, bias?, stride=1, padding=0)}.
 * A bare name is required, {@code name?} may be left out, {@code name=value} has a constant default,
 * and a last {@code *name} takes any further positional arguments. Any parameter may also be given
 * by keyword.
 */
public record Signature(String name, List<Param> params, Optional<String> rest) {

    public Signature {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(rest, "rest");
    }

    public record Param(String name, Optional<Expr> defaultValue, boolean optional) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultValue, "defaultValue");
        }

        boolean required() {
            return !optional && defaultValue.isEmpty();
        }

        @Override
        public String toString() {
            return defaultValue.map(d -> name + "=" + FormulaPrinter.print(d)).orElse(optional ? name + "?" : name);
        }
    }

    /** @throws FormulaException when the text is not a signature (an op author's mistake, caught by the registry's tests) */
    public static Signature parse(String text) {
        FormulaParser p = new FormulaParser(text);
        String name = p.expectName("the op's name").text();
        p.expect("(", "a signature reads name(parameters)");
        List<Param> params = new ArrayList<>();
        Optional<String> rest = Optional.empty();
        if (!p.peek().is(")")) {
            do {
                if (p.accept("*")) {
                    rest = Optional.of(p.expectName("the name of the remaining arguments").text());
                    break;
                }
                String param = p.expectName("a parameter name").text();
                if (p.accept("=")) {
                    params.add(new Param(param, Optional.of(p.comparison()), false));
                } else {
                    params.add(new Param(param, Optional.empty(), p.accept("?")));
                }
            } while (p.accept(","));
        }
        p.expect(")", "close the parameter list with )");
        p.expectEnd();
        return new Signature(name, params, rest);
    }

    public Optional<Param> param(String parameter) {
        return params.stream().filter(q -> q.name().equals(parameter)).findFirst();
    }

    /** The canonical text: {@code conv2d(x, W, bias?, stride=1, padding=0)}. */
    @Override
    public String toString() {
        List<String> parts = params.stream().map(Param::toString).collect(Collectors.toCollection(ArrayList::new));
        rest.ifPresent(r -> parts.add("*" + r));
        return name + "(" + String.join(", ", parts) + ")";
    }
}
