package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of conv2d, its gradients, conv_transpose2d and rot180, the catalogue's among them. */
class ConvolutionTest {

    private static final Tensor X = Tensors.of(List.of(3, 3), 1, 2, 3, 1, 1, 0, 0, -1, -2);
    private static final Tensor W = Tensors.of(List.of(2, 2), -1, 1, 1, 2);

    private static Tensor conv(Tensor x, Tensor w, Convolution.Geometry g) {
        return Convolution.conv2d(x, w, Optional.empty(), g);
    }

    @Nested
    class CatalogueC1AndC2 {
        private final Tensor x = Tensors.of(List.of(5, 5), 2, 0, 1, 3, 1, 1, -1, 2, 0, 2, 0, 3, 1, -2, 1, 2, 1, 0, 1, -1,
                1, 2, -1, 0, 3);
        private final Tensor w = Tensors.of(List.of(3, 3), 1, 0, -1, 2, 1, 0, 0, -1, 1);

        @Test
        void c1aStrideOneNoPadding() {
            Catalogue.assertMatches("C1a", conv(x, w, Convolution.Geometry.DEFAULT));
        }

        @Test
        void c1bStrideTwoPaddingOne() {
            Catalogue.assertMatches("C1b", conv(x, w, Convolution.Geometry.of(2, 1)));
        }

        @Test
        void c1cPaddingOneDilationTwo() {
            Catalogue.assertMatches("C1c", conv(x, w, new Convolution.Geometry(1, 1, 2, 1)));
        }

        @Test
        void c2aTwoChannelsTwoFiltersAndABias() {
            Tensor x2 = Tensors.of(List.of(2, 3, 3), 1, 2, 0, 0, 1, 3, 2, 1, 1, 0, 1, 1, 2, 0, 1, 1, 3, 0);
            Tensor bank = Tensors.of(List.of(2, 2, 2, 2), 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, -1, 1);
            Value bias = Tensors.of(List.of(2), 1, -2);
            Catalogue.assertMatches("C2a", Convolution.conv2d(x2, bank, Optional.of(bias), Convolution.Geometry.DEFAULT));
        }
    }

    @Nested
    class CatalogueC4 {
        private final Tensor x = Tensors.of(List.of(2, 2), 1, 2, -1, 3);
        private final Tensor w = Tensors.of(List.of(2, 2), 1, -1, 2, 0);

        @Test
        void c4aStrideTwo() {
            Catalogue.assertMatches("C4a", Convolution.convTranspose2d(x, w, Optional.empty(), Convolution.Geometry.of(2, 0),
                    0, 0));
        }

        @Test
        void c4bStrideOne() {
            Catalogue.assertMatches("C4b", Convolution.convTranspose2d(x, w, Optional.empty(), Convolution.Geometry.DEFAULT,
                    0, 0));
        }

        @Test
        void paddingCropsTheFullOutputAndOutputPaddingAddsARowAndAColumn() {
            Tensor full = Convolution.convTranspose2d(x, w, Optional.empty(), Convolution.Geometry.of(2, 0), 0, 0);
            // Padding 1 removes one row and column on every side of the 4×4 result of C4a.
            assertEquals(Tensors.of(List.of(2, 2), 0, 4, 1, 3),
                    Convolution.convTranspose2d(x, w, Optional.empty(), Convolution.Geometry.of(2, 1), 0, 0));
            Tensor padded = Convolution.convTranspose2d(x, w, Optional.empty(), Convolution.Geometry.of(2, 1), 1, 1);
            assertEquals(List.of(3, 3), padded.dims());
            assertEquals(full.entries().get(3 * 4 + 3), padded.entries().get(8));
        }

        @Test
        void aBiasPerOutputChannel() {
            Tensor bank = Tensors.of(List.of(1, 2, 2, 2), 1, -1, 2, 0, 0, 0, 0, 1);
            Tensor y = Tensors.of(List.of(1, 2, 2), 1, 2, -1, 3);
            Tensor out = Convolution.convTranspose2d(y, bank, Optional.of(Tensors.of(List.of(2), 10, 0)),
                    Convolution.Geometry.DEFAULT, 0, 0);
            assertEquals(List.of(2, 3, 3), out.dims());
            assertEquals(Tensors.of(List.of(9), 11, 11, 8, 11, 18, 7, 8, 16, 10).entries(), out.entries().subList(0, 9));
            assertEquals(Tensors.of(List.of(9), 0, 0, 0, 0, 1, 2, 0, -1, 3).entries(), out.entries().subList(9, 18));
        }

        @Test
        void anInputThatDoesNotMatchTheFiltersIsNamed() {
            Tensor bank = Tensors.of(List.of(2, 1, 2, 2), 1, -1, 2, 0, 0, 0, 0, 1);
            OpException e = assertThrows(OpException.class, () -> Convolution.convTranspose2d(x, bank, Optional.empty(),
                    Convolution.Geometry.DEFAULT, 0, 0));
            assertEquals("the transposed convolution's input must be a 2×H×W tensor, one channel per filter of W, got a "
                    + "2×2 matrix", e.getMessage());
        }

        @Test
        void outputPaddingMustStayBelowTheStride() {
            OpException e = assertThrows(OpException.class, () -> Convolution.convTranspose2d(x, w, Optional.empty(),
                    Convolution.Geometry.of(2, 0), 2, 0));
            assertEquals("output_padding 2 must be at least 0 and less than the stride 2", e.getMessage());
        }
    }

    @Nested
    class Homework3Style {
        @Test
        void strideAndPadding() {
            // Padded by 1 to 5×5, stride 2: windows start at rows and columns -1 and 1.
            assertEquals(Tensors.of(List.of(2, 2), 2, 8, 1, -6), conv(X, W, Convolution.Geometry.of(2, 1)));
        }

        @Test
        void twoChannelsTwoFiltersAndABias() {
            Tensor x2 = new Tensor(List.of(2, 3, 3), concat(X, X));
            // Filter 0 is W on channel 0 and zeros on channel 1; filter 1 is W on both channels.
            Tensor zero = Tensors.of(List.of(2, 2), 0, 0, 0, 0);
            Tensor bank = new Tensor(List.of(2, 2, 2, 2), concat(W, zero, W, W));
            Tensor bias = Tensors.of(List.of(2), 1, -1);
            Tensor k = Convolution.conv2d(x2, bank, Optional.of(bias), Convolution.Geometry.DEFAULT);
            assertEquals(Tensors.of(List.of(2, 2, 2), 5, 3, -1, -5, 7, 3, -5, -13), k);
            Tensor g = new Tensor(List.of(2, 2, 2), Collections.nCopies(8, Rational.ONE));
            assertEquals(Tensors.of(List.of(2), 4, 4), Convolution.biasGradient(g, bias));
        }

        @Test
        void aScalarBiasGivesAScalarGradient() {
            Tensor g = Tensors.of(List.of(2, 2), -3, 2, 0, 0);
            assertEquals(Scalar.of(-1), Convolution.biasGradient(g, Scalar.of(7)));
        }

        @Test
        void gradientsOfHomework3Problem2() {
            Tensor dk = Tensors.of(List.of(2, 2), -3, 2, 0, 0);
            assertEquals(Tensors.of(List.of(2, 2), 1, 0, -1, -3),
                    Convolution.weightGradient(X, dk, W.dims(), Convolution.Geometry.DEFAULT));
            assertEquals(Tensors.of(List.of(3, 3), 3, -5, 2, -3, -4, 4, 0, 0, 0),
                    Convolution.inputGradient(W, dk, X.dims(), Convolution.Geometry.DEFAULT));
        }
    }

    @Nested
    class GroupsAndRotation {
        @Test
        void depthwiseConvolvesEachChannelWithItsOwnFilter() {
            Tensor x2 = new Tensor(List.of(2, 3, 3), concat(X, X));
            Tensor bank = new Tensor(List.of(2, 1, 2, 2), concat(W, Tensors.of(List.of(2, 2), 1, 0, 0, 0)));
            Tensor k = Convolution.conv2d(x2, bank, Optional.empty(), new Convolution.Geometry(1, 0, 1, 2));
            assertEquals(Tensors.of(List.of(2, 2, 2), 4, 2, -2, -6, 1, 2, 1, 1), k);
        }

        @Test
        void rot180ReversesEachKernel() {
            assertEquals(Tensors.of(List.of(2, 2), 2, 1, 1, -1), Convolution.rot180(W));
            assertEquals(Tensors.of(List.of(2, 1, 2), 2, 1, 4, 3),
                    Convolution.rot180(Tensors.of(List.of(2, 1, 2), 1, 2, 3, 4)));
        }
    }

    @Nested
    class Errors {
        @Test
        void channelMismatchIsNamed() {
            Tensor bank = new Tensor(List.of(1, 2, 2, 2), Collections.nCopies(8, Rational.ONE));
            OpException e = assertThrows(OpException.class, () -> conv(X, bank, Convolution.Geometry.DEFAULT));
            assertEquals("the filters have 2 channel(s) but the input has 1", e.getMessage());
        }

        @Test
        void groupsThatDoNotDivideTheChannelsAreNamed() {
            Tensor x3 = new Tensor(List.of(3, 3, 3), concat(X, X, X));
            Tensor bank = new Tensor(List.of(2, 1, 2, 2), concat(W, W));
            OpException e = assertThrows(OpException.class, () -> conv(x3, bank, new Convolution.Geometry(1, 0, 1, 2)));
            assertEquals("the filters have 1 channel(s) per group, times 2 groups is not the 3 channels of the input",
                    e.getMessage());
        }

        @Test
        void groupsNeedAFilterBank() {
            OpException e = assertThrows(OpException.class, () -> conv(X, W, new Convolution.Geometry(1, 0, 1, 2)));
            assertEquals("groups = 2 needs the weights as F×(C/groups)×h×w", e.getMessage());
        }

        @Test
        void aDilatedKernelLargerThanTheInputIsNamed() {
            OpException e = assertThrows(OpException.class, () -> conv(X, W, new Convolution.Geometry(1, 0, 3, 1)));
            assertEquals("window 4 is larger than the padded input 3 + 2·0 = 3", e.getMessage());
        }

        @Test
        void invalidGeometryIsRejected() {
            assertThrows(OpException.class, () -> Convolution.Geometry.of(0, 0));
            assertThrows(OpException.class, () -> Convolution.Geometry.of(1, -1));
            assertThrows(OpException.class, () -> new Convolution.Geometry(1, 0, 0, 1));
            assertThrows(OpException.class, () -> new Convolution.Geometry(1, 0, 1, 0));
        }
    }

    private static List<org.hwgrade.model.Num> concat(Tensor... parts) {
        List<org.hwgrade.model.Num> out = new java.util.ArrayList<>();
        for (Tensor t : parts) {
            out.addAll(t.entries());
        }
        return out;
    }
}
