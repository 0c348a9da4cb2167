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
        /** The message of a value that reads but divides by zero. */
        static final String DIVISION_BY_ZERO = "division by zero";

        public Error {
            Objects.requireNonNull(message, "message");
        }

        /**
         * The text is a value, and a wrong one: its arithmetic divides by zero. Unlike a syntax
         * fault, it is the student's answer, so no number inside it ("0" in "12352/0") may be read
         * in its place.
         */
        boolean isTheAnswer() {
            return message.equals(DIVISION_BY_ZERO);
        }
    }
}
