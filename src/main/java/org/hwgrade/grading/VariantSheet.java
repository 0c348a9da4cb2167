package org.hwgrade.grading;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.Given;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.solver.StudentVariant;
import org.hwgrade.submission.Syntax;
import org.hwgrade.submission.ValuePrinter;

/**
 * A student's problem sheet (Markdown and LaTeX): each problem's {@code statement} with every
 * {@code {{name}}} replaced by the student's given in LaTeX (a number, a {@code bmatrix}), then its
 * parts to answer. A problem without a statement lists its givens. The sheet never holds a key.
 */
public final class VariantSheet {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private VariantSheet() {
    }

    public static String markdown(StudentVariant v) {
        Rubric rubric = v.solved().rubric();
        StringBuilder out = new StringBuilder("# ").append(rubric.title()).append("\n\n");
        out.append("Student: ").append(v.student()).append(" · variant ").append(v.seed().id()).append("\n\n");
        out.append("Write `student: ").append(v.student()).append("` at the top of your answer file.\n");
        for (Problem p : rubric.problems()) {
            out.append("\n## ").append(p.title()).append("\n\n").append(statement(p)).append("\n\n");
            for (Part part : p.parts()) {
                out.append("- **").append(part.id()).append("** (").append(points(part)).append(")")
                        .append(title(part)).append(ownGivens(part, "$")).append('\n');
            }
        }
        return out.toString();
    }

    public static String latex(StudentVariant v) {
        Rubric rubric = v.solved().rubric();
        StringBuilder out = new StringBuilder("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        out.append("\\section*{").append(latexText(rubric.title())).append("}\n");
        out.append("Student: ").append(latexText(v.student())).append(", variant \\texttt{").append(v.seed().id())
                .append("}\n");
        for (Problem p : rubric.problems()) {
            out.append("\n\\subsection*{").append(latexText(p.title())).append("}\n").append(statement(p)).append('\n');
            out.append("\\begin{itemize}\n");
            for (Part part : p.parts()) {
                out.append("\\item \\textbf{").append(latexText(part.id())).append("} (").append(points(part))
                        .append(")").append(latexText(title(part))).append(ownGivens(part, "$")).append('\n');
            }
            out.append("\\end{itemize}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    /** "1 point", "2 points", "1/2 points": exact, as the rubric gives them. */
    private static String points(Part part) {
        return part.points() + (part.points().equals(Rational.ONE) ? " point" : " points");
    }

    /** The part's title after its id, unless it is only the id again. */
    private static String title(Part part) {
        return part.title().equals(part.id()) ? "" : " " + part.title();
    }

    /** The statement with the givens in place; without a statement, the givens listed. */
    static String statement(Problem p) {
        if (p.statement().isEmpty()) {
            StringBuilder list = new StringBuilder("Given:");
            p.givens().forEach((name, g) -> list.append(" $").append(name).append(" = ").append(latex(g)).append('$'));
            return list.toString();
        }
        Matcher m = PLACEHOLDER.matcher(p.statement().strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Given g = p.givens().get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(g == null ? m.group() : latex(g)));
        }
        return m.appendTail(out).toString();
    }

    private static String ownGivens(Part part, String math) {
        StringBuilder out = new StringBuilder();
        part.givens().forEach((name, g) -> out.append(out.isEmpty() ? " with " : ", ").append(math).append(name)
                .append(" = ").append(latex(g)).append(math));
        return out.toString();
    }

    /** A given in LaTeX: numbers and matrices as such, vectors as a row, other data as text. */
    static String latex(Given g) {
        if (g instanceof Given.Of of) {
            Value value = of.value();
            if (ValuePrinter.supports(value, Syntax.LATEX)) {
                return ValuePrinter.print(value, Syntax.LATEX);
            }
            if (value instanceof Tensor t && t.rank() == 1) {
                return ValuePrinter.print(Tensor.matrix(1, t.entries().size(), t.entries()), Syntax.LATEX);
            }
            return value instanceof Scalar s ? s.num().toString() : "\\texttt{" + latexText(value.toString()) + "}";
        }
        if (g instanceof Given.Text t) {
            return "\\text{" + latexText(t.text()) + "}";
        }
        if (g instanceof Given.ListOf l) {
            return "[" + String.join(", ", l.items().stream().map(VariantSheet::latex).toList()) + "]";
        }
        if (g instanceof Given.Record r) {
            List<String> fields = r.fields().entrySet().stream().map(VariantSheet::field).toList();
            return "\\{" + String.join(", ", fields) + "\\}";
        }
        throw new IllegalArgumentException("a sheet shows a student's drawn givens, not " + g);
    }

    private static String field(Map.Entry<String, Given> e) {
        return "\\text{" + latexText(e.getKey()) + "}: " + latex(e.getValue());
    }

    /** Text set in LaTeX: its special characters escaped (ids and titles come from the rubric). */
    static String latexText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
