package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.Num;
import org.hwgrade.model.Tensor;

/**
 * {@code x.T}: a matrix's transpose; a vector (a column) becomes a 1×n row; a tensor of higher rank
 * has its axes reversed, as numpy does.
 */
public final class Transpose {

    private Transpose() {
    }

    public static Tensor of(Tensor t) {
        if (t.rank() <= 2) {
            return t.transpose();
        }
        int rank = t.rank();
        List<Integer> dims = new ArrayList<>(rank);
        for (int k = rank - 1; k >= 0; k--) {
            dims.add(t.dims().get(k));
        }
        int[] strides = Elementwise.strides(t.dims(), rank);
        List<Num> out = new ArrayList<>(t.size());
        int[] index = new int[rank];
        for (int n = 0; n < t.size(); n++) {
            int source = 0;
            for (int k = 0; k < rank; k++) {
                source += index[k] * strides[rank - 1 - k];
            }
            out.add(t.entries().get(source));
            for (int k = rank - 1; k >= 0 && ++index[k] == dims.get(k); k--) {
                index[k] = 0;
            }
        }
        return new Tensor(dims, out);
    }
}
