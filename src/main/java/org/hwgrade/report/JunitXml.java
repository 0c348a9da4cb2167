package org.hwgrade.report;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hwgrade.compare.ScoreFormat;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;

/**
 * JUnit XML, which CI systems (GitHub Actions reporters, GitLab, Jenkins) already show: one test
 * suite per student, one test case per part. A part short of full marks is a failure whose message
 * gives the points; a part a person must review is skipped; points are kept as properties, since
 * JUnit has no notion of them. No timestamps or times, so the file is reproducible.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static void write(OutputStream out, Rubric rubric, List<SubmissionResult> results) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "hwgrade " + rubric.id());
            xml.writeAttribute("tests", String.valueOf(results.stream().mapToInt(r -> r.parts().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(results.stream().mapToLong(JunitXml::failures).sum()));
            xml.writeCharacters("\n");
            for (SubmissionResult r : results) {
                suite(xml, rubric, r);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e));
        }
    }

    private static long failures(SubmissionResult r) {
        return r.parts().stream().filter(p -> p.verdict() != Verdict.CORRECT && p.verdict() != Verdict.REVIEW).count();
    }

    private static void suite(XMLStreamWriter xml, Rubric rubric, SubmissionResult r) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rubric.id() + ": " + r.student());
        xml.writeAttribute("tests", String.valueOf(r.parts().size()));
        xml.writeAttribute("failures", String.valueOf(failures(r)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(r.parts().stream().filter(p -> p.verdict() == Verdict.REVIEW).count()));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "score", ScoreFormat.display(r.score()));
        property(xml, "max_score", ScoreFormat.display(r.maxScore()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (PartResult p : r.parts()) {
            testCase(xml, rubric, rubric.part(p.partId()), p);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static void testCase(XMLStreamWriter xml, Rubric rubric, Part part, PartResult p) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", p.partId() + ". " + part.title() + " (" + ScoreFormat.display(p.score(), p.maxScore()) + ")");
        xml.writeAttribute("classname", rubric.id());
        p.source().ifPresent(src -> {
            try {
                xml.writeAttribute("file", src.file());
                xml.writeAttribute("line", String.valueOf(src.line()));
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        String details = String.join("\n", p.feedback());
        switch (p.verdict()) {
            case CORRECT -> { }
            case REVIEW -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "a person will review this answer: " + details);
            }
            default -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", p.verdict().key());
                xml.writeAttribute("message", ScoreFormat.display(p.score(), p.maxScore()) + " points ("
                        + FeedbackMarkdown.describe(p) + ")");
                xml.writeCharacters(details);
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
