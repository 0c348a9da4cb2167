package org.hwgrade.model;

import java.util.List;
import java.util.stream.Collectors;

/** The shape of a tensor, such as (C, H, W) = (16, 2, 2). */
public record Shape(List<Integer> dims) implements Value {

    public Shape {
        dims = List.copyOf(dims);
    }

    public static Shape of(Integer... dims) {
        return new Shape(List.of(dims));
    }

    @Override
    public String describe() {
        return "a shape of " + dims.size() + " dimensions";
    }

    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
