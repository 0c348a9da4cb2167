/**
 * The comparator: number rules ({@link org.hwgrade.compare.NumberRules}), value comparison with
 * per-entry credit, misconceptions and follow-through ({@link org.hwgrade.compare.PartGrader}),
 * and whole submissions ({@link org.hwgrade.compare.SubmissionGrader}). Symbolic parts go through a pluggable
 * {@link org.hwgrade.compare.SymbolicJudge}. Rules, formulas and the case table that tests them:
 * docs/comparison.md.
 */
package org.hwgrade.compare;
