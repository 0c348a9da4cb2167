package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An assignment as the grader knows it: problems, parts, points and grading rules. */
public record Rubric(String id, String title, GradingDefaults defaults, List<Problem> problems) {

    public Rubric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaults, "defaults");
        problems = List.copyOf(problems);
    }

    public Stream<Part> parts() {
        return problems.stream().flatMap(p -> p.parts().stream());
    }


    /** The part with this id; a result's part ids always come from its rubric. */
    public Part part(String id) {
        return parts().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + id + " in rubric " + this.id));
    }
}
