package org.hwgrade.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Prose that pads a hand-in to a realistic size. It holds no digits, no '=' or ':', no labels and
 * no markers, so the reader never takes it for an answer.
 */
final class Filler {

    private static final List<String> SENTENCES = List.of(
            "I started from the definitions in the lecture notes and worked through each step carefully.",
            "The chain rule is applied one layer at a time, from the loss back towards the inputs.",
            "I checked the dimensions of every intermediate result before writing the final answer.",
            "This part took me longer than expected because I first mixed up rows and columns.",
            "My study group discussed the approach, but I wrote up the solution on my own.",
            "The notation follows the slides from the lecture on backpropagation.",
            "I double checked the arithmetic with a small script before handing in.",
            "Please tell me if anything in my derivation is unclear.",
            "Writing the matrices out entry by entry helped me see the pattern.",
            "The stride and the padding decide how far the window moves at every step.",
            "Pooling layers have no learnable weights, only convolution layers do.",
            "I am not fully sure about the last step, but the reasoning seems right to me.",
            "Each filter spans the full depth of its input volume.",
            "Sliding the filter over the input gives one number per window position.",
            "The softmax turns the scores into probabilities that sum to one.",
            "Gradients flowing through the rectifier are blocked wherever the unit was inactive.");

    private Filler() {
    }

    /** A paragraph of two to five sentences, each line prefixed by {@code linePrefix} (a comment marker or nothing). */
    static String paragraph(SplittableRandom rnd, String linePrefix) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(linePrefix).append(SENTENCES.get(rnd.nextInt(SENTENCES.size()))).append('\n');
        }
        return sb.toString();
    }
}
