package org.hwgrade.ops.network;

/**
 * How many input pixels one output position sees along each spatial axis, and how far apart (in
 * input pixels) neighbouring output positions are: a window of effective size F′ = D(F − 1) + 1 and
 * stride S grows the field by (F′ − 1)·jump and multiplies the jump by S.
 */
public record ReceptiveField(long height, long width, long jumpHeight, long jumpWidth) {

    /** One input pixel sees itself. */
    public static final ReceptiveField PIXEL = new ReceptiveField(1, 1, 1, 1);

    ReceptiveField through(Window w, Mistakes m) {
        return new ReceptiveField(
                Counts.sum(height, Counts.product(w.effectiveHeight(m) - 1, jumpHeight)),
                Counts.sum(width, Counts.product(w.effectiveWidth(m) - 1, jumpWidth)),
                Counts.product(jumpHeight, w.strideHeight()), Counts.product(jumpWidth, w.strideWidth()));
    }
}
