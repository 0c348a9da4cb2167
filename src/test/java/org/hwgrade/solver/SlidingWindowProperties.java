package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwgrade.formula.OpException;
import org.hwgrade.ops.SlidingWindow;

/** floor((in − F + 2P)/S) + 1 counts exactly the window positions that fit in the padded input. */
class SlidingWindowProperties {

    @Property
    void outputSizeIsTheNumberOfWindowPositions(@ForAll @IntRange(min = 1, max = 40) int in,
            @ForAll @IntRange(min = 1, max = 9) int window, @ForAll @IntRange(min = 1, max = 5) int stride,
            @ForAll @IntRange(min = 0, max = 4) int padding) {
        Assume.that(in + 2 * padding >= window);
        int positions = 0;
        for (int start = -padding; start + window <= in + padding; start += stride) {
            positions++;
        }
        assertEquals(positions, SlidingWindow.outputSize(in, window, stride, padding, SlidingWindow.Rounding.FLOOR));
    }

    /** Rounding up adds a last, partial window exactly when the stride does not divide the span. */
    @Property
    void ceilingAddsOnePartialWindowWhenTheStrideDoesNotDivide(@ForAll @IntRange(min = 1, max = 40) int in,
            @ForAll @IntRange(min = 1, max = 9) int window, @ForAll @IntRange(min = 1, max = 5) int stride,
            @ForAll @IntRange(min = 0, max = 4) int padding) {
        Assume.that(in + 2 * padding >= window);
        int floor = SlidingWindow.outputSize(in, window, stride, padding, SlidingWindow.Rounding.FLOOR);
        int ceil = SlidingWindow.outputSize(in, window, stride, padding, SlidingWindow.Rounding.CEIL);
        int span = in + 2 * padding - window;
        assertEquals(span % stride == 0 ? floor : floor + 1, ceil);
    }

    @Property
    void aWindowLargerThanThePaddedInputIsRejected(@ForAll @IntRange(min = 1, max = 40) int in,
            @ForAll @IntRange(min = 1, max = 90) int window, @ForAll @IntRange(min = 0, max = 4) int padding) {
        Assume.that(in + 2 * padding < window);
        assertThrows(OpException.class,
                () -> SlidingWindow.outputSize(in, window, 1, padding, SlidingWindow.Rounding.FLOOR));
    }
}
