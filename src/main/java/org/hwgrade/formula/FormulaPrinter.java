package org.hwgrade.formula;

import org.hwgrade.formula.BinaryOp.Precedence;
import org.hwgrade.formula.Expr.Subscript;

/**
 * Writes a formula in canonical form: one space around binary operators, none inside brackets,
 * {@code ", "} between arguments, and brackets only where precedence needs them. Parsing the
 * printed text gives back the same tree (FormulaProperties).
 */
public final class FormulaPrinter {

    private FormulaPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e, int least) {
        boolean brackets = e.precedence() < least;
        if (brackets) {
            sb.append('(');
        }
        if (e instanceof Expr.Literal l) {
            sb.append(l.decimal());
        } else if (e instanceof Expr.Quoted q) {
            sb.append('"').append(q.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (e instanceof Expr.Truth t) {
            sb.append(t.value());
        } else if (e instanceof Expr.Name n) {
            sb.append(n.name());
        } else if (e instanceof Expr.ListOf l) {
            sb.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                separate(sb, i);
                write(sb, l.items().get(i), 0);
            }
            sb.append(']');
        } else if (e instanceof Expr.Negate n) {
            sb.append('-');
            write(sb, n.operand(), Precedence.UNARY);
        } else if (e instanceof Expr.Binary b) {
            binary(sb, b);
        } else if (e instanceof Expr.Call c) {
            call(sb, c);
        } else if (e instanceof Expr.Index ix) {
            write(sb, ix.target(), Precedence.POSTFIX);
            sb.append('[');
            for (int i = 0; i < ix.subscripts().size(); i++) {
                separate(sb, i);
                subscript(sb, ix.subscripts().get(i));
            }
            sb.append(']');
        } else {
            Expr.Member m = (Expr.Member) e;
            write(sb, m.target(), Precedence.POSTFIX);
            sb.append('.').append(m.name());
        }
        if (brackets) {
            sb.append(')');
        }
    }

    private static void binary(StringBuilder sb, Expr.Binary b) {
        int p = b.op().precedence();
        int left;
        int right;
        if (b.op() == BinaryOp.POWER) {
            left = Precedence.POSTFIX;
            right = Precedence.UNARY;
        } else if (b.op().isComparison()) {
            left = p + 1;
            right = p + 1;
        } else {
            left = p;
            right = p + 1;
        }
        write(sb, b.left(), left);
        sb.append(' ').append(b.op().symbol()).append(' ');
        write(sb, b.right(), right);
    }

    private static void call(StringBuilder sb, Expr.Call c) {
        sb.append(c.op()).append('(');
        int i = 0;
        for (Expr a : c.args()) {
            separate(sb, i++);
            write(sb, a, 0);
        }
        for (Expr.Keyword k : c.keywords()) {
            separate(sb, i++);
            sb.append(k.name()).append('=');
            write(sb, k.value(), 0);
        }
        sb.append(')');
    }

    private static void subscript(StringBuilder sb, Subscript s) {
        if (s instanceof Subscript.Slice sl) {
            sl.start().ifPresent(x -> write(sb, x, 0));
            sb.append(':');
            sl.stop().ifPresent(x -> write(sb, x, 0));
        } else {
            write(sb, ((Subscript.At) s).index(), 0);
        }
    }

    private static void separate(StringBuilder sb, int i) {
        if (i > 0) {
            sb.append(", ");
        }
    }
}
