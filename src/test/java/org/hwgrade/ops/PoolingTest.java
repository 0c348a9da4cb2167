package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of max and average pooling and their backward passes, the catalogue's C3 among them. */
class PoolingTest {

    @Nested
    class CatalogueC3 {
        private final Tensor x = Tensors.of(List.of(4, 4), 1, 3, 2, 4, 5, 0, 1, 2, 2, 2, 6, 1, 0, 7, 3, 3);
        private final Pooling.Window twoByTwo = Pooling.Window.square(2, 2, 0);

        @Test
        void c3aMaxPool() {
            Catalogue.assertMatches("C3a", Pooling.maxPool2d(x, twoByTwo));
        }

        @Test
        void c3bMaxPoolBackward() {
            Tensor upstream = Tensors.of(List.of(2, 2), 1, -2, 3, 4);
            Catalogue.assertMatches("C3b", Pooling.maxPool2dBackward(x, upstream, twoByTwo));
        }

        @Test
        void c3cAveragePool() {
            Catalogue.assertMatches("C3c", Pooling.avgPool2d(x, twoByTwo));
        }

        @Test
        void c3dANonSquareWindow() {
            Catalogue.assertMatches("C3d", Pooling.maxPool2d(x, new Pooling.Window(2, 4, 2, 2, 0, 0)));
        }
    }

    @Nested
    class Max {
        @Test
        void aTieGoesToTheFirstCellInRowMajorOrder() {
            Tensor x = Tensors.of(List.of(2, 2), 1, 3, 3, 3);
            Pooling.Window s = Pooling.Window.square(2, 2, 0);
            assertEquals(Tensors.of(List.of(1, 1), 3), Pooling.maxPool2d(x, s));
            assertEquals(Tensors.of(List.of(2, 2), 0, 5, 0, 0), Pooling.maxPool2dBackward(x, Tensors.of(List.of(1, 1), 5), s));
        }

        @Test
        void overlappingWindowsAddUp() {
            Tensor x = Tensors.of(List.of(2, 3), 1, 9, 1, 1, 1, 1);
            Pooling.Window s = Pooling.Window.square(2, 1, 0);
            assertEquals(Tensors.of(List.of(1, 2), 9, 9), Pooling.maxPool2d(x, s));
            assertEquals(Tensors.of(List.of(2, 3), 0, 3, 0, 0, 0, 0),
                    Pooling.maxPool2dBackward(x, Tensors.of(List.of(1, 2), 1, 2), s));
            Tensor row = Tensors.of(List.of(1, 3), 1, 9, 1);
            assertEquals(row, Pooling.maxPool2d(row, Pooling.Window.square(1, 1, 0)));
        }

        @Test
        void paddingNeverWins() {
            Tensor x = Tensors.of(List.of(2, 2), -5, -6, -7, -8);
            assertEquals(x, Pooling.maxPool2d(x, Pooling.Window.square(2, 2, 1)));
        }

        @Test
        void eachChannelIsPooledAlone() {
            Tensor x = Tensors.of(List.of(2, 2, 2), 1, 2, 3, 4, 8, 7, 6, 5);
            assertEquals(Tensors.of(List.of(2, 1, 1), 4, 8), Pooling.maxPool2d(x, Pooling.Window.square(2, 2, 0)));
        }
    }

    @Nested
    class Average {
        @Test
        void paddedCellsCountAsZerosInTheWindowArea() {
            Tensor x = Tensors.of(List.of(2, 2), 4, 8, 12, 16);
            // 2×2 windows, stride 2, padding 1: each window holds one real cell and three zeros.
            assertEquals(Tensors.of(List.of(2, 2), 1, 2, 3, 4), Pooling.avgPool2d(x, Pooling.Window.square(2, 2, 1)));
        }

        @Test
        void backwardSharesTheGradientOverTheWindow() {
            Tensor x = Tensors.of(List.of(2, 4), 0, 0, 0, 0, 0, 0, 0, 0);
            Tensor g = Pooling.avgPool2dBackward(x, Tensors.of(List.of(1, 2), 4, -8), Pooling.Window.square(2, 2, 0));
            assertEquals(Tensors.of(List.of(2, 4), 1, 1, -2, -2, 1, 1, -2, -2), g);
        }
    }

    @Nested
    class Errors {
        @Test
        void paddingOfMoreThanHalfTheWindowIsRejected() {
            OpException e = assertThrows(OpException.class, () -> Pooling.Window.square(2, 1, 2));
            assertTrue(e.getMessage().contains("more than half"), e.getMessage());
        }

        @Test
        void anUpstreamGradientOfTheWrongShapeIsNamed() {
            Tensor x = Tensors.of(List.of(2, 2), 1, 2, 3, 4);
            OpException e = assertThrows(OpException.class, () -> Pooling.maxPool2dBackward(x, x, Pooling.Window.square(2, 2, 0)));
            assertEquals("the upstream gradient must have the pooled shape 1×1, got a 2×2 matrix", e.getMessage());
        }
    }
}
