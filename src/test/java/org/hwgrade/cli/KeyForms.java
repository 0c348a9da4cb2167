package org.hwgrade.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.grading.Assignment;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Value;
import org.hwgrade.report.Escape;
import org.hwgrade.report.ValueJson;

/** A rubric's key values in every form the reports print values in, to search outputs for leaks. */
final class KeyForms {

    /** Long enough not to be part of any text by chance (a score "2/2", a part id "1a"). */
    private static final int ALONE = 4;

    private KeyForms() {
    }

    /** The key of a rubric that is the same for every student. */
    static Set<String> of(String rubric) {
        return of(Assignment.load(Path.of(rubric)).solved().key().answers().values());
    }

    /**
     * Each value as toString (text, JUnit, JUnit bodies), as Markdown escapes it, its first characters
     * (a long value cut to fit a line), as compact and pretty-printed JSON, and a rational as a decimal;
     * a form shorter than {@value #ALONE} characters only where a key is labelled ("Expected: `9`",
     * {@code "expected" : 9}), since alone it would be found in any text.
     */
    static Set<String> of(Collection<Value> key) {
        Set<String> forms = new LinkedHashSet<>();
        for (Value v : key) {
            Set<String> plain = new LinkedHashSet<>();
            plain.add(v.toString());
            plain.add(Escape.markdownInline(v.toString()));
            plain.add(v.toString().substring(0, Math.min(12, v.toString().length())));
            if (v instanceof Scalar s && s.num() instanceof Rational r && !r.isInteger()) {
                decimal(r).ifPresent(plain::add);
            }
            forms.add("Expected: " + Escape.markdownCode(v.toString()));
            if (!(v instanceof Expression)) {
                JsonNode json = ValueJson.of(v);
                plain.add(json.toString());
                plain.add(json.toString().replace(",", ", "));
                forms.add("\"expected\":" + json);
                forms.add("\"expected\" : " + json.toString().replace(",", ", "));
            }
            plain.removeIf(form -> form.length() < ALONE);
            forms.addAll(plain);
        }
        return forms;
    }

    private static Optional<String> decimal(Rational r) {
        try {
            return Optional.of(new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator())).toPlainString());
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }
}
