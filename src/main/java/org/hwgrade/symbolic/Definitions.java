package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rubric's definitions: named expressions over the declared symbols, read once. A definition
 * of a declared symbol ({@code l = W x}, {@code s = softmax(l)}, {@code e_y = onehot(y)}) fixes
 * its value in every instance; these are put in an order in which each only uses symbols drawn at
 * random or defined before it (a symbol without a definition gets random entries). A definition of
 * any other name ({@code dL_dl = s - e_y}) is an expression a part can name as its key.
 */
final class Definitions {

    /** One definition, read. */
    record Definition(String name, String text, Node node) {
    }

    /** No definitions: what the definitions themselves are read against (every symbol random). */
    static final Definitions NONE = new Definitions(List.of(), List.of());

    private final List<Definition> ordered;
    private final List<Definition> expressions;

    private Definitions(List<Definition> ordered, List<Definition> expressions) {
        this.ordered = List.copyOf(ordered);
        this.expressions = List.copyOf(expressions);
    }

    /**
     * @param texts name → its expression, in the answer language
     * @throws IllegalArgumentException if a definition cannot be read, an index is defined, or the
     *     definitions of symbols depend on each other in a cycle (rubric errors)
     */
    static Definitions read(Map<String, String> texts, SymbolTable table) {
        Map<String, Definition> symbols = new TreeMap<>();
        Map<String, Definition> expressions = new TreeMap<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String name = entry.getKey().strip();
            if (table.isIndex(name) || table.dimensions().contains(name)) {
                throw new IllegalArgumentException("`" + name + "` is " + (table.isIndex(name) ? "an index" : "a size")
                        + " and cannot be defined (it is drawn in every instance)");
            }
            Definition definition;
            try {
                definition = new Definition(name, entry.getValue(), Parser.parse(entry.getValue(), table, NONE));
            } catch (ReadException unreadable) {
                throw new IllegalArgumentException("the definition of `" + name + "` cannot be read: "
                        + unreadable.getMessage());
            }
            (table.shapeOf(name).isPresent() ? symbols : expressions).put(name, definition);
        }
        Map<String, Definition> ordered = new LinkedHashMap<>();
        for (String name : symbols.keySet()) {
            visit(name, symbols, ordered, new TreeSet<>(), new ArrayList<>());
        }
        return new Definitions(new ArrayList<>(ordered.values()), new ArrayList<>(expressions.values()));
    }

    /** Depth-first: a definition is placed after the definitions it uses. */
    private static void visit(String name, Map<String, Definition> byName, Map<String, Definition> ordered,
            Set<String> onPath, List<String> path) {
        if (ordered.containsKey(name) || !byName.containsKey(name)) {
            return;
        }
        path.add(name);
        if (!onPath.add(name)) {
            throw new IllegalArgumentException("the definitions form a cycle: "
                    + String.join(" → ", path.subList(path.indexOf(name), path.size())));
        }
        for (String used : symbolsUsed(byName.get(name).node())) {
            visit(used, byName, ordered, onPath, path);
        }
        onPath.remove(name);
        path.remove(path.size() - 1);
        ordered.put(name, byName.get(name));
    }

    private static Set<String> symbolsUsed(Node node) {
        Set<String> used = new TreeSet<>();
        node.walk(n -> {
            if (n instanceof Node.Sym sym) {
                used.add(sym.name());
            } else if (n instanceof Node.Entry entry) {
                used.add(entry.name());
            }
        });
        return used;
    }

    boolean defines(String name) {
        return ordered.stream().anyMatch(definition -> definition.name().equals(name));
    }

    /** The definitions of symbols, in an order in which every one comes after those it uses. */
    List<Definition> ordered() {
        return ordered;
    }

    /** The definitions of names that are not symbols: expressions for keys, checked once. */
    List<Definition> expressions() {
        return expressions;
    }
}
