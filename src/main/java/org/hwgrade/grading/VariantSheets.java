package org.hwgrade.grading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwgrade.lms.Roster;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.report.AnswerKeyReport;
import org.hwgrade.report.FeedbackFileNames;
import org.hwgrade.report.Json;
import org.hwgrade.solver.StudentVariant;

/**
 * `hwgrade variants`: for each student of the roster, their problem sheet (NAME.md, NAME.tex) and
 * their key (NAME.key.txt), and the class key index keys.json ({"assignment", "students": [{"id",
 * "variant", "sheet", "key": {part: value}}]}) for the teaching staff. NAME is the student's id made
 * safe as a file name.
 */
public final class VariantSheets {

    private VariantSheets() {
    }

    /** @return the number of students written */
    public static int write(Assignment assignment, Roster roster, Path outDir) {
        VariantKeys keys = assignment.variants().orElseThrow(() -> new HwgradeException(
                assignment.rubric().id() + " draws no given for each student: every student has the same sheet",
                new HwgradeException.Location(assignment.file().toString(), 0, 0),
                "declare drawn givens ({integers: [lo, hi]}, {choice: [...]}; docs/rubric.md, Variants)", null));
        List<String> ids = roster.rows().stream().map(Roster.Row::id).toList();
        List<String> names = FeedbackFileNames.assign(ids);
        ObjectNode index = Json.MAPPER.createObjectNode();
        index.put("assignment", assignment.rubric().id());
        var students = index.putArray("students");
        try {
            Files.createDirectories(outDir);
            for (int i = 0; i < ids.size(); i++) {
                StudentVariant v = keys.of(ids.get(i));
                String name = names.get(i);
                Files.writeString(outDir.resolve(name + ".md"), VariantSheet.markdown(v), StandardCharsets.UTF_8);
                Files.writeString(outDir.resolve(name + ".tex"), VariantSheet.latex(v), StandardCharsets.UTF_8);
                Files.writeString(outDir.resolve(name + ".key.txt"),
                        AnswerKeyReport.text(v.solved().rubric(), v.solved().key()), StandardCharsets.UTF_8);
                ObjectNode s = students.addObject();
                s.put("id", v.student());
                s.put("variant", v.seed().id());
                s.put("sheet", name + ".md");
                s.set("key", Json.MAPPER.readTree(AnswerKeyReport.json(v.solved().rubric(), v.solved().key())).get("parts"));
            }
            Files.writeString(outDir.resolve("keys.json"), Json.pretty(index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HwgradeException("cannot write the sheets: " + e.getMessage(),
                    new HwgradeException.Location(outDir.toString(), 0, 0), "check that the folder is writable", e);
        }
        return ids.size();
    }
}
