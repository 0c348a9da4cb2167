package org.hwgrade.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Value;
import org.hwgrade.submission.Syntax;
import org.hwgrade.submission.ValuePrinter;

/**
 * An answer file for a rubric that the reader reads with certainty: one heading per problem, one
 * marker and one label per part, each answer after its label's '='. A TA hands it out so that
 * students write their answers where the grader looks; filled with the key it is a model solution
 * (and the test that every rubric's template grades full).
 */
public final class AnswerTemplate {

    /** The file formats a template is written in. */
    public enum Format {
        MD, TEX, YAML, IPYNB;

        /** The file extension. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerTemplate() {
    }

    /** The template; with {@code key}, every answer is filled in with the key's value. */
    public static String write(Rubric rubric, Format format, Optional<AnswerKey> key) {
        return switch (format) {
            case MD -> markdown(rubric, key);
            case TEX -> latex(rubric, key);
            case YAML -> yaml(rubric, key);
            case IPYNB -> notebook(rubric, key);
        };
    }

    private static String markdown(Rubric rubric, Optional<AnswerKey> key) {
        StringBuilder b = new StringBuilder(markdownHeader(rubric));
        rubric.problems().forEach(p -> b.append(markdown(p, key)));
        return b.toString();
    }

    private static String markdownHeader(Rubric rubric) {
        return "# " + oneLine(rubric.title()) + "\n\nName: \nStudent ID: \n\n"
                + "<!-- Write each answer after its '=' on the same line; keep the headings, the (a) markers and the labels. -->\n\n";
    }

    private static String markdown(Problem p, Optional<AnswerKey> key) {
        StringBuilder b = new StringBuilder();
        b.append("## Problem ").append(p.id()).append(": ").append(oneLine(p.title())).append("\n\n");
        for (Part part : p.parts()) {
            marker(p, part).ifPresent(m -> b.append(m).append("\n\n"));
            b.append("$").append(label(part)).append(" = ").append(value(part, key, true)).append("$\n\n");
        }
        return b.toString();
    }

    /** A notebook (nbformat 4) of Markdown cells: the header, then one cell per problem. */
    private static String notebook(Rubric rubric, Optional<AnswerKey> key) {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        cell(cells, markdownHeader(rubric));
        rubric.problems().forEach(p -> cell(cells, markdown(p, key)));
        nb.putObject("metadata");
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(nb) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }

    private static void cell(ArrayNode cells, String markdown) {
        ObjectNode c = cells.addObject();
        c.put("cell_type", "markdown");
        c.putObject("metadata");
        ArrayNode source = c.putArray("source");
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i < lines.length - 1) {
                source.add(lines[i] + "\n");
            } else if (!lines[i].isEmpty()) {
                source.add(lines[i]);
            }
        }
    }

    private static String latex(Rubric rubric, Optional<AnswerKey> key) {
        StringBuilder b = new StringBuilder();
        b.append("% Write each answer after its '=' on the same line; keep the sections, the (a) items and the labels.\n");
        b.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\title{").append(oneLine(rubric.title()))
                .append("}\n\\author{Name, Student ID}\n\\begin{document}\n\\maketitle\n\n");
        for (Problem p : rubric.problems()) {
            b.append("\\section*{Problem ").append(p.id()).append("}\n% ").append(oneLine(p.title())).append('\n');
            for (Part part : p.parts()) {
                marker(p, part).ifPresent(m -> b.append("\\noindent ").append(m).append("\n\n"));
                b.append("$").append(label(part)).append(" = ").append(value(part, key, true)).append("$\n\n");
            }
        }
        return b.append("\\end{document}\n").toString();
    }

    private static String yaml(Rubric rubric, Optional<AnswerKey> key) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(oneLine(rubric.title())).append(": write each answer after its part id.\n");
        b.append("name: \nstudent_id: \n");
        for (Problem p : rubric.problems()) {
            b.append("# Problem ").append(p.id()).append(": ").append(oneLine(p.title())).append('\n');
            for (Part part : p.parts()) {
                b.append(quoted(part.id())).append(": ");
                String v = value(part, key, false);
                b.append(v.isEmpty() || isYamlValue(key.flatMap(k -> k.find(part.id())).orElse(null)) ? v : quoted(v)).append('\n');
            }
        }
        return b.toString();
    }

    /** "(a)" for part "2a" of problem "2"; none when the part's id does not end in one letter after the problem's. */
    private static Optional<String> marker(Problem p, Part part) {
        String m = part.marker(p.id());
        return m.length() == 1 && Character.isLetter(m.charAt(0)) ? Optional.of("(" + m + ")") : Optional.empty();
    }

    /** The part's first label, else its id. */
    private static String label(Part part) {
        return part.writtenLabels().get(0);
    }

    /** The key's value as a student writes it (LaTeX in Markdown and LaTeX files), or nothing. */
    private static String value(Part part, Optional<AnswerKey> key, boolean latex) {
        if (key.isEmpty() || key.get().find(part.id()).isEmpty()) {
            return ""; // no key, or a part a person grades
        }
        Value v = key.get().answer(part.id());
        if (v instanceof Expression e) {
            return e.source();
        }
        if (latex && ValuePrinter.supports(v, Syntax.LATEX)) {
            return ValuePrinter.print(v, Syntax.LATEX);
        }
        return ValuePrinter.print(v, v instanceof Shape ? Syntax.TUPLE : Syntax.NUMPY);
    }

    /** Numbers and lists are YAML as numpy writes them; fractions, shapes, expressions and option letters are strings. */
    private static boolean isYamlValue(Value v) {
        return v != null && !(v instanceof Expression) && !(v instanceof Shape) && !(v instanceof Choice)
                && !v.toString().contains("/");
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
