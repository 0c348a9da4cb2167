package org.hwgrade.formula;

import java.util.List;

/**
 * A family of related ops (reductions, convolutions, layer stacks), each group a class of its own
 * so that adding one touches only its file and one line of the standard registry's list
 * ({@code org.hwgrade.ops.StandardOps}).
 */
public interface OpGroup {

    List<Op> ops();
}
