package org.hwgrade.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.symbolic.SymbolicResult.Status;

class SymbolicCheckerProperties {

    private static final SymbolicChecker CHECKER = new SymbolicChecker(SymbolicCheckerTest.SYMBOLS, SymbolicCheckerTest.DEFINITIONS);

    /** A factor of known shape; dimensions are "1", "m" or "n". */
    record Factor(String rows, String cols, String text) {
    }

    private static final List<Factor> FACTORS = List.of(
            new Factor("m", "1", "s"), new Factor("m", "1", "\\mathbf{e}_y"), new Factor("m", "1", "l"),
            new Factor("m", "1", "(W x)"), new Factor("1", "m", "s^T"), new Factor("1", "m", "e_y^\\top"),
            new Factor("n", "1", "x"), new Factor("1", "n", "x^T"), new Factor("m", "n", "W"),
            new Factor("n", "m", "W^T"), new Factor("m", "m", "\\operatorname{diag}(s)"),
            new Factor("m", "m", "diag(l)"), new Factor("n", "n", "(W^T W)"), new Factor("n", "n", "x x'"),
            new Factor("1", "1", "s_y"), new Factor("1", "1", "\\frac{1}{s_y}"), new Factor("1", "1", "x_2"),
            new Factor("1", "1", "2"), new Factor("1", "1", "(s^T e_y)"));

    /** One signed term: a chain of factors whose shapes fit, from {@code rows} to {@code cols}. */
    record Term(boolean negative, List<String> factors) {
    }

    /** A sum of terms of one shape, and a seed to re-associate and re-order it with. */
    record Expression(List<Term> terms, long shuffleSeed) {

        /** Left to right, products written by juxtaposition. */
        String plain() {
            StringBuilder text = new StringBuilder();
            for (Term term : terms) {
                text.append(term.negative() ? " - " : text.length() == 0 ? "" : " + ");
                text.append(String.join(" ", term.factors()));
            }
            return text.toString();
        }

        /** The same sum, terms in another order, sums and products grouped at random. */
        String regrouped() {
            Random random = new Random(shuffleSeed);
            List<Term> shuffled = new ArrayList<>(terms);
            Collections.shuffle(shuffled, random);
            return group(shuffled.stream().map(term -> (term.negative() ? "-" : "") + product(term.factors(), random))
                    .toList(), " + ", random);
        }

        private static String product(List<String> factors, Random random) {
            return group(factors, random.nextBoolean() ? " \\cdot " : " ", random);
        }

        private static String group(List<String> parts, String operator, Random random) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            int split = 1 + random.nextInt(parts.size() - 1);
            String open = random.nextBoolean() ? "\\left(" : "(";
            String close = open.equals("(") ? ")" : "\\right)";
            return open + group(parts.subList(0, split), operator, random) + close + operator
                    + open + group(parts.subList(split, parts.size()), operator, random) + close;
        }
    }

    @Provide
    Arbitrary<Expression> sums() {
        Arbitrary<String> dims = Arbitraries.of("1", "m", "n");
        return Combinators.combine(dims, dims, Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as((rows, cols, count, seed) -> {
                    Random random = new Random(seed);
                    List<Term> terms = new ArrayList<>();
                    for (int t = 0; t < count; t++) {
                        terms.add(new Term(random.nextBoolean(), chain(rows, cols, 1 + random.nextInt(4), random)));
                    }
                    return new Expression(terms, seed * 31 + 7);
                });
    }

    private static List<String> chain(String rows, String cols, int length, Random random) {
        List<String> factors = new ArrayList<>();
        String at = rows;
        for (int k = 1; k < length; k++) {
            String from = at;
            List<Factor> fitting = FACTORS.stream().filter(f -> f.rows().equals(from)).toList();
            Factor next = fitting.get(random.nextInt(fitting.size()));
            factors.add(next.text());
            at = next.cols();
        }
        String from = at;
        List<Factor> closing = FACTORS.stream().filter(f -> f.rows().equals(from) && f.cols().equals(cols)).toList();
        factors.add(closing.get(random.nextInt(closing.size())).text());
        return factors;
    }

    @Property(tries = 100)
    void aSumStaysEquivalentWhenReorderedAndRegrouped(@ForAll("sums") Expression expression) {
        SymbolicResult result = CHECKER.check(expression.regrouped(), expression.plain(), "property");
        assertEquals(Status.EQUIVALENT, result.status(),
                () -> expression.regrouped() + " vs " + expression.plain() + ": " + result.detail());
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSameVerdict(@ForAll("sums") Expression answer, @ForAll("sums") Expression key,
            @ForAll String seedLabel) {
        SymbolicResult first = new SymbolicChecker(SymbolicCheckerTest.SYMBOLS, SymbolicCheckerTest.DEFINITIONS)
                .check(answer.regrouped(), key.plain(), seedLabel);
        SymbolicResult second = new SymbolicChecker(SymbolicCheckerTest.SYMBOLS, SymbolicCheckerTest.DEFINITIONS)
                .check(answer.regrouped(), key.plain(), seedLabel);
        assertEquals(first, second);
    }

    @Property
    void arbitraryStringsGiveAVerdict(@ForAll String text) {
        assertReadsSafely(text);
    }

    @Provide
    Arbitrary<String> latexSoup() {
        return Arbitraries.of("\\frac", "{", "}", "s", "x", "W", "l", "e_y", "E", "_", "^", "T", "\\top", "'", "(", ")",
                        "[", "]", "\\left(", "\\right)", "-", "+", "*", "/", "\\cdot", "\\odot", "\\times", "1", "0", "-1",
                        "y", "i", "j", "m", "n", "\\delta", "diag", "\\operatorname{diag}", "\\mathbf{", "\\text{",
                        "\\begin{bmatrix}", "\\end{bmatrix}", "&", "\\\\", "\\vdots", "\\cdots", "\\ddots", "=", " ",
                        "\\exp", "\\log", "softmax", "onehot(", "1_", "$$", "\\sum", "ᵀ", "−", "…")
                .list().ofMaxSize(60)
                .map(tokens -> String.join("", tokens));
    }

    @Property(tries = 500)
    void latexSoupGivesAVerdict(@ForAll("latexSoup") String text) {
        assertReadsSafely(text);
    }

    private static void assertReadsSafely(String text) {
        SymbolicResult result = CHECKER.check(text, "diag(s) - s s^T", "soup");
        assertFalse(result.detail().startsWith("internal error"), () -> text + ": " + result.detail());
    }
}
