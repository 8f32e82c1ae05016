package org.parley.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.io.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A PETRARCH validation suite ({@code PETR_Validate_records_2_02.xml}): its own dictionaries, named in
 * {@code <Environment>} relative to the file, the categories it scores ({@code <Include>}) and its records.
 *
 * <p>The file is not well-formed XML as a whole (its header comment holds a comment, and {@code <PLEvent {...}>}
 * lines are JSON), so comments and {@code <PLEvent} lines are removed first and then {@code <Environment>} and each
 * {@code <Sentence>} are parsed on their own with the JDK's DOM parser. Line numbers in errors are the file's.
 *
 * @param file     the records file
 * @param verbs    its verb dictionary
 * @param actors   its actor dictionary
 * @param agents   its agent dictionary
 * @param discards its discard list, or {@code null}
 * @param included the categories it scores
 * @param records  the records in file order
 */
public record ValidationSuite(Path file, Path verbs, Path actors, Path agents, Path discards, Set<String> included,
                              List<ValidationRecord> records) {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    public ValidationSuite {
        included = Set.copyOf(included);
        records = List.copyOf(records);
    }

    /** Reads a suite file. */
    public static ValidationSuite read(Path file) throws InputException {
        String text;
        try {
            text = withoutCommentsAndPlover(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        DocumentBuilder parser = parser(file);
        Element environment = element(parser, file, text, "Environment");
        Path dir = file.toAbsolutePath().getParent();
        Set<String> included = new LinkedHashSet<>(List.of(child(environment, "Include").strip().split("\\s+")));
        String discards = child(environment, "Discardfile");
        List<ValidationRecord> records = new ArrayList<>();
        for (int at = text.indexOf("<Sentence "); at >= 0; at = text.indexOf("<Sentence ", at + 1)) {
            int end = text.indexOf("</Sentence>", at);
            if (end < 0) {
                throw new InputException(file.toString(), line(text, at), "<Sentence> is not closed");
            }
            records.add(record(parse(parser, file, text, at, end + "</Sentence>".length()), file, text, at));
        }
        return new ValidationSuite(file, dir.resolve(child(environment, "Verbfile")),
                dir.resolve(child(environment, "Actorfile")), dir.resolve(child(environment, "Agentfile")),
                discards.isEmpty() ? null : dir.resolve(discards), included, records);
    }

    private static ValidationRecord record(Element sentence, Path file, String text, int at) throws InputException {
        String id = sentence.getAttribute("id");
        LocalDate date;
        try {
            date = LocalDate.parse(sentence.getAttribute("date"), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new InputException(file.toString(), line(text, at), "record " + id + ": date is not yyyymmdd");
        }
        List<ValidationRecord.Event> expected = new ArrayList<>();
        NodeList codings = sentence.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            Element coding = (Element) codings.item(i);
            if (!coding.getAttribute("eventcode").isEmpty()) {
                expected.add(new ValidationRecord.Event(coding.getAttribute("eventcode"),
                        coding.getAttribute("sourcecode"), coding.getAttribute("targetcode")));
            }
        }
        String sentenceText = String.join(" ", child(sentence, "Text").strip().split("\\s+"));
        return new ValidationRecord(id, sentence.getAttribute("category"), date, sentenceText,
                !"false".equalsIgnoreCase(sentence.getAttribute("evaluate")), expected,
                sentence.getElementsByTagName("Config").getLength() > 0);
    }

    /** The text with XML comments and PLOVER lines blanked out, line breaks kept so line numbers stay right. */
    static String withoutCommentsAndPlover(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("<!--", at);
            int plover = text.indexOf("<PLEvent", at);
            int next = open < 0 ? plover : plover < 0 ? open : Math.min(open, plover);
            if (next < 0) {
                out.append(text, at, text.length());
                break;
            }
            out.append(text, at, next);
            int end = next == open ? text.indexOf("-->", open + 4) : text.indexOf('\n', plover);
            end = end < 0 ? text.length() : next == open ? end + 3 : end;
            text.substring(next, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
            at = end;
        }
        return out.toString();
    }

    private static Element element(DocumentBuilder parser, Path file, String text, String tag) throws InputException {
        int at = text.indexOf("<" + tag + ">");
        int end = text.indexOf("</" + tag + ">", at);
        if (at < 0 || end < 0) {
            throw new InputException(file.toString(), 0, "no <" + tag + "> element");
        }
        return parse(parser, file, text, at, end + tag.length() + 3);
    }

    private static Element parse(DocumentBuilder parser, Path file, String text, int start, int end)
            throws InputException {
        try {
            return parser.parse(new InputSource(new StringReader(text.substring(start, end)))).getDocumentElement();
        } catch (SAXParseException e) {
            throw new InputException(file.toString(), line(text, start) + e.getLineNumber() - 1,
                    "malformed XML: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InputException(file.toString(), line(text, start), "malformed XML: " + e.getMessage(), e);
        }
    }

    private static String child(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static DocumentBuilder parser(Path file) throws InputException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            // Fatal errors are thrown and reported with the file and line; the default handler would also print them.
            parser.setErrorHandler(new DefaultHandler());
            return parser;
        } catch (ParserConfigurationException e) {
            throw new InputException(file.toString(), 0, "no XML parser: " + e.getMessage(), e);
        }
    }
}
