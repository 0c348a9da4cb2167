package org.hwgrade.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.lms.Roster;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;
import org.hwgrade.solver.StudentVariant;
import org.hwgrade.solver.VariantDrawer;

/**
 * The keys of a rubric that draws its givens per student: each student's variant is drawn and
 * solved the first time the student is met, then kept, so a key is computed once per student
 * however often the class is graded in one run.
 */
public final class VariantKeys {

    private final Rubric template;
    private final Map<String, StudentVariant> drawn = new ConcurrentHashMap<>();

    VariantKeys(Rubric template) {
        this.template = template;
    }

    /** The student's variant (drawn on first use). */
    public StudentVariant of(String student) {
        return drawn.computeIfAbsent(student, s -> VariantDrawer.draw(template, s));
    }

    /**
     * Whose numbers the hand-in answers: the roster's id when the hand-in matched the roster, else
     * the id in the file's header ({@code student: s123}), else the hand-in's name (s123.md). With a
     * roster, only its ids count: a hand-in it does not know is nobody's, and goes to review rather
     * than be graded against numbers that may be someone else's.
     */
    static Optional<String> studentOf(Submission s, Optional<Roster> roster) {
        if (s.info().id().isPresent()) {
            return s.info().id();
        }
        List<String> candidates = new ArrayList<>();
        s.header().map(VariantKeys::headerId).filter(h -> !h.isEmpty()).ifPresent(candidates::add);
        candidates.add(s.student());
        if (roster.isEmpty()) {
            return Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(id -> roster.get().rows().stream().anyMatch(r -> r.id().equals(id))).findFirst();
    }

    /** "student: s123" → "s123": the header line without its label. */
    private static String headerId(String header) {
        return header.replaceFirst("^[^:：]*[:：]", "").strip();
    }
}
