package org.hwgrade.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Source;
import org.hwgrade.model.Verdict;

/**
 * JUnit XML, which CI systems already show (GitHub Actions reporters, GitLab, Jenkins): one test
 * suite for the hand-in, one test case per part. Test names are the part and its title only, never
 * the score, so that a part fixed between two pushes is the same test in both. Points go in the
 * failure body and in system-out (GitLab shows only element content), and every case names a file
 * (GitLab, action-junit-report and publish-unit-test-result read testcase@file). Validated against
 * Jenkins' junit-10.xsd plus those two attributes (src/test/resources/junit/). Text we did not
 * write goes through {@link Escape#xml}: the XML writer escapes markup but would pass control
 * characters that make the document malformed.
 */
public final class JunitXml {

    private JunitXml() {
    }

    public static void write(OutputStream out, CheckReport report) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            List<TestCase> cases = cases(report);
            long failures = cases.stream().filter(c -> c.failure().isPresent()).count();
            long skipped = cases.stream().filter(c -> c.skipped().isPresent()).count();
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "hwgrade " + report.rubric().id());
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", report.elapsedSeconds());
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", Escape.xml(report.rubric().id() + ": " + report.submission().student()));
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeAttribute("time", report.elapsedSeconds());
            xml.writeAttribute("file", Escape.xml(firstFile(report)));
            if (report.reveal().showsScores()) {
                var r = report.result().orElseThrow();
                xml.writeCharacters("\n    ");
                xml.writeStartElement("properties");
                property(xml, "score", ScoreFormat.display(r.score()));
                property(xml, "max_score", ScoreFormat.display(r.maxScore()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            for (TestCase c : cases) {
                c.write(xml, report.rubric().id());
            }
            xml.writeCharacters("  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e));
        }
    }

    private static List<TestCase> cases(CheckReport report) {
        String file = firstFile(report);
        if (!report.reveal().showsParts()) {
            return List.of(new TestCase("hand-in received", file, Optional.empty(),
                    report.notRead().map(reason -> new Failure("unreadable", reason, reason)),
                    Optional.empty(), report.readable() ? "your hand-in was read" : ""));
        }
        List<TestCase> cases = new ArrayList<>();
        List<Part> parts = report.rubric().parts().toList();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String name = part.id() + ". " + part.title();
            if (report.reveal().showsScores()) {
                cases.add(graded(name, file, report.result().orElseThrow().parts().get(i)));
            } else {
                cases.add(found(name, file, report, part));
            }
        }
        return cases;
    }

    private static TestCase found(String name, String file, CheckReport report, Part part) {
        Answer answer = report.submission().unreadable().isEmpty() ? report.submission().answer(part.id())
                : new Answer.Missing(report.submission().unreadable().get(), Optional.empty());
        if (answer instanceof Answer.Found f) {
            return new TestCase(name, f.source().file(), Optional.of(f.source().line()), Optional.empty(), Optional.empty(),
                    "read at " + f.source().location() + ": " + f.source().text() + "\nvalue read: " + f.value());
        }
        if (answer instanceof Answer.ForReview r) {
            Optional<Source> read = r.readings().stream().map(Answer.Found::source).findFirst();
            return new TestCase(name, read.map(Source::file).orElse(file), read.map(Source::line),
                    Optional.of(new Failure("review", "for a person to review: " + r.reason(), r.reason())), Optional.empty(), "");
        }
        Answer.Missing m = (Answer.Missing) answer;
        return new TestCase(name, m.near().map(Source::file).orElse(file), m.near().map(Source::line),
                Optional.of(new Failure("missing", "not found: " + m.reason(), m.reason())), Optional.empty(), "");
    }

    private static TestCase graded(String name, String file, PartResult p) {
        String points = ScoreFormat.display(p.score(), p.maxScore()) + " points: " + FeedbackMarkdown.describe(p);
        StringBuilder out = new StringBuilder(points);
        p.source().ifPresent(src -> out.append("\nread at ").append(src.location()).append(": ").append(src.text()));
        p.feedback().forEach(line -> out.append('\n').append(line));
        String body = out.toString();
        Optional<Failure> failure = p.verdict() == Verdict.CORRECT || p.verdict() == Verdict.REVIEW ? Optional.empty()
                : Optional.of(new Failure(p.verdict().key(), points, body));
        Optional<String> skipped = p.verdict() == Verdict.REVIEW
                ? Optional.of("a person will review this answer: " + String.join(" ", p.feedback())) : Optional.empty();
        return new TestCase(name, p.source().map(Source::file).orElse(file), p.source().map(Source::line), failure, skipped, body);
    }

    private static String firstFile(CheckReport report) {
        List<String> files = report.submission().files();
        return files.isEmpty() ? report.submission().student() : files.get(0);
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", Escape.xml(name));
        xml.writeAttribute("value", Escape.xml(value));
    }

    private record Failure(String type, String message, String body) {
    }

    /**
     * One part as a test case. Parts are graded in well under a millisecond each, so a case's time
     * is 0 and the suite carries the check's whole time.
     */
    private record TestCase(String name, String file, Optional<Integer> line, Optional<Failure> failure,
            Optional<String> skipped, String systemOut) {

        void write(XMLStreamWriter xml, String classname) throws XMLStreamException {
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", Escape.xml(name));
            xml.writeAttribute("classname", Escape.xml(classname));
            xml.writeAttribute("time", "0");
            xml.writeAttribute("file", Escape.xml(file));
            if (line.isPresent()) {
                xml.writeAttribute("line", String.valueOf(line.get()));
            }
            if (skipped.isPresent()) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", Escape.xml(skipped.get()));
            }
            if (failure.isPresent()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", Escape.xml(failure.get().type()));
                xml.writeAttribute("message", Escape.xml(failure.get().message()));
                xml.writeCharacters(Escape.xml(failure.get().body()));
                xml.writeEndElement();
            }
            if (!systemOut.isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(Escape.xml(systemOut));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
    }
}
