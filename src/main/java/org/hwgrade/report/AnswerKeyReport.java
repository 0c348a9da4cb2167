package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hwgrade.compare.Fractions;
import org.hwgrade.compare.ScoreFormat;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;

/** The answer key, as `hwgrade solve` prints it: a readable listing or JSON. */
public final class AnswerKeyReport {

    private AnswerKeyReport() {
    }

    /** {"assignment": ID, "parts": {"2a": {"kind": "matrix", "points": 3, "value": [[4, 2], [-2, -6]]}, ...}}. */
    public static String json(Rubric rubric, AnswerKey key) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("assignment", rubric.id());
        ObjectNode parts = root.putObject("parts");
        rubric.parts().forEach(part -> {
            ObjectNode p = parts.putObject(part.id());
            p.put("kind", part.kind().key());
            p.set("points", ValueJson.of(part.points()));
            p.set("value", ValueJson.of(key.answer(part.id())));
        });
        return Json.pretty(root);
    }

    public static String text(Rubric rubric, AnswerKey key) {
        StringBuilder sb = new StringBuilder();
        String total = ScoreFormat.display(Fractions.sum(rubric.parts().map(Part::points).toList()));
        sb.append(rubric.id()).append(": ").append(rubric.title())
                .append(" (").append(rubric.parts().count()).append(" parts, ").append(total).append(" points)\n");
        for (Problem problem : rubric.problems()) {
            sb.append('\n').append("Problem ").append(problem.id()).append(": ").append(problem.title()).append('\n');
            int width = problem.parts().stream().mapToInt(p -> p.title().length()).max().orElse(0);
            for (Part part : problem.parts()) {
                sb.append(String.format("  %-4s %-" + width + "s  %4s pts  %s%n", part.id(), part.title(),
                        part.points(), key.answer(part.id())));
            }
        }
        return sb.toString().replace(System.lineSeparator(), "\n");
    }
}
