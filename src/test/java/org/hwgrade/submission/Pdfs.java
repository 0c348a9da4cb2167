package org.hwgrade.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test PDFs written with PDFBox itself: lines of 12 pt Helvetica at given baselines, or a text laid out as a page. */
final class Pdfs {

    /** A line drawn at a baseline, optionally followed by a raised 7 pt piece (a superscript). */
    record Drawn(float y, String text, String raised) {
        Drawn(float y, String text) {
            this(y, text, "");
        }
    }

    private Pdfs() {
    }

    static byte[] of(List<List<Drawn>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Drawn> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Drawn d : lines) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(72, d.y());
                        cs.showText(d.text());
                        if (!d.raised().isEmpty()) {
                            cs.setFont(font, 7);
                            cs.setTextRise(5);
                            cs.showText(d.raised());
                            cs.setTextRise(0);
                        }
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text as a typed page would show it: a line every 16 pt, a blank line as a gap, a form feed starting a page. */
    static byte[] ofText(String text) {
        List<List<Drawn>> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            List<Drawn> lines = new ArrayList<>();
            float y = 740;
            for (String line : page.strip().split("\n", -1)) {
                if (!line.isBlank()) {
                    lines.add(new Drawn(y, line));
                }
                y -= line.isBlank() ? 32 : 16;
            }
            pages.add(lines);
        }
        return of(pages);
    }
}
