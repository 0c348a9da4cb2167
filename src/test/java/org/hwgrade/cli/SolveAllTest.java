package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code solve RUBRIC --all}, for every rubric under rubrics/: the JSON keeps
 * {"assignment", "parts": {id: {"kind", "value"}}} and adds "quantities" with every given and
 * quantity of every problem; the text form prints each of them as {@code name = ...}, so a TA can
 * check their rubric step by step.
 */
class SolveAllTest {

    @TestFactory
    Stream<DynamicTest> solveAllShowsEveryQuantityOfEveryProblem() throws IOException {
        List<Path> rubrics;
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            rubrics = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return rubrics.stream().map(r -> DynamicTest.dynamicTest(r.getFileName().toString(), () -> check(r)));
    }

    private static void check(Path file) throws IOException {
        Rubric rubric = RubricLoader.load(file);
        MainTest.Run json = MainTest.run("solve", file.toString(), "--all", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertEquals(rubric.id(), out.get("assignment").asText());
        List<String> parts = new ArrayList<>();
        out.get("parts").fieldNames().forEachRemaining(parts::add);
        assertEquals(rubric.parts().map(Part::id).toList(), parts);
        for (Part part : rubric.parts().toList()) {
            JsonNode p = out.get("parts").get(part.id());
            assertEquals(part.kind().name().toLowerCase(Locale.ROOT), p.get("kind").asText(), part.id());
            assertTrue(p.has("value"), part.id());
        }
        MainTest.Run text = MainTest.run("solve", file.toString(), "--all");
        assertEquals(0, text.code(), text.err());
        for (Problem problem : rubric.problems()) {
            List<String> names = new ArrayList<>(problem.givens().keySet());
            names.addAll(problem.quantities().keySet());
            JsonNode quantities = out.at("/quantities/" + problem.id());
            for (String name : names) {
                assertTrue(quantities.has(name), () -> problem.id() + " " + name + " not in " + quantities);
                assertTrue(text.out().matches("(?s).*\\n\\s+" + java.util.regex.Pattern.quote(name) + "\\s+= .*"),
                        () -> problem.id() + " " + name + " not printed");
            }
        }
    }
}
