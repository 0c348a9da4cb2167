package org.hwgrade.submission;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;

/**
 * Reads a PDF hand-in with Apache PDFBox: the text of each page, line by line in reading order
 * (glyphs sorted by position), read by the free-form reader; each answer's place is its page and
 * its line on the page ("hw.pdf page 2", line 14).
 *
 * <p>A PDF keeps where glyphs are drawn, not what was typed: a superscript, a subscript or a
 * stacked fraction comes out as digits beside (or above) other digits, and a matrix as loose
 * numbers in rows. So an answer read from a PDF stands only when it is <b>unambiguous</b>: a
 * number or a shape (never a matrix, a tensor or an expression), tied to its part by a label or a
 * marker, on a line drawn on one baseline in one font size, with no other line closer than a
 * line's height above or below it. Every other reading goes to review with what was read and its
 * place, so a person checks it against the page.
 */
final class PdfReader {

    /** Why a reading from a PDF that is not unambiguous waits for a person. */
    static final String NOT_CERTAIN = "read from a PDF, where superscripts, fractions and matrices are not certain;"
            + " check it against the page (a .md/.tex/.ipynb hand-in is read with certainty)";

    private final FreeFormReader freeForm;
    private final Rubric rubric;

    PdfReader(FreeFormReader freeForm, Rubric rubric) {
        this.freeForm = freeForm;
        this.rubric = rubric;
    }

    FileResult read(String file, byte[] bytes, String stem) {
        GatheredText text = new GatheredText();
        List<Boolean> flat = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(Limits.MAX_PDF_MEMORY).streamCache)) {
            PageLines stripper = new PageLines(file, text, flat);
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), Limits.MAX_PDF_PAGES));
            stripper.writeText(doc, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            return FileResult.unreadable(file, "the PDF is protected by a password; hand it in without one, or hand in"
                    + " the source file (.md/.tex/.ipynb)");
        } catch (IOException | RuntimeException e) {
            // PDFBox meets hostile or broken files with runtime exceptions too: one file's fault, never the batch's.
            return FileResult.unreadable(file, "the PDF cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + FreeFormReader.cap(e.getMessage())) + "); export it again, or"
                    + " hand in the source file (.md/.tex/.ipynb)");
        }
        if (flat.stream().noneMatch(f -> f != null)) {
            return FileResult.notText(file, file + " is a PDF without text (a scan or a photo), which hwgrade cannot read",
                    rubric);
        }
        return text.read(freeForm, file, false, stem, (found, line) -> unambiguous(found, flat.get(line - 1))
                ? found : new Answer.ForReview(NOT_CERTAIN, List.of(found)));
    }

    private static boolean unambiguous(Answer.Found found, Boolean flatLine) {
        Evidence how = found.source().how();
        return Boolean.TRUE.equals(flatLine) && (found.value() instanceof Scalar || found.value() instanceof Shape)
                && (how == Evidence.LABEL || how == Evidence.MARKER);
    }

    /**
     * Collects each page's lines with, for each, whether it is flat (one baseline, one size, no line
     * crowding it); blank lines where the page leaves a gap of more than two lines, as between
     * paragraphs, and between pages.
     */
    private static final class PageLines extends PDFTextStripper {

        /** One line of a page as drawn: its text, baseline, size, and whether all its glyphs share them. */
        private record Drawn(String text, float baseline, float size, boolean oneBaseline) {
        }

        private final String file;
        private final GatheredText text;
        private final List<Boolean> flat;
        private final List<Drawn> page = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float baseline = Float.NaN;
        private float size;
        private boolean oneBaseline = true;

        PageLines(String file, GatheredText text, List<Boolean> flat) {
            this.file = file;
            this.text = text;
            this.flat = flat;
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
            if (text.length() + line.length() > Limits.MAX_GATHERED_CHARS) {
                throw new IOException("more than " + Limits.MAX_GATHERED_CHARS + " characters of text");
            }
            for (TextPosition p : positions) {
                if (Float.isNaN(baseline)) {
                    baseline = p.getYDirAdj();
                    size = p.getFontSizeInPt();
                } else if (Math.abs(p.getYDirAdj() - baseline) > 0.2f * size
                        || Math.abs(p.getFontSizeInPt() - size) > 0.1f * size) {
                    oneBaseline = false;
                }
            }
            line.append(s);
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            if (!line.toString().isBlank()) {
                page.add(new Drawn(line.toString().stripTrailing(), baseline, size, oneBaseline));
            }
            line.setLength(0);
            baseline = Float.NaN;
            oneBaseline = true;
        }

        @Override
        protected void writeParagraphEnd() {
            writeLineSeparator();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            writeLineSeparator();
            String where = file + " page " + getCurrentPageNo();
            for (int i = 0; i < page.size(); i++) {
                Drawn d = page.get(i);
                Drawn above = i > 0 ? page.get(i - 1) : null;
                Drawn below = i + 1 < page.size() ? page.get(i + 1) : null;
                if (above != null && d.baseline() - above.baseline() > 2 * Math.max(d.size(), above.size())) {
                    text.add("", where, i);
                    flat.add(null);
                }
                boolean crowded = above != null && d.baseline() - above.baseline() < 1.1f * d.size()
                        || below != null && below.baseline() - d.baseline() < 1.1f * d.size();
                text.add(d.text(), where, i + 1);
                flat.add(d.oneBaseline() && !crowded);
            }
            text.add("", where, page.size() + 1); // pages never run into each other
            flat.add(null);
            page.clear();
        }
    }
}
