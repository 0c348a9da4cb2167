package org.hwgrade;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the package dependencies pointing one way: model at the bottom, the CLI at the top, and
 * only the CLI printing or exiting.
 */
@AnalyzeClasses(packages = "org.hwgrade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.hwgrade.model..")
            .layer("latex").definedBy("org.hwgrade.latex..")
            .layer("rubric").definedBy("org.hwgrade.rubric..")
            .layer("formula").definedBy("org.hwgrade.formula..")
            .layer("ops").definedBy("org.hwgrade.ops..")
            .layer("solver").definedBy("org.hwgrade.solver..")
            .layer("symbolic").definedBy("org.hwgrade.symbolic..")
            .layer("submission").definedBy("org.hwgrade.submission..")
            .layer("lms").definedBy("org.hwgrade.lms..")
            .layer("compare").definedBy("org.hwgrade.compare..")
            .layer("report").definedBy("org.hwgrade.report..")
            .layer("grading").definedBy("org.hwgrade.grading..")
            .layer("bench").definedBy("org.hwgrade.bench..")
            .layer("cli").definedBy("org.hwgrade.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("grading").mayOnlyBeAccessedByLayers("bench", "cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("grading", "bench", "cli")
            .whereLayer("compare").mayOnlyBeAccessedByLayers("report", "grading")
            .whereLayer("submission").mayOnlyBeAccessedByLayers("grading", "bench")
            .whereLayer("lms").mayOnlyBeAccessedByLayers("grading", "cli")
            .whereLayer("symbolic").mayOnlyBeAccessedByLayers("compare", "submission", "grading")
            .whereLayer("formula").mayOnlyBeAccessedByLayers("ops", "rubric", "solver", "symbolic", "submission",
                    "compare", "report", "grading", "bench", "cli")
            .whereLayer("ops").mayOnlyBeAccessedByLayers("rubric", "solver", "compare", "grading", "bench", "cli")
            .whereLayer("solver").mayOnlyBeAccessedByLayers("compare", "grading", "bench", "cli")
            .whereLayer("rubric").mayOnlyBeAccessedByLayers("grading", "cli")
            .whereLayer("latex").mayOnlyBeAccessedByLayers("submission", "symbolic")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = noClasses().that().resideInAPackage("org.hwgrade.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.hwgrade.model..", "java..");

    /** The one LaTeX front end sits just above the model, so both readers can share it. */
    @ArchTest
    static final ArchRule latexUsesOnlyTheModelAndTheJdk = noClasses().that().resideInAPackage("org.hwgrade.latex..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.hwgrade.latex..", "org.hwgrade.model..",
                    "java..");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("org.hwgrade.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class);
}
