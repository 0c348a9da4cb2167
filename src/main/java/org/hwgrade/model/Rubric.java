package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An assignment as the grader knows it: problems, parts, points and grading rules. A
 * {@code studentSafe} rubric (`hwgrade rubric public`) keeps only what reading needs (part ids,
 * titles, labels, kinds, points, given and symbol names): it has no key and cannot be solved.
 */
public record Rubric(String id, String title, GradingDefaults defaults, List<Problem> problems, boolean studentSafe,
        Delivery delivery) {

    public Rubric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaults, "defaults");
        problems = List.copyOf(problems);
    }

    /** A rubric that says nothing about late hand-ins or learning systems. */
    public Rubric(String id, String title, GradingDefaults defaults, List<Problem> problems, boolean studentSafe) {
        this(id, title, defaults, problems, studentSafe, Delivery.NONE);
    }

    /** A full rubric: givens, quantities and misconceptions, from which the key is computed. */
    public Rubric(String id, String title, GradingDefaults defaults, List<Problem> problems) {
        this(id, title, defaults, problems, false);
    }

    /** The same rubric, delivered otherwise (a --canvas-assignment-id given on the command line). */
    public Rubric withDelivery(Delivery newDelivery) {
        return new Rubric(id, title, defaults, problems, studentSafe, newDelivery);
    }

    public Stream<Part> parts() {
        return problems.stream().flatMap(p -> p.parts().stream());
    }

    /**
     * The part with this id; a result's part ids always come from its rubric. Plain loops, not a
     * stream: every report asks this for every part of every student.
     */
    public Part part(String id) {
        for (Problem problem : problems) {
            for (Part part : problem.parts()) {
                if (part.id().equals(id)) {
                    return part;
                }
            }
        }
        throw new IllegalArgumentException("no part " + id + " in rubric " + this.id);
    }
}
