package org.hwgrade.grading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.compare.Fractions;
import org.hwgrade.report.ScoreFormat;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Match;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.ReportGeneration;

/**
 * The review decisions a person wrote into {@code OUT/overrides.yaml} (or {@code overrides.csv}):
 * per student and part a score, a comment for the student, who decided, and the hash of the answer
 * it was decided for ({@link AnswerHash}; `hwgrade review` prints it). `grade` reads the file on
 * every run and never writes it, so a decision survives every regrade. A decision whose answer has
 * changed since is not applied: the part goes back to review, saying so.
 */
final class Overrides {

    static final List<String> COLUMNS = List.of("student", "part", "score", "comment", "who", "answer_sha256");

    /** One decision, and where it was written (for error messages). */
    record Decision(String student, String part, Rational score, String comment, String who, String answerSha256) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, Map<String, Decision>> byStudent;

    private Overrides(Map<String, Map<String, Decision>> byStudent) {
        this.byStudent = byStudent;
    }

    static final Overrides NONE = new Overrides(Map.of());

    /** The decisions in {@code outDir}, checked against the rubric; none when there is no file. */
    static Overrides load(Path outDir, Rubric rubric) {
        List<Path> present = ReportGeneration.OVERRIDES.stream().map(outDir::resolve)
                .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        if (present.isEmpty()) {
            return NONE;
        }
        if (present.size() > 1) {
            throw new HwgradeException("both overrides.yaml and overrides.csv are present",
                    new HwgradeException.Location(outDir.toString(), 0, 0), "keep the decisions in one of them");
        }
        Path file = present.get(0);
        Map<String, Map<String, Decision>> decisions = new HashMap<>();
        for (Located d : file.toString().endsWith(".csv") ? readCsv(file) : readYaml(file)) {
            Decision decision = check(file, d, rubric);
            Decision earlier = decisions.computeIfAbsent(decision.student(), s -> new HashMap<>()).put(decision.part(), decision);
            if (earlier != null) {
                throw error(file, d.line(), "a second decision for student " + decision.student() + ", part " + decision.part(),
                        "keep one decision per student and part");
            }
        }
        return new Overrides(decisions);
    }

    /**
     * The result with each decided part scored as decided ({@code matched: override}), or sent back
     * to review when the answer has changed since; the total summed again, exactly.
     */
    SubmissionResult apply(SubmissionResult r) {
        Map<String, Decision> mine = byStudent.get(r.student());
        if (mine == null) {
            return r;
        }
        List<PartResult> parts = new ArrayList<>();
        for (PartResult p : r.parts()) {
            Decision d = mine.get(p.partId());
            parts.add(d == null ? p : decide(p, d));
        }
        return new SubmissionResult(r.submission(), parts, Fractions.sum(parts.stream().map(PartResult::score).toList()),
                r.maxScore(), r.late(), r.variant());
    }

    private static PartResult decide(PartResult p, Decision d) {
        if (!AnswerHash.matches(AnswerHash.of(p), d.answerSha256())) {
            List<String> feedback = new ArrayList<>();
            feedback.add("This answer changed after it was scored in review (" + d.who() + " gave "
                    + ScoreFormat.display(d.score(), p.maxScore()) + " for an earlier answer): it waits for review again.");
            feedback.addAll(p.feedback());
            return new PartResult(p.partId(), p.score(), p.maxScore(), Verdict.REVIEW, p.matched(), p.received(),
                    p.expected(), feedback, p.source());
        }
        Verdict verdict = d.score().equals(p.maxScore()) ? Verdict.CORRECT
                : d.score().signum() == 0 ? Verdict.INCORRECT : Verdict.PARTIAL;
        List<String> feedback = new ArrayList<>();
        if (!d.comment().isBlank()) {
            feedback.add(d.comment().strip());
        }
        feedback.add("Scored in review by " + d.who() + ".");
        return new PartResult(p.partId(), d.score(), p.maxScore(), verdict, new Match.Overridden(d.who()), p.received(),
                p.expected(), feedback, p.source());
    }

    /** The fields of one decision as written, and the line it starts on. */
    private record Located(Map<String, String> fields, int line) {
    }

    private static Decision check(Path file, Located d, Rubric rubric) {
        Map<String, String> f = d.fields();
        for (String required : List.of("student", "part", "score", "who", "answer_sha256")) {
            if (f.getOrDefault(required, "").isBlank()) {
                throw error(file, d.line(), "this decision has no " + required,
                        "give student, part, score, who and answer_sha256 (copy the stanza `hwgrade review` prints)");
            }
        }
        Optional<Part> part = rubric.parts().filter(p -> p.id().equals(f.get("part").strip())).findFirst();
        if (part.isEmpty()) {
            throw error(file, d.line(), "the rubric has no part '" + f.get("part") + "'",
                    "use a part id of the rubric, e.g. " + rubric.parts().findFirst().map(Part::id).orElse("1a"));
        }
        Rational score = score(file, d.line(), f.get("score"));
        if (score.signum() < 0 || score.compareTo(part.get().points()) > 0) {
            throw error(file, d.line(), "score " + f.get("score") + " is outside 0.." + ScoreFormat.display(part.get().points())
                    + " for part " + part.get().id(), "give a score from 0 to the part's points");
        }
        if (f.get("answer_sha256").strip().length() < AnswerHash.MIN_DIGITS) {
            throw error(file, d.line(), "answer_sha256 is shorter than " + AnswerHash.MIN_DIGITS + " hex digits",
                    "copy the hash `hwgrade review` prints for this answer");
        }
        return new Decision(f.get("student").strip(), part.get().id(), score, f.getOrDefault("comment", ""),
                f.get("who").strip(), f.get("answer_sha256").strip());
    }

    /** "2", "1.5" or "5/2", exactly. */
    private static Rational score(Path file, int line, String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new Rational(new BigInteger(t.substring(0, slash).strip()), new BigInteger(t.substring(slash + 1).strip()));
            }
            return Rational.of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(file, line, "score '" + text + "' is not a number", "write it as 2, 1.5 or 5/2");
        }
    }

    private static List<Located> readYaml(Path file) {
        List<Located> out = new ArrayList<>();
        try (JsonParser p = YAML.getFactory().createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return out;
            }
            if (first == JsonToken.START_OBJECT) {
                if (p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals("overrides")) {
                    throw error(file, p.currentTokenLocation().getLineNr(), "expected the key 'overrides'",
                            "write overrides: followed by a list of decisions");
                }
                first = p.nextToken();
            }
            if (first != JsonToken.START_ARRAY) {
                throw error(file, p.currentTokenLocation().getLineNr(), "expected a list of decisions",
                        "write overrides: followed by a list of decisions, each with student, part, score, who, answer_sha256");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode item = YAML.readTree(p);
                Map<String, String> fields = new HashMap<>();
                item.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
                out.add(new Located(fields, line));
            }
            return out;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new HwgradeException("cannot read the overrides: " + e.getOriginalMessage(),
                    new HwgradeException.Location(file.toString(), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()),
                    "fix the YAML; each decision is a map with student, part, score, comment, who, answer_sha256", e);
        } catch (IOException e) {
            throw error(file, 0, "cannot read the overrides: " + e.getMessage(), "check its permissions");
        }
    }

    private static List<Located> readCsv(Path file) {
        return HeaderedCsv.read(file, List.of("student", "part", "score", "who", "answer_sha256"), COLUMNS, "overrides").stream()
                .map(r -> new Located(r.fields(), r.line())).toList();
    }

    private static HwgradeException error(Path file, int line, String message, String hint) {
        return HeaderedCsv.error(file, line, message, hint);
    }
}
