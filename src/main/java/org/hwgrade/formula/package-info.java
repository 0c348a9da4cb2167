/**
 * The formula language of rubrics: {@link org.hwgrade.formula.FormulaParser} reads a formula into an
 * {@link org.hwgrade.formula.Expr}, {@link org.hwgrade.formula.FormulaPrinter} writes it back,
 * {@link org.hwgrade.formula.FreeNames} lists the names it depends on, and
 * {@link org.hwgrade.formula.Evaluator} computes it exactly over a {@link org.hwgrade.formula.Scope},
 * calling the ops of an {@link org.hwgrade.formula.OpRegistry}. Also the one home of exact number
 * arithmetic ({@link org.hwgrade.formula.NumArithmetic}). Depends on the model only.
 * The language and the ops are documented in docs/ops.md.
 */
package org.hwgrade.formula;
