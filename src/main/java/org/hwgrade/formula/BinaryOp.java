package org.hwgrade.formula;

/**
 * The binary operators, with the symbol the printer writes and their precedence (higher binds
 * tighter). Comparisons do not chain; {@code ^} groups to the right, the others to the left.
 */
public enum BinaryOp {
    EQ("==", Precedence.COMPARISON), NE("!=", Precedence.COMPARISON),
    LT("<", Precedence.COMPARISON), LE("<=", Precedence.COMPARISON),
    GT(">", Precedence.COMPARISON), GE(">=", Precedence.COMPARISON),
    ADD("+", Precedence.ADDITIVE), SUBTRACT("-", Precedence.ADDITIVE),
    MULTIPLY("*", Precedence.MULTIPLICATIVE), DIVIDE("/", Precedence.MULTIPLICATIVE),
    MATMUL("@", Precedence.MULTIPLICATIVE),
    POWER("^", Precedence.POWER);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isComparison() {
        return precedence == Precedence.COMPARISON;
    }

    /** Binding strengths of the grammar's levels, loosest first. */
    static final class Precedence {
        static final int COMPARISON = 1;
        static final int ADDITIVE = 2;
        static final int MULTIPLICATIVE = 3;
        static final int UNARY = 4;
        static final int POWER = 5;
        static final int POSTFIX = 6;

        private Precedence() {
        }
    }
}
