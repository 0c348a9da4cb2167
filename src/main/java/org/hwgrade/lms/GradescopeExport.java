package org.hwgrade.lms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.StudentInfo;

/**
 * Gradescope's "Export Submissions": one {@code submission_<id>} folder (or file) per submission and
 * {@code submission_metadata.yml}, which maps each {@code submission_<id>} to
 * {@code :submitters: [{:name:, :sid:, :email:}]}, {@code :created_at:} and {@code :score:} (keys
 * written as Ruby symbols). The metadata is the roster of the export and is never graded; a group
 * submission is one hand-in per submitter, so each appears in the gradebook.
 */
final class GradescopeExport {

    static final String METADATA = "submission_metadata.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GradescopeExport() {
    }

    static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(METADATA));
    }

    /** Submissions in the metadata's order; files of the export that it does not name are plain hand-ins. */
    static List<HandIn> handIns(Path folder, List<Path> children) {
        Path metadata = folder.resolve(METADATA);
        JsonNode root = read(metadata);
        List<HandIn> out = new ArrayList<>();
        List<Path> named = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> submission = it.next();
            String key = submission.getKey();
            List<Path> paths = children.stream().filter(c -> isPartOf(c, key)).toList();
            named.addAll(paths);
            List<Path> files = paths.stream().flatMap(p -> Downloads.filesUnder(p).stream()).toList();
            String id = key.startsWith("submission_") ? key.substring("submission_".length()) : key;
            Optional<String> createdAt = text(submission.getValue(), ":created_at");
            JsonNode submitters = submission.getValue().path(":submitters");
            if (!submitters.isArray() || submitters.isEmpty()) {
                out.add(new HandIn(key, files, new StudentInfo(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("gradescope"), Optional.of(id), false, createdAt), false));
                continue;
            }
            for (JsonNode who : submitters) {
                Optional<String> sid = text(who, ":sid");
                Optional<String> email = text(who, ":email");
                StudentInfo info = new StudentInfo(sid, text(who, ":name"), email, Optional.of("gradescope"),
                        Optional.of(id), false, createdAt);
                out.add(new HandIn(SafeName.of(sid.or(() -> email).orElse(key)), files, info, false));
            }
        }
        children.stream().filter(c -> !named.contains(c) && !c.getFileName().toString().equals(METADATA))
                .forEach(c -> out.add(HandIn.plain(c)));
        return out;
    }

    private static boolean isPartOf(Path child, String key) {
        String n = child.getFileName().toString();
        return n.equals(key) || n.startsWith(key + ".");
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    private static JsonNode read(Path metadata) {
        try {
            JsonNode root = YAML.readTree(metadata.toFile());
            if (root == null || !root.isObject()) {
                throw new HwgradeException("the Gradescope metadata is not a map of submissions",
                        new HwgradeException.Location(metadata.toString(), 1, 1),
                        "give the folder exactly as Gradescope's Export Submissions delivers it");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new HwgradeException("cannot read the Gradescope metadata: " + e.getOriginalMessage(),
                    new HwgradeException.Location(metadata.toString(), loc == null ? 0 : loc.getLineNr(),
                            loc == null ? 0 : loc.getColumnNr()),
                    "give the folder exactly as Gradescope's Export Submissions delivers it", e);
        } catch (IOException e) {
            throw new HwgradeException("cannot read the Gradescope metadata: " + e.getMessage(),
                    new HwgradeException.Location(metadata.toString(), 0, 0), "check its permissions", e);
        }
    }
}
