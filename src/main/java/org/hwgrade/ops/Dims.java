package org.hwgrade.ops;

import java.util.List;
import java.util.stream.Collectors;

/** How a shape reads in messages: "2×3×3", the way the homework writes it. */
public final class Dims {

    private Dims() {
    }

    public static String text(List<Integer> dims) {
        return dims.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }
}
