package org.hwgrade.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Source;

/**
 * The fingerprint of the answer a review decision was made for: SHA-256 (hex) of the raw text read
 * for the part, or of the empty text when nothing was read. A new hand-in with another answer has
 * another fingerprint, so the old decision is not silently carried over.
 */
final class AnswerHash {

    /** Fewer hex digits than this cannot stand for an answer (a TA may shorten the hash to this). */
    static final int MIN_DIGITS = 8;

    private AnswerHash() {
    }

    static String of(PartResult part) {
        String text = part.source().map(Source::text).orElse("");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The full hash, or at least {@link #MIN_DIGITS} of its leading digits, in any case. */
    static boolean matches(String full, String given) {
        String g = given.strip().toLowerCase(java.util.Locale.ROOT);
        return g.length() >= MIN_DIGITS && full.startsWith(g);
    }
}
