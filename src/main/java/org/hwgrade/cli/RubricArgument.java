package org.hwgrade.cli;

import java.nio.file.Path;
import org.hwgrade.grading.Assignment;
import picocli.CommandLine.Parameters;

/** The RUBRIC argument that every command takes first, and loading it. */
final class RubricArgument {

    @Parameters(index = "0", paramLabel = "RUBRIC", description = "the rubric file (YAML), e.g. rubrics/dl-hw3.yaml")
    private Path rubric;

    /** Loads and solves the rubric; a broken one is a HwgradeException, reported by Main with exit 2. */
    Assignment load() {
        return Assignment.load(rubric);
    }
}
