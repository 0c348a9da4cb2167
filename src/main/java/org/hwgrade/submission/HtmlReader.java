package org.hwgrade.submission;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Reads an HTML hand-in (Moodle's online text {@code onlinetext.html}, a page saved as .html): jsoup
 * parses it as a browser would, whatever the markup's faults, and its text is gathered with the
 * lines a reader sees: a block (paragraph, heading, list item, table row, {@code <div>}) or a
 * {@code <br>} ends a line; headings become Markdown headings ({@code # ...}), bold text
 * {@code **...**}, numbered list items {@code 1. ...}, {@code <sup>}/{@code <sub>} {@code ^{...}} and
 * {@code _{...}}; TeX stays as written ({@code \( ... \)}, {@code $$ ... $$}), and the TeX source
 * of MathJax scripts and MathML annotations is kept in {@code $ ... $}. Scripts, styles and the
 * head are not text. Each line's place is the line of the HTML file where its text starts.
 */
final class HtmlReader {

    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "pre",
            "blockquote", "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "main",
            "figure", "figcaption", "caption", "hr", "address", "details", "summary", "center", "nav", "aside",
            "thead", "tbody", "tfoot", "form", "fieldset", "legend");
    /** Blocks after which a blank line is left, as between Markdown paragraphs (a weak heading follows one). */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
            "table", "ul", "ol", "dl", "hr", "figure");
    /** Elements whose content is no text of the answer. */
    private static final Set<String> HIDDEN = Set.of("head", "style", "noscript", "template", "iframe", "object",
            "svg", "canvas", "button", "select", "textarea");

    private final FreeFormReader freeForm;

    HtmlReader(FreeFormReader freeForm) {
        this.freeForm = freeForm;
    }

    FileResult read(String file, String html, String stem) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        Lines lines = new Lines(file);
        doc.body().filter(lines);
        lines.end();
        return lines.text.read(freeForm, file, false, stem);
    }

    /** Gathers the text, one pass over the nodes (jsoup's traversal is iterative: no deep recursion). */
    private static final class Lines implements NodeFilter {

        private final String file;
        private final GatheredText text = new GatheredText();
        private final StringBuilder line = new StringBuilder();
        /** How much of {@code line} {@link #lineBlank} has looked at, and whether it met a character that is not white space. */
        private int scanned;
        private boolean lineHasText;
        private int lineStart = 1;
        private int lastLine = 1;
        private boolean blankPending;
        private int pre;
        /** The number of the next item of each ordered list being read. */
        private final Map<Element, int[]> nextNumber = new IdentityHashMap<>();

        Lines(String file) {
            this.file = file;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (full()) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                append(t, t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype
            }
            String tag = e.normalName();
            if (HIDDEN.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("script")) {
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                if (type.startsWith("math/tex")) {
                    String fence = type.contains("display") ? "$$" : "$";
                    appendMath(e, fence + " " + e.data() + " " + fence);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("math")) {
                Element tex = e.selectFirst("annotation[encoding=application/x-tex]");
                if (tex != null) {
                    appendMath(e, "$ " + tex.wholeText() + " $");
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                breakLine(e, true);
                return FilterResult.CONTINUE;
            }
            if (BLOCKS.contains(tag)) {
                breakLine(e, false);
            }
            if (tag.equals("pre")) {
                pre++;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                line.append("#".repeat(tag.charAt(1) - '0')).append(' ');
            } else if (tag.equals("li")) {
                line.append(itemMark(e));
            } else if (tag.equals("strong") || tag.equals("b")) {
                line.append("**");
            } else if (tag.equals("sup")) {
                line.append("^{");
            } else if (tag.equals("sub")) {
                line.append("_{");
            } else if (tag.equals("td") || tag.equals("th")) {
                line.append(' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("strong") || tag.equals("b")) {
                line.append("**");
            } else if (tag.equals("sup") || tag.equals("sub")) {
                line.append('}');
            } else if (tag.equals("pre")) {
                pre--;
            } else if (tag.equals("ol")) {
                nextNumber.remove(e);
            }
            if (BLOCKS.contains(tag)) {
                breakLine(e, false);
                blankPending |= PARAGRAPHS.contains(tag);
            }
            return FilterResult.CONTINUE;
        }

        /**
         * {@code 1. } in an ordered list (its {@code start} and the item's {@code value} respected),
         * {@code - } otherwise. Each list keeps its next number while it is open, so a list of
         * 100,000 items costs one step per item (counting the items before each was quadratic).
         */
        private String itemMark(Element li) {
            Element list = li.parent();
            if (list == null || !list.normalName().equals("ol")) {
                return "- ";
            }
            int[] next = nextNumber.computeIfAbsent(list, l -> new int[]{number(l.attr("start"), 1)});
            int n = number(li.attr("value"), next[0]);
            next[0] = n + 1;
            return n + ". ";
        }

        private static int number(String attribute, int otherwise) {
            try {
                return attribute.isBlank() ? otherwise : Math.max(0, Math.min(Integer.parseInt(attribute.strip()), 1_000_000));
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        private void append(Node at, String s) {
            if (lineBlank()) {
                lineStart = lineOf(at);
            }
            if (pre > 0) {
                String[] parts = org.hwgrade.submission.Lines.split(s);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        flush();
                        lineStart = lineOf(at) + k;
                    }
                    line.append(parts[k]);
                }
                return;
            }
            // Outside <pre>, white space (line breaks in the source included) is one space, as a browser shows it.
            boolean space = !line.isEmpty() && line.charAt(line.length() - 1) == ' ';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                    if (!space && !line.isEmpty()) {
                        line.append(' ');
                        space = true;
                    }
                } else {
                    line.append(c);
                    space = false;
                }
            }
        }

        private void appendMath(Node at, String tex) {
            append(at, " ");
            String[] parts = org.hwgrade.submission.Lines.split(tex);
            for (String p : parts) {
                line.append(p).append(' ');
            }
        }

        /** Ends the line being gathered; a {@code <br>} ends it even when it is empty (two give a blank line). */
        private void breakLine(Node at, boolean always) {
            if (always || !lineBlank()) {
                flush();
            }
            lastLine = lineOf(at);
            lineStart = lastLine; // a list item's "1. " or a heading's "#" starts its line here
        }

        private void flush() {
            String s = line.toString().stripTrailing();
            line.setLength(0);
            scanned = 0;
            lineHasText = false;
            if (s.isBlank()) {
                if (text.lines() > 0) {
                    text.add("", file, lastLine);
                }
                blankPending = false;
                return;
            }
            if (blankPending && text.lines() > 0) {
                text.add("", file, lineStart);
            }
            blankPending = false;
            text.add(s, file, lineStart);
            lastLine = lineStart;
        }

        void end() {
            if (!lineBlank()) {
                flush();
            }
        }

        /**
         * Whether the line gathered so far is only white space. Each character is looked at once, as
         * the line grows: a paragraph of 100,000 tags asks this 100,000 times, and copying the line
         * each time (toString) made that quadratic.
         */
        private boolean lineBlank() {
            while (!lineHasText && scanned < line.length()) {
                lineHasText = !Character.isWhitespace(line.charAt(scanned++));
            }
            return !lineHasText;
        }

        private boolean full() {
            return text.length() + line.length() > Limits.MAX_GATHERED_CHARS;
        }

        private int lineOf(Node node) {
            int l = node.sourceRange().start().lineNumber();
            return l > 0 ? l : lastLine;
        }
    }
}
