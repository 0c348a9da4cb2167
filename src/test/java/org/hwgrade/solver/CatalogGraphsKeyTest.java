package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Scalar;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * rubrics/catalog-graphs.yaml solves to the catalogue's check values (G1, read from
 * ../shared/catalog/check-values.json), and its symbolic parts' keys are the catalogue's forms.
 */
class CatalogGraphsKeyTest {

    private static final AnswerKey KEY = Solver.solve(RubricLoader.load(Path.of("rubrics/catalog-graphs.yaml"))).key();

    @Test
    void g1SolvesToTheCheckValues() throws IOException {
        JsonNode g1 = new ObjectMapper().readTree(Path.of("..", "shared", "catalog", "check-values.json").toFile())
                .get("G1");
        Map<String, String> parts = Map.of("G1a", "f", "G1b", "df_dx", "G1c", "df_dy", "G1d", "df_dz");
        parts.forEach((part, name) -> assertEquals(Scalar.of(g1.get(name).asLong()), KEY.answers().get(part), part));
    }

    @Test
    void theSymbolicKeysAreTheCataloguesForms() {
        assertEquals(new Expression("\\sigma(z) (1 - \\sigma(z))"), KEY.answers().get("G2a"));
        assertEquals(new Expression("\\frac{2}{N} X^T (X w - y)"), KEY.answers().get("G3a"));
        assertEquals(new Expression("g \\odot 1[W x + b > 0]"), KEY.answers().get("G4a"));
    }
}
