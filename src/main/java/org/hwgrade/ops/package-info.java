/**
 * The op library formulas call: groups of {@link org.hwgrade.formula.Op}s (reductions, maths,
 * shapes, and the deep-learning ops), gathered in {@link org.hwgrade.ops.StandardOps#REGISTRY}.
 * Depends on the model and the formula package; documented in docs/ops.md.
 */
package org.hwgrade.ops;
