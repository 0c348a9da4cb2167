package org.hwgrade.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hwgrade.model.Rational;

/**
 * A parsed formula. Every node knows its {@link Span} in the text so that an evaluation error can
 * point at the argument or operator at fault. Trees are immutable; {@link FormulaPrinter} writes
 * one back as canonical text and {@link FormulaParser} reads that text back to the same tree.
 */
public sealed interface Expr {

    Span span();

    /** The sub-expressions, left to right (the operands; not op, keyword or attribute names). */
    List<Expr> children();

    /** How tightly the node binds, for the printer's brackets: a postfix form unless overridden. */
    default int precedence() {
        return BinaryOp.Precedence.POSTFIX;
    }

    /** A number as written: {@code 3}, {@code 0.25}, {@code 1e-8}, held exactly (0.1 is 1/10). */
    record Literal(Rational value, Span span) implements Expr {
        public Literal {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
            if (value.signum() < 0 || !isTerminatingDecimal(value.denominator())) {
                throw new IllegalArgumentException("a literal is a non-negative decimal, not " + value);
            }
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }

        /** The decimal the printer writes: 0.25, 100000000 or 0.00000001. */
        public String decimal() {
            BigDecimal d = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
            return d.stripTrailingZeros().toPlainString();
        }

        private static boolean isTerminatingDecimal(BigInteger denominator) {
            BigInteger d = denominator;
            for (BigInteger p : List.of(BigInteger.TWO, BigInteger.valueOf(5))) {
                while (d.mod(p).signum() == 0) {
                    d = d.divide(p);
                }
            }
            return d.equals(BigInteger.ONE);
        }
    }

    /** A string: a layer kind, an option ({@code "same"}). */
    record Quoted(String value, Span span) implements Expr {
        public Quoted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code true} or {@code false}: a switch of an op or a layer ({@code bias=false}). */
    record Truth(boolean value, Span span) implements Expr {
        public Truth {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** A given or another quantity, resolved by the evaluator's {@link Scope}. */
    record Name(String name, Span span) implements Expr {
        public Name {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of();
        }
    }

    /** {@code [a, b, c]}: a vector, a matrix when the items are rows, or a list of records. */
    record ListOf(List<Expr> items, Span span) implements Expr {
        public ListOf {
            items = List.copyOf(items);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return items;
        }
    }

    record Negate(Expr operand, Span span) implements Expr {
        public Negate {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of(operand);
        }

        @Override
        public int precedence() {
            return BinaryOp.Precedence.UNARY;
        }
    }

    /** {@code left op right}; {@code operator} is the span of the operator's symbol. */
    record Binary(BinaryOp op, Expr left, Expr right, Span operator, Span span) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of(left, right);
        }

        @Override
        public int precedence() {
            return op.precedence();
        }
    }

    /** {@code op(args..., name=value...)}: positional arguments come before keyword arguments. */
    record Call(String op, Span opSpan, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public Call {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(opSpan, "opSpan");
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            List<Expr> all = new ArrayList<>(args);
            keywords.forEach(k -> all.add(k.value()));
            return all;
        }
    }

    record Keyword(String name, Span nameSpan, Expr value) {
        public Keyword {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameSpan, "nameSpan");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code x[0]}, {@code x[1:3, :]}: one subscript per leading axis. */
    record Index(Expr target, List<Subscript> subscripts, Span span) implements Expr {
        public Index {
            Objects.requireNonNull(target, "target");
            subscripts = List.copyOf(subscripts);
            if (subscripts.isEmpty()) {
                throw new IllegalArgumentException("an index needs at least one subscript");
            }
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            List<Expr> all = new ArrayList<>();
            all.add(target);
            subscripts.forEach(s -> all.addAll(s.children()));
            return all;
        }
    }

    /** {@code net.conv1.shape}, {@code x.T}: an attribute of a record or of a tensor. */
    record Member(Expr target, String name, Span nameSpan, Span span) implements Expr {
        public Member {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameSpan, "nameSpan");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Expr> children() {
            return List.of(target);
        }
    }

    /** One subscript: a single position (drops the axis) or a slice {@code start:stop} (keeps it). */
    sealed interface Subscript {
        Span span();

        List<Expr> children();

        record At(Expr index) implements Subscript {
            public At {
                Objects.requireNonNull(index, "index");
            }

            @Override
            public Span span() {
                return index.span();
            }

            @Override
            public List<Expr> children() {
                return List.of(index);
            }
        }

        record Slice(Optional<Expr> start, Optional<Expr> stop, Span span) implements Subscript {
            public Slice {
                Objects.requireNonNull(start, "start");
                Objects.requireNonNull(stop, "stop");
                Objects.requireNonNull(span, "span");
            }

            @Override
            public List<Expr> children() {
                List<Expr> both = new ArrayList<>(2);
                start.ifPresent(both::add);
                stop.ifPresent(both::add);
                return both;
            }
        }
    }
}
