package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hwgrade.symbolic.Node.Chain;
import org.hwgrade.symbolic.Node.Link;
import org.hwgrade.symbolic.Node.Op;
import org.hwgrade.symbolic.Node.Signed;
import org.hwgrade.symbolic.Token.Kind;

/**
 * Reads one answer into a {@link Node}. Recursive descent over the lexer's tokens:
 * <pre>
 *   compare := sum [(< | > | \leq | \geq) sum]          (inside brackets: 1[W x + b > 0])
 *   sum     := [+|-] term ((+|-) term)*
 *   term    := factor ((\cdot | \times | * | \odot | / | juxtaposition) factor)*
 *   factor  := (+|-) factor | primary postfix*
 *   postfix := ^T | ^\top | ' | ^exponent
 *   primary := number | size | symbol[_index] | e_k | 1_k | 1_{compare} | \delta_{ij} | function(arg)
 *            | \frac{a}{b} | ( compare ) | [ compare ] | { compare } | \| sum \| | \begin{bmatrix} cells \end{bmatrix}
 * </pre>
 * Only the text after the last top-level {@code =} is read (the final right-hand side).
 */
final class Parser {

    static final int MAX_DEPTH = 200;
    static final int MAX_MATRICES = 16;

    private static final Set<Kind> STARTS_FACTOR = Set.of(Kind.NUMBER, Kind.LETTERS, Kind.FUNCTION, Kind.OPEN,
            Kind.LBRACE, Kind.FRAC, Kind.DELTA, Kind.BEGIN, Kind.DOTS, Kind.NORM, Kind.UNSUPPORTED);
    private static final Set<Kind> ENDS_CELL = Set.of(Kind.AMP, Kind.ROW_SEP, Kind.END);

    private final String text;
    private final List<Token> tokens;
    private final SymbolTable table;
    private final EllipsisInference ellipsis;
    private int pos;
    private int depth;
    private boolean inMatrix;
    private boolean inNorm;
    private int matrices;

    private Parser(String text, List<Token> tokens, SymbolTable table, Definitions definitions) {
        this.text = text;
        this.tokens = tokens;
        this.table = table;
        this.ellipsis = new EllipsisInference(table, definitions);
    }

    /** @param definitions the symbols' definitions, which a matrix with ellipses is verified against */
    static Node parse(String raw, SymbolTable table, Definitions definitions) throws ReadException {
        String text = ExpressionLexer.normalise(raw);
        List<Token> tokens = new ArrayList<>(finalRightHandSide(ExpressionLexer.lex(text, table.multiLetterNames())));
        if (tokens.size() == 1) {
            throw new ReadException("the answer is empty");
        }
        Parser parser = new Parser(text, tokens, table, definitions);
        Node node = parser.comparison();
        if (!parser.peek().is(Kind.EOF)) {
            throw parser.unexpected();
        }
        return IndexNotation.wrap(node, table);
    }

    /**
     * The tokens after the last {@code =} outside any bracket or matrix, up to a trailing
     * {@code \in \mathbb{R}^{m \times n}} or comma (with the final EOF).
     */
    private static List<Token> finalRightHandSide(List<Token> tokens) {
        int nesting = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            switch (tokens.get(i).kind()) {
                case OPEN, LBRACE, BEGIN -> nesting++;
                case CLOSE, RBRACE, END -> nesting--;
                case EQUALS -> {
                    if (nesting <= 0) {
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        int end = tokens.size() - 1;
        nesting = 0;
        for (int i = start; i < tokens.size() - 1; i++) {
            Kind kind = tokens.get(i).kind();
            nesting += kind == Kind.OPEN || kind == Kind.LBRACE || kind == Kind.BEGIN ? 1
                    : kind == Kind.CLOSE || kind == Kind.RBRACE || kind == Kind.END ? -1 : 0;
            if (kind == Kind.MEMBER_OF && nesting <= 0) {
                end = i;
                break;
            }
        }
        while (end > start && tokens.get(end - 1).is(Kind.COMMA)) {
            end--;
        }
        List<Token> rightHandSide = new ArrayList<>(tokens.subList(start, end));
        rightHandSide.add(tokens.get(tokens.size() - 1));
        return rightHandSide;
    }

    // ---------------------------------------------------------------- grammar

    private Node sum() throws ReadException {
        List<Signed> terms = new ArrayList<>();
        boolean negative = false;
        if (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            negative = advance().is(Kind.MINUS);
        }
        terms.add(new Signed(negative, term()));
        while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            boolean minus = advance().is(Kind.MINUS);
            terms.add(new Signed(minus, term()));
        }
        return terms.size() == 1 && !terms.get(0).negative() ? terms.get(0).term() : new Node.Sum(terms);
    }

    private Node term() throws ReadException {
        Node first = factor();
        List<Link> links = new ArrayList<>();
        while (true) {
            Kind kind = peek().kind();
            Op op;
            if (kind == Kind.TIMES) {
                Token times = advance();
                op = isAsterisk(times) ? Op.ASTERISK : isCdot(times) ? Op.CDOT : Op.PRODUCT;
            } else if (kind == Kind.HADAMARD) {
                op = Op.HADAMARD;
                advance();
            } else if (kind == Kind.SLASH) {
                op = Op.DIVIDE;
                advance();
            } else if (kind == Kind.NORM && inNorm) {
                break; // the bar that closes the norm
            } else if (STARTS_FACTOR.contains(kind)) {
                op = Op.PRODUCT;
            } else {
                break;
            }
            links.add(new Link(op, factor()));
        }
        return links.isEmpty() ? first : new Chain(first, links);
    }

    /** {@code *} or {@code \ast}, as opposed to {@code \cdot} and {@code \times}, which are the matrix product. */
    private static boolean isAsterisk(Token times) {
        return times.text().equals("*") || times.text().startsWith("\\ast");
    }

    /** {@code \cdot} (and the '·' it is written as): the matrix product, but between two vectors it may be the dot product. */
    private static boolean isCdot(Token times) {
        return times.text().startsWith("\\cdot");
    }

    private Node comparison() throws ReadException {
        Node left = sum();
        if (!peek().is(Kind.COMPARE)) {
            return left;
        }
        Node.Relation relation = relation(advance());
        return new Node.Compare(left, relation, sum());
    }

    private static Node.Relation relation(Token token) {
        String op = token.text();
        boolean greater = op.equals(">") || op.startsWith("\\g");
        boolean orEqual = op.startsWith("\\geq") || op.startsWith("\\leq") || op.equals("\\ge") || op.equals("\\le");
        return greater ? (orEqual ? Node.Relation.GREATER_OR_EQUAL : Node.Relation.GREATER)
                : orEqual ? Node.Relation.LESS_OR_EQUAL : Node.Relation.LESS;
    }

    private Node factor() throws ReadException {
        if (peek().is(Kind.MINUS) || peek().is(Kind.PLUS)) {
            boolean minus = advance().is(Kind.MINUS);
            enter();
            Node operand = factor();
            leave();
            return minus ? new Node.Neg(operand) : operand;
        }
        return postfix(primary());
    }

    private Node postfix(Node base) throws ReadException {
        Node node = base;
        for (int count = 0; ; count++) {
            if (count > MAX_DEPTH) {
                throw new ReadException("too many exponents or transposes in a row");
            }
            if (peek().is(Kind.CARET)) {
                advance();
                node = superscript(node);
            } else if (peek().is(Kind.PRIME)) {
                advance();
                node = new Node.Transpose(node);
            } else if (peek().is(Kind.UNDERSCORE)) {
                throw new ReadException("a subscript must follow a symbol name: `" + excerpt(text, peek().start()) + "`");
            } else {
                return node;
            }
        }
    }

    private Node superscript(Node base) throws ReadException {
        if (isTransposeMark(peek())) {
            advance();
            return new Node.Transpose(base);
        }
        if (peek().is(Kind.LBRACE) && isTransposeMark(peek(1)) && peek(2).is(Kind.RBRACE)) {
            pos += 3;
            return new Node.Transpose(base);
        }
        return new Node.Power(base, exponent());
    }

    private boolean isTransposeMark(Token token) {
        return token.is(Kind.TRANSPOSE_MARK) || token.is(Kind.PRIME)
                || token.is(Kind.LETTERS) && token.text().equals("T") && table.shapeOf("T").isEmpty();
    }

    /** A superscript that is not a transpose: {-1}, -1, 2, (-1), {l_1}. */
    private Node exponent() throws ReadException {
        Token next = peek();
        if (next.is(Kind.LBRACE) || next.is(Kind.OPEN)) {
            return primary();
        }
        if (next.is(Kind.MINUS)) {
            advance();
            return new Node.Neg(exponent());
        }
        if (next.is(Kind.NUMBER) || next.is(Kind.LETTERS)) {
            return primary();
        }
        throw new ReadException("cannot read the exponent at `" + excerpt(text, next.start()) + "`");
    }

    private Node primary() throws ReadException {
        enter();
        Token token = advance();
        Node node = switch (token.kind()) {
            case NUMBER -> number(token);
            case LETTERS -> symbol(token);
            case FUNCTION -> function(token);
            case OPEN -> closedBy(Kind.CLOSE, comparison());
            case LBRACE -> closedBy(Kind.RBRACE, comparison());
            case NORM -> norm();
            case FRAC -> fraction();
            case DELTA -> delta(token);
            case BEGIN -> matrix(token);
            case DOTS -> throw new ReadException("an ellipsis `" + token.text()
                    + "` can only stand in a matrix (write the matrix with \\begin{bmatrix})");
            case UNSUPPORTED -> throw new ReadException("`" + token.text() + "` is not supported here: `"
                    + excerpt(text, token.start()) + "`");
            default -> {
                pos--;
                throw unexpected();
            }
        };
        leave();
        return node;
    }

    /** ‖v‖, \|v\|, \lVert v \rVert, with an optional _2 or _F after it (the same norm). */
    private Node norm() throws ReadException {
        if (inNorm) {
            throw new ReadException("a norm inside a norm is not supported: `" + excerpt(text, peek().start()) + "`");
        }
        inNorm = true;
        Node inside = sum();
        inNorm = false;
        if (!peek().is(Kind.NORM)) {
            throw new ReadException("a norm is not closed: `" + excerpt(text, peek().start()) + "`");
        }
        advance();
        if (peek().is(Kind.UNDERSCORE)) {
            int at = pos;
            advance();
            List<Token> sub = subscript();
            String which = String.join("", sub.stream().map(Token::text).toList());
            if (!which.equals("2") && !which.equals("F")) {
                pos = at;
                throw new ReadException("only the Euclidean norm (_2, or _F for a matrix) is supported: `"
                        + excerpt(text, peek().start()) + "`");
            }
        }
        return new Node.Norm(inside);
    }

    private Node closedBy(Kind close, Node inside) throws ReadException {
        if (!peek().is(close)) {
            throw new ReadException("a bracket is not closed: `" + excerpt(text, peek().start()) + "`");
        }
        advance();
        return inside;
    }

    private Node number(Token token) throws ReadException {
        double value = Double.parseDouble(token.text());
        if (value == 1 && (peek().is(Kind.OPEN) || peek().is(Kind.LBRACE)) && bracedGroupCompares()) {
            return primary(); // the indicator 1[W x + b > 0], one factor as 1_{...} is
        }
        if (peek().is(Kind.UNDERSCORE)) {
            advance();
            if (value == 1 && peek().is(Kind.LBRACE) && bracedGroupCompares()) {
                advance();
                return closedBy(Kind.RBRACE, comparison()); // the indicator 1_{W x + b > 0}
            }
            List<Token> sub = subscript();
            if (value == 1 && table.hasBasisVectors()) {
                return basisVector(indices(sub, 1).get(0));
            }
            throw new ReadException("a number cannot have a subscript: `" + excerpt(text, token.start()) + "`");
        }
        return new Node.Num(value);
    }

    private Node symbol(Token token) throws ReadException {
        String name = token.text();
        if (peek().is(Kind.UNDERSCORE)) {
            advance();
            List<Token> sub = subscript();
            String compound = name + "_" + String.join("", sub.stream().map(Token::text).toList());
            if (table.shapeOf(compound).isPresent()) {
                return new Node.Sym(compound);
            }
            var shape = table.shapeOf(name);
            if (shape.isPresent()) {
                if (shape.get().isScalar()) {
                    throw new ReadException("`" + name + "` is a single number; it has no entries");
                }
                return new Node.Entry(name, indices(sub, shape.get().isVector() ? 1 : 2));
            }
            if ((name.equals("e") || name.equals("E")) && table.hasBasisVectors()) {
                return basisVector(indices(sub, 1).get(0));
            }
            throw new ReadException("unknown symbol `" + compound + "`" + declared());
        }
        if (table.shapeOf(name).isPresent()) {
            return new Node.Sym(name);
        }
        if (name.equals("e") && peek().is(Kind.CARET) && !isTransposeMark(peek(1))) {
            advance();
            return new Node.Call(Node.Function.EXP, exponent());
        }
        if (table.isIndex(name)) {
            throw new ReadException("`" + name + "` is an index (1.." + table.indexRanges().get(name)
                    + "), not a value: use it as a subscript (x_" + name + ") or write e_" + name
                    + " for its one-hot vector");
        }
        if (table.dimensions().contains(name)) {
            return new Node.Size(name);
        }
        throw new ReadException("unknown symbol `" + name + "`" + declared());
    }

    private String declared() {
        return " (the declared symbols are " + String.join(", ", table.declaredNames()) + ")";
    }

    /** e_k, 1_k, onehot(k): the one-hot vector at k, as long as the range of the declared index. */
    private Node basisVector(Index index) {
        return new Node.OneHot(index, table.basisLength(index));
    }

    /** Whether the bracketed group that opens at the current token holds a comparison (1[a > 0], 1_{\{a > 0\}}). */
    private boolean bracedGroupCompares() {
        int nesting = 0;
        for (int k = pos; k < tokens.size(); k++) {
            Kind kind = tokens.get(k).kind();
            if (kind == Kind.LBRACE || kind == Kind.OPEN) {
                nesting++;
            } else if ((kind == Kind.RBRACE || kind == Kind.CLOSE) && --nesting == 0 || kind == Kind.EOF) {
                return false;
            } else if (kind == Kind.COMPARE) {
                return true;
            }
        }
        return false;
    }

    private Node function(Token token) throws ReadException {
        if (token.text().equals("onehot")) {
            if (!table.hasBasisVectors()) {
                throw new ReadException("onehot is not available: the problem declares no index such as y");
            }
            if (!peek().is(Kind.OPEN) && !peek().is(Kind.LBRACE)) {
                throw new ReadException("onehot needs its index in parentheses: onehot(y)");
            }
            Kind close = advance().is(Kind.OPEN) ? Kind.CLOSE : Kind.RBRACE;
            List<Token> inside = new ArrayList<>();
            while (!peek().is(close)) {
                if (peek().is(Kind.EOF)) {
                    throw new ReadException("onehot( is not closed");
                }
                inside.add(advance());
            }
            advance();
            return basisVector(indices(inside, 1).get(0));
        }
        Node.Function function = Node.Function.named(token.text());
        Node argument = peek().is(Kind.OPEN) || peek().is(Kind.LBRACE) ? primary() : postfix(primary());
        return new Node.Call(function, argument);
    }

    private Node fraction() throws ReadException {
        Node numerator = fractionArgument();
        Node denominator = fractionArgument();
        return new Chain(numerator, List.of(new Link(Op.DIVIDE, denominator)));
    }

    /** A braced argument, or (as in \frac12) a single character. */
    private Node fractionArgument() throws ReadException {
        Token next = peek();
        if (next.is(Kind.NUMBER) && next.text().length() > 1 && next.text().chars().allMatch(Character::isDigit)) {
            tokens.set(pos, new Token(Kind.NUMBER, next.text().substring(1), next.start() + 1, next.end()));
            return new Node.Num(next.text().charAt(0) - '0');
        }
        if (next.is(Kind.LBRACE) || next.is(Kind.NUMBER) || next.is(Kind.LETTERS)) {
            return primary();
        }
        throw new ReadException("cannot read the fraction at `" + excerpt(text, next.start()) + "`");
    }

    private Node delta(Token token) throws ReadException {
        if (!peek().is(Kind.UNDERSCORE)) {
            throw new ReadException("\\delta needs two indices, as in \\delta_{ij}");
        }
        advance();
        List<Token> sub = new ArrayList<>(subscript());
        // \delta_ij: LaTeX would subscript only i, but j is plainly meant as the second index.
        if (sub.size() == 1 && peek().is(Kind.LETTERS) && peek().start() == sub.get(0).end()) {
            sub.add(advance());
        }
        List<Index> pair = indices(sub, 2);
        return new Node.Delta(pair.get(0), pair.get(1));
    }

    private Node matrix(Token begin) throws ReadException {
        if (inMatrix) {
            throw new ReadException("a matrix inside a matrix entry is not supported");
        }
        if (++matrices > MAX_MATRICES) {
            throw new ReadException("more than " + MAX_MATRICES + " matrices in one answer");
        }
        inMatrix = true;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        while (true) {
            row.add(cell());
            Token separator = advance();
            if (separator.is(Kind.AMP)) {
                continue;
            }
            if (separator.is(Kind.ROW_SEP)) {
                rows.add(row);
                row = new ArrayList<>();
            } else if (separator.is(Kind.END)) {
                rows.add(row);
                break;
            } else if (separator.is(Kind.EOF)) {
                throw new ReadException("\\begin{" + begin.text() + "} has no \\end{" + begin.text() + "}");
            } else {
                pos--;
                throw unexpected();
            }
        }
        inMatrix = false;
        return ellipsis.infer(rows);
    }

    private Cell cell() throws ReadException {
        if (ENDS_CELL.contains(peek().kind()) || peek().is(Kind.EOF)) {
            return new Cell.Blank();
        }
        if (peek().is(Kind.DOTS) && (ENDS_CELL.contains(peek(1).kind()) || peek(1).is(Kind.EOF))) {
            advance();
            return new Cell.Dots();
        }
        int start = peek().start();
        Node node = sum();
        int end = tokens.get(pos - 1).end();
        return new Cell.Content(node, text.substring(start, Math.max(start, end)).strip());
    }

    // ---------------------------------------------------------------- subscripts

    /** The tokens of a subscript: a braced group or one token. */
    private List<Token> subscript() throws ReadException {
        if (!peek().is(Kind.LBRACE)) {
            Token single = advance();
            if (!single.is(Kind.NUMBER) && !single.is(Kind.LETTERS)) {
                throw new ReadException("cannot read the subscript at `" + excerpt(text, single.start()) + "`");
            }
            return List.of(single);
        }
        advance();
        List<Token> inside = new ArrayList<>();
        int nesting = 0;
        while (nesting > 0 || !peek().is(Kind.RBRACE)) {
            Token token = advance();
            if (token.is(Kind.EOF)) {
                throw new ReadException("a subscript `{` is not closed");
            }
            nesting += token.is(Kind.LBRACE) ? 1 : token.is(Kind.RBRACE) ? -1 : 0;
            inside.add(token);
        }
        advance();
        return inside;
    }

    /** Reads {@code want} comma-separated indices; two adjacent one-character indices also count ({ij}, {12}). */
    private List<Index> indices(List<Token> sub, int want) throws ReadException {
        String shown = String.join("", sub.stream().map(Token::text).toList());
        List<List<Token>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (Token token : sub) {
            if (token.is(Kind.COMMA)) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(token);
            }
        }
        if (parts.size() == 1 && want == 2) {
            List<Token> atoms = new ArrayList<>();
            for (Token token : sub) {
                if (token.is(Kind.NUMBER) && token.text().chars().allMatch(Character::isDigit)) {
                    for (int k = 0; k < token.text().length(); k++) {
                        atoms.add(new Token(Kind.NUMBER, token.text().substring(k, k + 1), token.start() + k,
                                token.start() + k + 1));
                    }
                } else if (token.is(Kind.LETTERS) && token.text().length() == 1) {
                    atoms.add(token);
                } else {
                    atoms.clear();
                    break;
                }
            }
            if (atoms.size() != 2) {
                throw new ReadException("cannot read two indices in `_{" + shown + "}` (write e.g. _{ij} or _{i,j})");
            }
            return List.of(linear(List.of(atoms.get(0)), shown), linear(List.of(atoms.get(1)), shown));
        }
        if (parts.size() != want) {
            throw new ReadException("`_{" + shown + "}` must be " + (want == 1 ? "one index" : "two indices"));
        }
        List<Index> result = new ArrayList<>();
        for (List<Token> part : parts) {
            result.add(linear(part, shown));
        }
        return result;
    }

    /** An index such as 1, y, m-1, i+1 or 2k. */
    private static Index linear(List<Token> part, String shown) throws ReadException {
        Index total = Index.constant(0);
        int sign = 1;
        boolean expectTerm = true;
        for (int k = 0; k < part.size(); k++) {
            Token token = part.get(k);
            if ((token.is(Kind.PLUS) || token.is(Kind.MINUS)) && expectTerm == (k == 0)) {
                sign = token.is(Kind.MINUS) ? -1 : 1;
                expectTerm = true;
            } else if (expectTerm && token.is(Kind.NUMBER) && token.text().chars().allMatch(Character::isDigit)
                    && token.text().length() <= 6) {
                int value = Integer.parseInt(token.text());
                if (k + 1 < part.size() && part.get(k + 1).is(Kind.LETTERS) && part.get(k + 1).text().length() == 1) {
                    total = total.plus(Index.variable(part.get(++k).text()).times(sign * value));
                } else {
                    total = total.plus(Index.constant(sign * value));
                }
                expectTerm = false;
            } else if (expectTerm && token.is(Kind.LETTERS) && token.text().length() == 1) {
                total = total.plus(Index.variable(token.text()).times(sign));
                expectTerm = false;
            } else {
                throw new ReadException("cannot read the index `" + shown + "`");
            }
        }
        if (expectTerm) {
            throw new ReadException("cannot read the index `" + shown + "`");
        }
        return total;
    }

    // ---------------------------------------------------------------- helpers

    private void enter() throws ReadException {
        if (++depth > MAX_DEPTH) {
            throw new ReadException("the answer is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void leave() {
        depth--;
    }

    private Token peek() {
        return peek(0);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token token = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return token;
    }

    private ReadException unexpected() {
        Token token = peek();
        return new ReadException(token.is(Kind.EOF) ? "the answer ends too early"
                : "cannot read the answer at `" + excerpt(text, token.start()) + "`");
    }

    static String excerpt(String text, int from) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.min(text.length(), start + 30);
        return text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
