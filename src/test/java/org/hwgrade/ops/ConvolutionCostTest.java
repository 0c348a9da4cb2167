package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;

/** The cost of a convolution is estimated from its sizes before a single entry is computed. */
class ConvolutionCostTest {

    private static final Tensor TWO = Tensor.ofRows(new long[] {1, 2}, new long[] {3, 4});

    @Test
    void aHugePaddingIsRefusedBeforeAnyWork() {
        Convolution.Geometry padded = Convolution.Geometry.of(1, 10_000);
        OpException e = assertThrows(OpException.class, () -> Convolution.conv2d(TWO, TWO, Optional.empty(), padded));
        assertTrue(e.getMessage().startsWith("the convolution would take more than " + Work.MAX_STEPS + " steps"), e.getMessage());
        assertTrue(e.hint().contains("smaller givens"), e.hint());
        assertThrows(OpException.class, () -> Convolution.weightGradient(TWO, TWO, List.of(2, 2), padded));
        assertThrows(OpException.class, () -> Convolution.inputGradient(TWO, TWO, List.of(2, 2), padded));
    }

    @Test
    void theBoundIsTheProductOfTheSizes() {
        Work.require("x", Work.MAX_STEPS);
        Work.require("x", 0, Long.MAX_VALUE);
        assertThrows(OpException.class, () -> Work.require("x", Work.MAX_STEPS, 2));
        assertThrows(OpException.class, () -> Work.require("x", Long.MAX_VALUE, Long.MAX_VALUE, 3));
        assertEquals(Tensor.ofRows(new long[] {30}), Convolution.conv2d(TWO, TWO, Optional.empty(), Convolution.Geometry.DEFAULT));
    }
}
