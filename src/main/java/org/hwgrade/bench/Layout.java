package org.hwgrade.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Value;
import org.hwgrade.submission.Syntax;
import org.hwgrade.submission.ValuePrinter;

/**
 * How a generated hand-in is laid out, after the layouts of submissions-sample/ (docs/samples.md):
 * Markdown with LaTeX math, a LaTeX document, plain text with numpy/MATLAB values, or a YAML answer
 * file. Each pads itself with prose to a random size of 2–10 KB.
 */
public enum Layout {
    MARKDOWN("md"), LATEX("tex"), PLAIN("txt"), YAML("yaml");

    private static final int MIN_BYTES = 2 * 1024;
    private static final int MAX_BYTES = 10 * 1024;

    private final String extension;

    Layout(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    String render(String student, Map<String, ClassGenerator.Written> answers, SplittableRandom rnd) {
        List<List<ClassGenerator.Written>> problems = byProblem(answers);
        List<StringBuilder> blocks = new ArrayList<>();
        StringBuilder header = new StringBuilder(header(student, rnd));
        blocks.add(header);
        for (List<ClassGenerator.Written> problem : problems) {
            blocks.add(new StringBuilder(heading(problem.get(0).problem(), rnd)));
        }
        List<String> bodies = new ArrayList<>();
        for (List<ClassGenerator.Written> problem : problems) {
            StringBuilder body = new StringBuilder();
            for (ClassGenerator.Written w : problem) {
                if (w.value() != null) {
                    body.append(answer(w, rnd));
                }
            }
            bodies.add(this == LATEX && body.length() > 0
                    ? "\\begin{enumerate}\n" + body + "\\end{enumerate}\n\n" : body.toString());
        }
        int size = blocks.stream().mapToInt(StringBuilder::length).sum() + bodies.stream().mapToInt(String::length).sum();
        int target = MIN_BYTES + rnd.nextInt(MAX_BYTES - MIN_BYTES);
        String prefix = this == YAML ? "# " : this == LATEX && rnd.nextBoolean() ? "% " : "";
        while (size < target) {
            // Prose goes after the header or right after a heading: never inside a part's region.
            String p = Filler.paragraph(rnd, prefix) + "\n";
            blocks.get(rnd.nextInt(blocks.size())).append(p);
            size += p.length();
        }
        StringBuilder out = new StringBuilder(blocks.get(0));
        for (int i = 0; i < problems.size(); i++) {
            out.append(blocks.get(i + 1)).append(bodies.get(i));
        }
        return out.append(footer()).toString();
    }

    private static List<List<ClassGenerator.Written>> byProblem(Map<String, ClassGenerator.Written> answers) {
        List<List<ClassGenerator.Written>> out = new ArrayList<>();
        Problem current = null;
        for (ClassGenerator.Written w : answers.values()) {
            if (w.problem() != current) {
                out.add(new ArrayList<>());
                current = w.problem();
            }
            out.get(out.size() - 1).add(w);
        }
        return out;
    }

    private String header(String student, SplittableRandom rnd) {
        String id = Integer.toString(20180000 + rnd.nextInt(70000));
        return switch (this) {
            case MARKDOWN -> "# Deep Learning, Written Homework 3\n\nName: " + student + "\nStudent ID: " + id + "\n\n";
            case LATEX -> "\\documentclass{article}\n\\usepackage{amsmath}\n\\title{Homework 3}\n\\author{" + student
                    + " (" + id + ")}\n\\begin{document}\n\\maketitle\n\n";
            case PLAIN -> student + "  --  student no. " + id + "\nDL HW3 answers (plain text)\n\n";
            case YAML -> "# " + student + ", answers in the YAML answer format\nname: " + student + "\nstudent_id: " + id + "\n\n";
        };
    }

    private String heading(Problem problem, SplittableRandom rnd) {
        return switch (this) {
            case MARKDOWN -> (rnd.nextBoolean() ? "## Problem " : "# ") + problem.id() + "\n\n";
            case LATEX -> "\\section*{Problem " + problem.id() + "}\n";
            case PLAIN -> (rnd.nextBoolean() ? "Q" : "Problem ") + problem.id() + "\n";
            case YAML -> "";
        };
    }

    private String footer() {
        return this == LATEX ? "\\end{document}\n" : "";
    }

    private String answer(ClassGenerator.Written w, SplittableRandom rnd) {
        Part part = w.part();
        String marker = part.marker(w.problem().id());
        if (this == YAML) {
            return part.id() + ": " + yamlValue(w.value(), rnd) + "\n";
        }
        String label = label(part, this != PLAIN, rnd);
        String value = value(w.value(), rnd);
        return switch (this) {
            case MARKDOWN -> {
                String statement = label == null ? "$" + value + "$"
                        : isWords(label) ? label + " = $" + value + "$" : "$" + label + " = " + value + "$";
                yield rnd.nextBoolean() || !statement.startsWith("$")
                        ? "(" + marker + ") " + statement + "\n\n"
                        : "(" + marker + ")\n\n$" + statement + "$\n\n";
            }
            case LATEX -> "  \\item[(" + marker + ")] "
                    + (label == null ? "$" + value + "$" : isWords(label)
                            ? label + " $= " + value + "$" : "$" + label + " = " + value + "$")
                    + "\n";
            default -> (rnd.nextBoolean() ? part.id() + ") " : "(" + marker + ") ")
                    + (label == null ? value : label + " = " + value) + "\n";
        };
    }

    /** A label in words ("total"), written outside math. */
    private static boolean isWords(String label) {
        return label.length() >= 3 && label.matches("[A-Za-z ]+");
    }

    /** A label the rubric lists for the part, or null when its only label is the marker itself. */
    private static String label(Part part, boolean latexAllowed, SplittableRandom rnd) {
        List<String> usable = part.labels().stream()
                .filter(l -> !l.matches("\\(\\w+\\)"))
                .filter(l -> latexAllowed || !l.contains("\\"))
                .toList();
        return usable.isEmpty() ? null : usable.get(rnd.nextInt(usable.size()));
    }

    private String value(Value v, SplittableRandom rnd) {
        if (v instanceof Expression e) {
            return this == PLAIN ? Spellings.plain(e.source(), rnd) : Spellings.latex(e.source(), rnd);
        }
        List<Syntax> syntaxes = this == PLAIN
                ? List.of(Syntax.NUMPY, Syntax.MATLAB, Syntax.TUPLE, Syntax.PLAIN)
                : List.of(Syntax.LATEX, Syntax.TUPLE, Syntax.PLAIN);
        List<Syntax> fit = syntaxes.stream().filter(s -> ValuePrinter.supports(v, s)).toList();
        return ValuePrinter.print(v, fit.get(rnd.nextInt(fit.size())));
    }

    private static String yamlValue(Value v, SplittableRandom rnd) {
        if (v instanceof Expression e) {
            return "'" + Spellings.latex(e.source(), rnd).replace("'", "''") + "'";
        }
        if (v instanceof Scalar) {
            return ValuePrinter.print(v, Syntax.PLAIN);
        }
        if (v instanceof Shape && rnd.nextBoolean()) {
            return "\"" + ValuePrinter.print(v, Syntax.TUPLE) + "\"";
        }
        return ValuePrinter.print(v, Syntax.NUMPY);
    }
}
