package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A parsed expression. Every node evaluates to a real matrix (vectors are columns, scalars 1×1)
 * at one instance; sums and products are n-ary so that long inputs stay shallow.
 */
sealed interface Node permits Node.Leaf, Node.Entry, Node.OneHot, Node.Delta, Node.Sum,
        Node.Neg, Node.Chain, Node.Power, Node.Transpose, Node.Call, Node.Compare, Node.Norm, MatrixLiteral,
        IndexForm {

    RealMatrix evaluate(Scope scope) throws EvalException;

    /** The same expression with every subscript rewritten (how entry patterns are abstracted). */
    Node withIndices(UnaryOperator<Index> rewrite);

    List<Node> children();

    /** The subscripts this node itself carries (not its children's). */
    default List<Index> ownIndices() {
        return List.of();
    }

    /** Visits this node and its descendants, parents first. */
    default void walk(Consumer<Node> visitor) {
        visitor.accept(this);
        for (Node child : children()) {
            child.walk(visitor);
        }
    }

    /** A node with no children and no subscripts: rewriting its indices leaves it as it is. */
    sealed interface Leaf extends Node permits Num, Size, Sym {
        @Override
        default Node withIndices(UnaryOperator<Index> rewrite) {
            return this;
        }

        @Override
        default List<Node> children() {
            return List.of();
        }
    }

    /** A number written in the answer. */
    record Num(double value) implements Leaf {
        @Override
        public RealMatrix evaluate(Scope scope) {
            return MatrixOps.scalar(value);
        }
    }

    /** A size such as N or m used as a number, as in (2/N) X^T (X w - y). */
    record Size(String dimension) implements Leaf {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.scalar(scope.size(dimension));
        }
    }

    /** A declared symbol such as s, x or W. */
    record Sym(String name) implements Leaf {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            RealMatrix value = scope.instance().values().get(name);
            if (value == null) {
                throw new EvalException("`" + name + "` has no value");
            }
            return value;
        }
    }

    /** One entry of a declared symbol: s_y, x_j, W_{ij}. */
    record Entry(String name, List<Index> indices) implements Node {
        public Entry {
            indices = List.copyOf(indices);
        }

        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            RealMatrix value = new Sym(name).evaluate(scope);
            int rows = value.getRowDimension();
            int cols = value.getColumnDimension();
            if (indices.size() == 1) {
                int k = indices.get(0).evaluate(scope.indices());
                int length = rows * cols;
                if (k < 1 || k > length) {
                    throw new EvalException("`" + this + "` is out of range: " + name + " has " + length + " entries");
                }
                return MatrixOps.scalar(cols == 1 ? value.getEntry(k - 1, 0) : value.getEntry(0, k - 1));
            }
            int i = indices.get(0).evaluate(scope.indices());
            int j = indices.get(1).evaluate(scope.indices());
            if (i < 1 || i > rows || j < 1 || j > cols) {
                throw new EvalException("`" + this + "` is out of range: " + name + " is " + rows + "×" + cols);
            }
            return MatrixOps.scalar(value.getEntry(i - 1, j - 1));
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Entry(name, indices.stream().map(rewrite).toList());
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public List<Index> ownIndices() {
            return indices;
        }

        @Override
        public String toString() {
            return name + "_{" + String.join(",", indices.stream().map(Index::toString).toList()) + "}";
        }
    }

    /** The one-hot column vector e_k of the given length (e_y for the true class). */
    record OneHot(Index index, String length) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            int size = scope.size(length);
            int k = index.evaluate(scope.indices());
            if (k < 1 || k > size) {
                throw new EvalException("the one-hot e_" + index + " is out of range: it has " + size + " entries");
            }
            RealMatrix vector = MatrixUtils.createRealMatrix(size, 1);
            vector.setEntry(k - 1, 0, 1);
            return vector;
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new OneHot(rewrite.apply(index), length);
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public List<Index> ownIndices() {
            return List.of(index);
        }
    }

    /** Kronecker's delta: 1 if both indices are equal, else 0. */
    record Delta(Index first, Index second) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.scalar(first.evaluate(scope.indices()) == second.evaluate(scope.indices()) ? 1 : 0);
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Delta(rewrite.apply(first), rewrite.apply(second));
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public List<Index> ownIndices() {
            return List.of(first, second);
        }
    }

    /** A term of a sum with its sign. */
    record Signed(boolean negative, Node term) {
    }

    /** t1 ± t2 ± ... */
    record Sum(List<Signed> terms) implements Node {
        public Sum {
            terms = List.copyOf(terms);
        }

        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            RealMatrix total = terms.get(0).term().evaluate(scope);
            if (terms.get(0).negative()) {
                total = MatrixOps.negate(total);
            }
            for (Signed signed : terms.subList(1, terms.size())) {
                total = MatrixOps.add(total, signed.term().evaluate(scope), signed.negative());
            }
            return total;
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Sum(terms.stream().map(t -> new Signed(t.negative(), t.term().withIndices(rewrite))).toList());
        }

        @Override
        public List<Node> children() {
            return terms.stream().map(Signed::term).toList();
        }
    }

    /** -t */
    record Neg(Node operand) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.negate(operand.evaluate(scope));
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Neg(operand.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(operand);
        }
    }

    /**
     * How two factors of a chain combine. ASTERISK is {@code *} (and {@code \ast}): students write it
     * for numpy's entry-by-entry product as often as for the matrix product, so the shapes decide.
     * CDOT is {@code \cdot}: the matrix product, except between two vectors of one length.
     */
    enum Op { PRODUCT, CDOT, ASTERISK, HADAMARD, DIVIDE }

    /** One operator and the factor after it. */
    record Link(Op op, Node factor) {
    }

    /** f1 op f2 op ..., evaluated from the left (juxtaposition, \cdot, \times, *, \odot, /). */
    record Chain(Node first, List<Link> links) implements Node {
        public Chain {
            links = List.copyOf(links);
        }

        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            RealMatrix value = first.evaluate(scope);
            for (Link link : links) {
                RealMatrix next = link.factor().evaluate(scope);
                value = switch (link.op()) {
                    case PRODUCT -> MatrixOps.product(value, next);
                    case CDOT -> MatrixOps.cdot(value, next);
                    case ASTERISK -> MatrixOps.asterisk(value, next);
                    case HADAMARD -> MatrixOps.hadamard(value, next);
                    case DIVIDE -> MatrixOps.divide(value, next);
                };
            }
            return value;
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Chain(first.withIndices(rewrite),
                    links.stream().map(l -> new Link(l.op(), l.factor().withIndices(rewrite))).toList());
        }

        @Override
        public List<Node> children() {
            List<Node> all = new ArrayList<>();
            all.add(first);
            links.forEach(link -> all.add(link.factor()));
            return all;
        }
    }

    /** A scalar power such as s_y^{-1}. */
    record Power(Node base, Node exponent) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.power(base.evaluate(scope), exponent.evaluate(scope));
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Power(base.withIndices(rewrite), exponent.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(base, exponent);
        }
    }

    /** t^T */
    record Transpose(Node operand) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.transpose(operand.evaluate(scope));
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Transpose(operand.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(operand);
        }
    }

    /** The named functions of the language. */
    enum Function {
        DIAG, EXP, LOG, SOFTMAX, SIGMOID, TANH, RELU;

        static Function named(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "diag" -> DIAG;
                case "exp" -> EXP;
                case "log", "ln" -> LOG;
                case "softmax" -> SOFTMAX;
                case "sigma", "sigmoid" -> SIGMOID;
                case "tanh" -> TANH;
                case "relu" -> RELU;
                default -> null;
            };
        }
    }

    /** diag(v), softmax(v); exp, log, σ, tanh, ReLU entry by entry. */
    record Call(Function function, Node argument) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            RealMatrix value = argument.evaluate(scope);
            return switch (function) {
                case DIAG -> MatrixOps.diag(value);
                case EXP -> MatrixOps.elementwise(value, Math::exp);
                case LOG -> MatrixOps.elementwise(value, Math::log);
                case SOFTMAX -> MatrixOps.finite(MatrixOps.softmax(value));
                case SIGMOID -> MatrixOps.elementwise(value, t -> 1 / (1 + Math.exp(-t)));
                case TANH -> MatrixOps.elementwise(value, Math::tanh);
                case RELU -> MatrixOps.elementwise(value, t -> Math.max(0, t));
            };
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Call(function, argument.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(argument);
        }
    }

    /** How a comparison compares; entries are compared one by one. */
    enum Relation {
        LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL;

        boolean holds(double a, double b) {
            return switch (this) {
                case LESS -> a < b;
                case LESS_OR_EQUAL -> a <= b;
                case GREATER -> a > b;
                case GREATER_OR_EQUAL -> a >= b;
            };
        }
    }

    /** a > b entry by entry, 1 where it holds and 0 elsewhere: the indicator 1[W x + b > 0]. */
    record Compare(Node left, Relation relation, Node right) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.compare(left.evaluate(scope), right.evaluate(scope), relation);
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Compare(left.withIndices(rewrite), relation, right.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(left, right);
        }
    }

    /** ‖t‖: the Euclidean norm of a vector (the Frobenius norm of a matrix), a number. */
    record Norm(Node operand) implements Node {
        @Override
        public RealMatrix evaluate(Scope scope) throws EvalException {
            return MatrixOps.scalar(operand.evaluate(scope).getFrobeniusNorm());
        }

        @Override
        public Node withIndices(UnaryOperator<Index> rewrite) {
            return new Norm(operand.withIndices(rewrite));
        }

        @Override
        public List<Node> children() {
            return List.of(operand);
        }
    }
}
