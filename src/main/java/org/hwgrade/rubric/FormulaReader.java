package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.HwgradeException.Location;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a formula from a YAML scalar together with the file position of each of its characters.
 * YAML changes a scalar's text on the way (quotes and escapes removed, a block scalar's indentation
 * dropped and its lines folded), so the value is aligned with the scalar's raw text in the file:
 * each character of the value is matched with the next equal raw character, skipping the quotes,
 * escapes, line breaks and indentation YAML removed.
 */
final class FormulaReader {

    private FormulaReader() {
    }

    static FormulaText formula(YamlNode node) {
        String text = node.asNonEmptyText();
        ScalarNode scalar = (ScalarNode) node.node();
        String raw = node.source();
        int[] lineStarts = lineStarts(raw);
        int from = offset(lineStarts, scalar.getStartMark().getLine(), scalar.getStartMark().getColumn(), raw.length());
        int to = offset(lineStarts, scalar.getEndMark().getLine(), scalar.getEndMark().getColumn(), raw.length());
        List<Location> positions = new ArrayList<>(text.length() + 1);
        int j = from;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = j;
            while (k < to && raw.charAt(k) != c && removable(raw.charAt(k))) {
                k++;
            }
            if (k >= to || raw.charAt(k) != c) {
                return FormulaText.inline(text, node.location()); // an escape we cannot follow: point at the scalar
            }
            positions.add(location(node.file(), lineStarts, k));
            j = k + 1;
        }
        positions.add(location(node.file(), lineStarts, Math.min(j, Math.max(from, to))));
        return new FormulaText(text, positions);
    }

    /** What YAML may drop between two characters of a value: quotes, escapes, breaks, indentation, block headers. */
    private static boolean removable(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '|' || c == '>' || c == '-'
                || c == '+';
    }

    private static int[] lineStarts(String raw) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int offset(int[] lineStarts, int line, int column, int length) {
        if (line >= lineStarts.length) {
            return length;
        }
        return Math.min(length, lineStarts[line] + column);
    }

    private static Location location(String file, int[] lineStarts, int offset) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
            line++;
        }
        return new Location(file, line + 1, offset - lineStarts[line] + 1);
    }
}
