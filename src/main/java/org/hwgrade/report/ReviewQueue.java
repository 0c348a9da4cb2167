package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.PartResult;

/**
 * What awaits a person (`hwgrade review`): every part left for review, with where its answer was
 * read and the raw text, why it waits, and a decision ready to paste into overrides.yaml with the
 * answer's hash filled in. Student text is printed after a "| " gutter, never as YAML, and the
 * decision is written by a YAML generator, so a hostile name cannot break the file it is pasted into.
 */
public final class ReviewQueue {

    /** One part awaiting review: the student, the part's result and the hash of its answer text. */
    public record Item(String student, PartResult part, String answerSha256) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private ReviewQueue() {
    }

    public static String text(List<Item> items, String overridesFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(items.size()).append(items.size() == 1 ? " part awaits" : " parts await").append(" review.\n");
        for (Item item : items) {
            PartResult p = item.part();
            sb.append('\n').append(item.student()).append("  part ").append(p.partId()).append(" (")
                    .append(ScoreFormat.display(p.score(), p.maxScore())).append(")\n");
            if (p.source().isPresent()) {
                sb.append("  read at ").append(p.source().get().location()).append('\n');
                p.source().get().text().lines().forEach(line -> sb.append("    | ").append(line).append('\n'));
            } else {
                sb.append("  nothing was read for this part\n");
            }
            p.feedback().forEach(line -> sb.append("  why: ").append(line.replace('\n', ' ')).append('\n'));
            sb.append("  decision, to add under `overrides:` in ").append(overridesFile).append(":\n");
            decision(item).lines().forEach(line -> sb.append("  ").append(line).append('\n'));
        }
        return sb.toString();
    }

    /** A YAML list item with the student, part and hash filled in, the score and who left for the person. */
    static String decision(Item item) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("student", item.student());
        d.put("part", item.part().partId());
        d.put("score", ScoreFormat.display(item.part().score()));
        d.put("comment", "");
        d.put("who", "");
        d.put("answer_sha256", item.answerSha256());
        try {
            return YAML.writeValueAsString(List.of(d));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
