package org.hwgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.hwgrade.compare.SymbolicCheckerJudge;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.rubric.RubricLoader;
import org.hwgrade.rubric.RubricLocator;
import org.hwgrade.solver.SolvedRubric;
import org.hwgrade.solver.Solver;
import org.hwgrade.solver.VariantDrawer;

/**
 * A rubric loaded and solved once: the key and every misconception's answers are computed here,
 * and symbolic problems' declarations read, never per student. {@code sha256} identifies the exact
 * rubric file a result was graded with. A student-safe rubric has no key: it is only read
 * ({@code key} empty), which is all `check` needs below {@code --reveal correctness}.
 */
public record Assignment(Path file, Rubric rubric, Optional<SolvedRubric> key, String sha256,
        Optional<VariantKeys> variants) {

    public static Assignment load(Path rubricFile) {
        Rubric rubric = RubricLoader.load(rubricFile);
        if (rubric.studentSafe()) {
            return new Assignment(rubricFile, rubric, Optional.empty(), sha256(rubricFile), Optional.empty());
        }
        if (VariantDrawer.hasDraws(rubric)) {
            VariantKeys keys = new VariantKeys(rubric);
            try {
                keys.of(rubric.id()); // one draw, so that a broken rubric fails here and not on the first student
                SymbolicCheckerJudge.requireReadableDeclarations(rubric);
            } catch (RubricException e) {
                throw RubricLocator.locate(rubricFile, e);
            }
            return new Assignment(rubricFile, rubric, Optional.empty(), sha256(rubricFile), Optional.of(keys));
        }
        SolvedRubric solved;
        try {
            solved = Solver.solve(rubric);
            SymbolicCheckerJudge.requireReadableDeclarations(rubric);
        } catch (RubricException e) {
            throw RubricLocator.locate(rubricFile, e);
        }
        return new Assignment(rubricFile, rubric, Optional.of(solved), sha256(rubricFile), Optional.empty());
    }

    /**
     * The same assignment with Canvas's id for it (`grade --canvas-assignment-id`), which wins over
     * the rubric's {@code lms: {canvas_assignment_id}}: canvas.csv's column becomes "Title (id)".
     */
    public Assignment withCanvasAssignmentId(String id) {
        if (!id.matches("\\d{1,19}")) {
            throw new HwgradeException("--canvas-assignment-id '" + id + "' is not a Canvas assignment id",
                    new HwgradeException.Location(file.toString(), 0, 0),
                    "give the number in the assignment's address, .../assignments/12345 → 12345");
        }
        return new Assignment(file, rubric.withDelivery(rubric.delivery().withCanvasAssignmentId(id)), key, sha256, variants);
    }

    /** @throws HwgradeException for a student-safe rubric, which holds no key to grade or solve with */
    public SolvedRubric solved() {
        if (variants.isPresent()) {
            throw new HwgradeException(rubric.id() + " draws its givens for each student: it has a key per student",
                    new HwgradeException.Location(file.toString(), 0, 0),
                    "`hwgrade variants RUBRIC ROSTER --out sheets/` writes each student's sheet and key");
        }
        return key.orElseThrow(() -> new HwgradeException(rubric.id() + " is a student-safe rubric (public: true): it holds no key",
                new HwgradeException.Location(file.toString(), 0, 0),
                "use the full rubric to solve or grade; with this one, `check` reads at --reveal none or found"));
    }

    /** Whether it can grade: it has a key, or a key for each student (a student-safe rubric has neither). */
    public boolean gradable() {
        return key.isPresent() || variants.isPresent();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new HwgradeException("cannot read the rubric: " + e.getMessage(),
                    new HwgradeException.Location(file.toString(), 0, 0), null, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
