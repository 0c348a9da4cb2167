package org.hwgrade.submission;

import java.util.Objects;
import org.hwgrade.model.Value;

/** The result of reading one value: the value, or what is wrong and at which 1-based column of the text. */
public sealed interface ParsedValue {

    record Ok(Value value) implements ParsedValue {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Error(String message, int column) implements ParsedValue {
        public Error {
            Objects.requireNonNull(message, "message");
        }
    }
}
