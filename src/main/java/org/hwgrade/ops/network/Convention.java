package org.hwgrade.ops.network;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose parameter count a rubric grades where frameworks differ: PyTorch gives every recurrent gate
 * two bias vectors (input-to-hidden and hidden-to-hidden), Keras one (except a GRU with
 * {@code reset_after}, its default since TensorFlow 2, which also has two).
 */
public enum Convention {
    PYTORCH, KERAS;

    public static Optional<Convention> named(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "pytorch", "torch" -> Optional.of(PYTORCH);
            case "keras", "tensorflow", "tf" -> Optional.of(KERAS);
            default -> Optional.empty();
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
