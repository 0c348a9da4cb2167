package org.hwgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hwgrade.compare.SymbolicCheckerJudge;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.rubric.RubricLoader;
import org.hwgrade.rubric.RubricLocator;
import org.hwgrade.solver.SolvedRubric;
import org.hwgrade.solver.Solver;

/**
 * A rubric loaded and solved once: the key and every misconception's answers are computed here,
 * and symbolic problems' declarations read, never per student. {@code sha256} identifies the exact rubric file a result was graded with.
 */
public record Assignment(Path file, Rubric rubric, SolvedRubric solved, String sha256) {

    public static Assignment load(Path rubricFile) {
        Rubric rubric = RubricLoader.load(rubricFile);
        SolvedRubric solved;
        try {
            solved = Solver.solve(rubric);
            SymbolicCheckerJudge.requireReadableDeclarations(rubric);
        } catch (RubricException e) {
            throw RubricLocator.locate(rubricFile, e);
        }
        return new Assignment(rubricFile, rubric, solved, sha256(rubricFile));
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
