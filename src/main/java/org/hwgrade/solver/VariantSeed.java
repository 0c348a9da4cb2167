package org.hwgrade.solver;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A student's seed: the first 8 bytes of SHA-256("hwgrade-variant-1", assignment, student), each
 * followed by a zero byte. It depends on nothing but the two ids, so the same student gets the same
 * numbers on every run and machine; {@code id} (16 hex digits) names the variant in the reports.
 */
public record VariantSeed(long seed, String id) {

    private static final String VERSION = "hwgrade-variant-1";

    public static VariantSeed of(String assignment, String student) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (String part : new String[] {VERSION, assignment, student}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        byte[] first = new byte[8];
        System.arraycopy(sha.digest(), 0, first, 0, 8);
        return new VariantSeed(ByteBuffer.wrap(first).getLong(), HexFormat.of().formatHex(first));
    }
}
