package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/** Small tensors for the op tests: literals, random integer tensors, and the ⟨a, b⟩ of a linear loss. */
final class Tensors {

    private Tensors() {
    }

    /** A tensor of integers, entries in row-major order. */
    static Tensor of(List<Integer> dims, long... entries) {
        List<Num> e = new ArrayList<>();
        for (long v : entries) {
            e.add(Rational.of(v));
        }
        return new Tensor(dims, e);
    }

    static Arbitrary<Tensor> integers(List<Integer> dims, int bound) {
        int size = dims.stream().reduce(1, (a, b) -> a * b);
        return Arbitraries.integers().between(-bound, bound).list().ofSize(size)
                .map(v -> new Tensor(dims, v.stream().<Num>map(Rational::of).toList()));
    }

    /** Σ a ⊙ b: the linear loss whose gradient with respect to b is a. */
    static Num dot(Tensor a, Tensor b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(a.dims() + " · " + b.dims());
        }
        Num total = Rational.ZERO;
        for (int i = 0; i < a.size(); i++) {
            total = NumArithmetic.add(total, NumArithmetic.multiply(a.entries().get(i), b.entries().get(i)));
        }
        return total;
    }

    /** t with entry {@code index} moved by {@code step}. */
    static Tensor bump(Tensor t, int index, Num step) {
        List<Num> e = new ArrayList<>(t.entries());
        e.set(index, NumArithmetic.add(e.get(index), step));
        return new Tensor(t.dims(), e);
    }

    /** Window positions along one axis, counted one by one. */
    static int windowCount(int in, int span, int stride, int padding) {
        int n = 0;
        for (int start = -padding; start + span <= in + padding; start += stride) {
            n++;
        }
        return n;
    }
}
