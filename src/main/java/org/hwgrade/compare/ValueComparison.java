package org.hwgrade.compare;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.ShapeLayout;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Compares a received value with a reference value: {@link #agrees} for the all-or-nothing
 * matches (misconceptions, follow-through), {@link #againstKey} for the key, which may give
 * per-entry credit and explains what is wrong.
 */
final class ValueComparison {

    /** Wrong entries listed one by one, up to this many; the rest are counted. */
    static final int MAX_LISTED_ENTRIES = 10;
    static final String TRANSPOSE_MESSAGE = "your answer is the transpose of the expected matrix";


    /** The credit (fraction of the part's points) the key gives, with the lines that explain it. */
    record KeyCheck(Rational credit, List<String> feedback) {
        KeyCheck {
            feedback = List.copyOf(feedback);
        }

        static KeyCheck right() {
            return new KeyCheck(Rational.ONE, List.of());
        }

        static KeyCheck wrong(List<String> feedback) {
            return new KeyCheck(Rational.ZERO, feedback);
        }
    }

    private ValueComparison() {
    }

    /** Full agreement: same kind, same dimensions, every number within its rule. */
    static boolean agrees(Value received, Value reference, PartSettings settings) {
        if (received instanceof Scalar r && reference instanceof Scalar k) {
            return settings.matches(r.num(), k.num());
        }
        if (received instanceof Tensor r && reference instanceof Tensor k) {
            return r.dims().equals(k.dims()) && rightEntries(r, k, settings) == k.size();
        }
        if (received instanceof Shape r && reference instanceof Shape k) {
            return r.dims().equals(k.dims());
        }
        if (received instanceof Expression r && reference instanceof Expression k) {
            return r.source().strip().equals(k.source().strip());
        }
        return false;
    }

    /**
     * Full agreement with a value recomputed in place of the key (follow-through): each number by
     * the rule {@link PartSettings#matches(org.hwgrade.model.Num, org.hwgrade.model.Num,
     * org.hwgrade.model.Num)} gives at its place in the key.
     */
    static boolean agreesInPlaceOf(Value received, Value reference, Value key, PartSettings settings) {
        if (received instanceof Scalar r && reference instanceof Scalar ref && key instanceof Scalar k) {
            return settings.matches(r.num(), ref.num(), k.num());
        }
        if (received instanceof Tensor r && reference instanceof Tensor ref && key instanceof Tensor k
                && ref.dims().equals(k.dims())) {
            if (!r.dims().equals(ref.dims())) {
                return false;
            }
            for (int i = 0; i < ref.size(); i++) {
                if (!settings.matches(r.entries().get(i), ref.entries().get(i), k.entries().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return agrees(received, reference, settings);
    }

    static KeyCheck againstKey(Value received, Value key, PartSettings settings) {
        if (received instanceof Scalar r && key instanceof Scalar k) {
            return scalar(r, k, settings);
        }
        if (received instanceof Tensor r && key instanceof Tensor k) {
            return tensor(r, k, settings);
        }
        if (received instanceof Shape r && key instanceof Shape k) {
            return shape(r, k, settings);
        }
        if (agrees(received, key, settings)) {
            return KeyCheck.right();
        }
        String expected = "expected " + key.describe() + ", read " + received.describe();
        return KeyCheck.wrong(List.of(sameKind(received, key) ? "not the expected answer" : expected));
    }

    private static KeyCheck scalar(Scalar received, Scalar key, PartSettings settings) {
        if (settings.matches(received.num(), key.num())) {
            return KeyCheck.right();
        }
        return KeyCheck.wrong(List.of(settings.showKey()
                ? "got " + received + ", expected " + key
                : "got " + received + ", which is not correct"));
    }

    private static KeyCheck shape(Shape received, Shape key, PartSettings settings) {
        if (received.dims().size() != key.dims().size()) {
            return KeyCheck.wrong(List.of("expected " + key.describe() + ", read " + received.describe()));
        }
        if (inOtherLayout(received, key, settings.layout())) {
            return KeyCheck.wrong(List.of(settings.layout() == ShapeLayout.HWC
                    ? "your shape is written (C, H, W); this part writes shapes H×W×C"
                    : "your shape is written H×W×C; this part writes shapes (C, H, W)"));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < key.dims().size(); i++) {
            int got = received.dims().get(i);
            int want = key.dims().get(i);
            if (got != want) {
                String name = dimensionName(i, key.dims().size(), settings.layout());
                lines.add(settings.showKey() ? name + ": got " + got + ", expected " + want : name + " is wrong");
            }
        }
        return lines.isEmpty() ? KeyCheck.right() : KeyCheck.wrong(lines);
    }

    private static KeyCheck tensor(Tensor received, Tensor key, PartSettings settings) {
        if (!received.dims().equals(key.dims())) {
            if (isTranspose(received, key, settings)) {
                return KeyCheck.wrong(List.of(TRANSPOSE_MESSAGE));
            }
            return KeyCheck.wrong(List.of("expected " + key.describe() + ", read " + received.describe()));
        }
        int total = key.size();
        int right = rightEntries(received, key, settings);
        if (right == total) {
            return KeyCheck.right();
        }
        // A transposed answer is one mistake, not a scatter of wrong entries: no per-entry credit.
        if (isTranspose(received, key, settings)) {
            return KeyCheck.wrong(List.of(TRANSPOSE_MESSAGE));
        }
        List<String> lines = new ArrayList<>();
        boolean proportional = settings.entries() == EntryCredit.PROPORTIONAL;
        lines.add(right + " of " + total + " entries right"
                + (proportional ? "" : "; this part earns credit only when all are right"));
        lines.addAll(wrongEntries(received, key, settings));
        Rational credit = proportional ? Rational.of(right, total) : Rational.ZERO;
        return new KeyCheck(credit, lines);
    }

    private static boolean isTranspose(Tensor received, Tensor key, PartSettings settings) {
        return received.isMatrix() && key.isMatrix() && agrees(received, key.transpose(), settings);
    }

    private static int rightEntries(Tensor received, Tensor key, PartSettings settings) {
        int right = 0;
        for (int i = 0; i < key.size(); i++) {
            if (settings.matches(received.entries().get(i), key.entries().get(i))) {
                right++;
            }
        }
        return right;
    }

    private static List<String> wrongEntries(Tensor received, Tensor key, PartSettings settings) {
        List<String> lines = new ArrayList<>();
        int wrong = 0;
        for (int i = 0; i < key.size(); i++) {
            if (settings.matches(received.entries().get(i), key.entries().get(i))) {
                continue;
            }
            wrong++;
            if (wrong > MAX_LISTED_ENTRIES) {
                continue;
            }
            String at = "entry " + position(i, key.dims());
            lines.add(settings.showKey()
                    ? at + ": got " + received.entries().get(i) + ", expected " + key.entries().get(i)
                    : at + " is wrong");
        }
        if (wrong > MAX_LISTED_ENTRIES) {
            lines.add("and " + (wrong - MAX_LISTED_ENTRIES) + " more wrong entries");
        }
        return lines;
    }

    /** The 1-based position of a row-major index: "3" in a vector, "(1, 2)" in a matrix. */
    static String position(int index, List<Integer> dims) {
        int[] at = new int[dims.size()];
        int rest = index;
        for (int axis = dims.size() - 1; axis >= 0; axis--) {
            at[axis] = rest % dims.get(axis) + 1;
            rest /= dims.get(axis);
        }
        if (at.length == 1) {
            return String.valueOf(at[0]);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int axis = 0; axis < at.length; axis++) {
            sb.append(axis == 0 ? "" : ", ").append(at[axis]);
        }
        return sb.append(')').toString();
    }

    /** The dimension's name in the part's layout: C, H, W for (C, H, W); H, W, C for H×W×C. */
    private static String dimensionName(int index, int rank, ShapeLayout layout) {
        return rank == 3 ? layout.name().substring(index, index + 1) : "dimension " + (index + 1);
    }

    /**
     * The key written in the other layout ((C, H, W) where H×W×C is asked, or the reverse): one
     * mistake of convention, named as such rather than as three wrong dimensions.
     */
    private static boolean inOtherLayout(Shape received, Shape key, ShapeLayout layout) {
        Shape chw = layout.toChw(key);
        Shape other = layout == ShapeLayout.HWC ? chw : ShapeLayout.HWC.fromChw(chw);
        return key.dims().size() == 3 && !received.equals(key) && received.equals(other);
    }

    private static boolean sameKind(Value a, Value b) {
        return a.getClass().equals(b.getClass());
    }
}
