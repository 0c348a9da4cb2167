package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The word-at-a-time count of control bytes equals counting them one by one, wherever they fall. */
class FileBytesProperties {

    private static int oneByOne(byte[] bytes, int start) {
        int n = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                n++;
            }
        }
        return n;
    }

    /** Bytes mostly printable with some of every kind, so that words with and without small bytes both occur. */
    @Provide
    Arbitrary<byte[]> texts() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.bytes().between((byte) 0x20, (byte) 0x7e)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of((byte) '\n', (byte) '\r', (byte) '\t', (byte) '\f')),
                net.jqwik.api.Tuple.of(2, Arbitraries.bytes().between((byte) 0, (byte) 0x1f)),
                net.jqwik.api.Tuple.of(3, Arbitraries.bytes().between(Byte.MIN_VALUE, (byte) -1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0x7f, (byte) 0x20, (byte) 0x1f, (byte) 0xe0)));
        return b.array(byte[].class).ofMaxSize(200);
    }

    @Property(tries = 2000)
    void countingEightBytesAtATimeEqualsCountingOneByOne(@ForAll("texts") byte[] bytes, @ForAll int offset) {
        int start = bytes.length == 0 ? 0 : Math.floorMod(offset, Math.min(bytes.length, 4));
        assertEquals(oneByOne(bytes, start), FileBytes.controlBytes(bytes, start));
    }
}
