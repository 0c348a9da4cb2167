package org.hwgrade.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class InstancesTest {

    private static final SymbolTable TABLE = SymbolTable.fromShapes(SymbolicCheckerTest.SYMBOLS);
    private static final Definitions DEFINITIONS = Definitions.read(SymbolicCheckerTest.DEFINITIONS, TABLE);

    @Test
    void everySizeFromThreeToSixIsTriedAndNAlwaysDiffersFromM() throws EvalException {
        List<Instance> trials = Instances.trials(TABLE, DEFINITIONS, "1d");
        assertEquals(Instances.TRIALS, trials.size());
        Set<Integer> sizesOfM = new TreeSet<>();
        for (Instance instance : trials) {
            int m = instance.dimensions().get("m");
            int n = instance.dimensions().get("n");
            sizesOfM.add(m);
            assertNotEquals(m, n, instance.describe());
            assertTrue(n >= 3 && n <= 6, instance.describe());
            assertTrue(instance.indices().get("y") >= 1 && instance.indices().get("y") <= m, instance.describe());
        }
        assertEquals(Set.of(3, 4, 5, 6), sizesOfM);
    }

    @Test
    void theFirstTrialsPutTheClassAtEitherEnd() throws EvalException {
        List<Instance> trials = Instances.trials(TABLE, DEFINITIONS, "1c");
        assertEquals(1, trials.get(0).indices().get("y"));
        assertEquals(trials.get(1).dimensions().get("m"), trials.get(1).indices().get("y"));
    }

    @Test
    void valuesFollowTheProblem() throws EvalException {
        for (Instance instance : Instances.trials(TABLE, DEFINITIONS, "1b")) {
            RealMatrix w = instance.values().get("W");
            RealMatrix x = instance.values().get("x");
            RealMatrix l = instance.values().get("l");
            RealMatrix s = instance.values().get("s");
            assertEquals(0, w.multiply(x).subtract(l).getNorm(), 1e-12);
            double total = 0;
            for (int i = 0; i < s.getRowDimension(); i++) {
                assertTrue(s.getEntry(i, 0) > 0);
                total += s.getEntry(i, 0);
                assertEquals(Math.exp(l.getEntry(i, 0)) / Math.exp(l.getEntry(0, 0)),
                        s.getEntry(i, 0) / s.getEntry(0, 0), 1e-12);
            }
            assertEquals(1, total, 1e-12);
            RealMatrix oneHot = instance.values().get("e_y");
            assertEquals(1, oneHot.getEntry(instance.indices().get("y") - 1, 0));
            assertEquals(1, oneHot.getNorm(), "e_y is the one-hot of y, as its definition says");
        }
    }

    @Test
    void theSameLabelDrawsTheSameInstances() throws EvalException {
        List<Instance> first = Instances.trials(TABLE, DEFINITIONS, "1a");
        List<Instance> again = Instances.trials(TABLE, DEFINITIONS, "1a");
        for (int t = 0; t < first.size(); t++) {
            assertEquals(first.get(t).describe(), again.get(t).describe());
            assertEquals(first.get(t).values(), again.get(t).values());
        }
        assertNotEquals(first.get(2).values().get("W"), Instances.trials(TABLE, DEFINITIONS, "1b").get(2).values().get("W"));
    }
}
