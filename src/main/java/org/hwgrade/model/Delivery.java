package org.hwgrade.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rubric says about handing the assignment in and its grades out, rather than about
 * grading the answers: the late policy ({@code late:}) and the assignment's id in a learning
 * system ({@code lms: {canvas_assignment_id}}), which canvas.csv puts in its column header.
 */
public record Delivery(Optional<LatePolicy> late, Optional<String> canvasAssignmentId) {

    public static final Delivery NONE = new Delivery(Optional.empty(), Optional.empty());

    public Delivery {
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(canvasAssignmentId, "canvasAssignmentId");
    }

    public Delivery withCanvasAssignmentId(String id) {
        return new Delivery(late, Optional.of(id));
    }
}
