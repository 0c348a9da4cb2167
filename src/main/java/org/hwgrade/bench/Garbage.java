package org.hwgrade.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Hand-ins with nothing to grade: an empty file, a binary file, prose without answers. */
final class Garbage {

    private Garbage() {
    }

    static ClassGenerator.HandIn handIn(String name, SplittableRandom rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new ClassGenerator.HandIn(name + ".md", new byte[0]);
            case 1 -> {
                byte[] bytes = new byte[2048 + rnd.nextInt(8192)];
                rnd.nextBytes(bytes);
                byte[] magic = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(magic, 0, bytes, 0, magic.length);
                bytes[magic.length] = 0;
                yield new ClassGenerator.HandIn(name + ".pdf", bytes);
            }
            default -> {
                StringBuilder sb = new StringBuilder("Notes for the homework\n\n");
                while (sb.length() < 2048) {
                    sb.append(Filler.paragraph(rnd, "")).append('\n');
                }
                yield new ClassGenerator.HandIn(name + ".txt", sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
