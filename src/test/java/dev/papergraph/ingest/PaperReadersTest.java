package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per fixture: the format it is read in, the papers it must give, and the records it must skip. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaperReadersTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("abstract-lines.txt", InputFormat.ABSTRACT_LINES, List.of(
                        abstractOnly("We propose FooNet, a network for bar.", "abstract-lines.txt", 1),
                        abstractOnly("Leading and trailing spaces are trimmed.", "abstract-lines.txt", 3),
                        abstractOnly("We evaluate on ImageNet and COCO.", "abstract-lines.txt", 4)),
                        List.of()),
                Arguments.of("listing-compact.txt", InputFormat.LISTING_PAGE, List.of(
                        listed("FooNet: Networks for Bar", "We propose FooNet, a network for bar.", null, null, "listing-compact.txt", 3),
                        listed("Baz: A Benchmark", "We release Baz, a benchmark of 1,000 tasks.", null, null, "listing-compact.txt", 5)),
                        List.of()),
                Arguments.of("listing-spaced.txt", InputFormat.LISTING_PAGE, List.of(
                        listed("FooNet: Networks for Bar", "We propose FooNet, a network for bar.",
                                4, new PaperDate(2023, 5, 24), "listing-spaced.txt", 13),
                        listed("Upvoted Without a Year", "Dates without a year keep month and day.",
                                1, new PaperDate(null, 6, 24), "listing-spaced.txt", 21),
                        listed("Upvoted With a Year", "A date with a year may carry an upvote count too.",
                                12, new PaperDate(2024, 12, 27), "listing-spaced.txt", 29),
                        listed("No Metadata", "This paper shows neither authors nor date.", null, null, "listing-spaced.txt", 37),
                        listed("12 Angry Models", "A title may start with a number.",
                                2, new PaperDate(null, 9, 9), "listing-spaced.txt", 41)),
                        List.of()),
                Arguments.of("papers.jsonl", InputFormat.JSONL, List.of(
                        new Paper("p1", "FooNet", "We propose FooNet.", List.of("Ada Lovelace", "Alan Turing"), 2,
                                new PaperDate(2023, 5, 24), "10.1/foo", "https://example.org/foo", List.of("cs.LG", "cs.CL"),
                                List.of(new SourceRef("papers.jsonl", 1))),
                        new Paper(PaperIds.fromAbstract("An abstract under text, with no id."), null,
                                "An abstract under text, with no id.", null, null, PaperDate.ofYear(2021), null, null, null,
                                List.of(new SourceRef("papers.jsonl", 3))),
                        new Paper("p3", null, "Authors as one string.", List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), 3,
                                new PaperDate(2022, 7, null), null, null, List.of("cs.LG", "stat.ML"),
                                List.of(new SourceRef("papers.jsonl", 4))),
                        new Paper("p4", null, "A date with a time part.", null, null, new PaperDate(2020, 1, 2), null, null, null,
                                List.of(new SourceRef("papers.jsonl", 5)))),
                        List.of()),
                Arguments.of("arxiv-snapshot.jsonl", InputFormat.JSONL, List.of(
                        new Paper("0704.0001",
                                "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
                                "A fully differential calculation in perturbative quantum chromodynamics is presented for the "
                                        + "production of massive photon pairs at hadron colliders.",
                                List.of("C. Bal\\'azs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"), 4,
                                new PaperDate(2008, 11, 13), "10.1103/PhysRevD.76.013009", null, List.of("hep-ph"),
                                List.of(new SourceRef("arxiv-snapshot.jsonl", 1))),
                        new Paper("2310.06825", "Mistral 7B",
                                "We introduce Mistral 7B, a 7-billion-parameter language model engineered for superior "
                                        + "performance and efficiency.",
                                List.of("Albert Q. Jiang", "Alexandre Sablayrolles"), 2,
                                new PaperDate(2023, 10, 11), null, null, List.of("cs.CL", "cs.AI", "cs.LG"),
                                List.of(new SourceRef("arxiv-snapshot.jsonl", 2)))),
                        List.of()),
                Arguments.of("jsonl-bad-records.jsonl", InputFormat.JSONL, List.of(
                        new Paper("good1", null, "The first good record.", null, null, null, null, null, null,
                                List.of(new SourceRef("jsonl-bad-records.jsonl", 1))),
                        new Paper("good2", null, "The last good record.", null, null, null, null, null, null,
                                List.of(new SourceRef("jsonl-bad-records.jsonl", 8)))),
                        List.of(
                                "jsonl-bad-records.jsonl:2: malformed JSON at column 57: Invalid token=STRING; Expected tokens are: [COMMA]",
                                "jsonl-bad-records.jsonl:3: empty abstract",
                                "jsonl-bad-records.jsonl:4: no 'abstract' or 'text' field",
                                "jsonl-bad-records.jsonl:5: not a JSON object but array",
                                "jsonl-bad-records.jsonl:6: field 'authors' must be an array of strings or a string",
                                "jsonl-bad-records.jsonl:7: field 'date' is not an ISO date (2023-05-24, 2023-05 or 2023): May 24, 2023")),
                Arguments.of("abstract-lines-bad.txt", InputFormat.ABSTRACT_LINES, List.of(
                        abstractOnly("The first good abstract.", "abstract-lines-bad.txt", 1),
                        abstractOnly("The last good abstract.", "abstract-lines-bad.txt", 4)),
                        List.of(
                                "abstract-lines-bad.txt:2: empty abstract",
                                "abstract-lines-bad.txt:3: line does not start with 'Abstract:'")),
                Arguments.of("listing-title-without-abstract.txt", InputFormat.LISTING_PAGE, List.of(
                        listed("A Good Paper", "Its abstract.", 3, new PaperDate(2024, 1, 2), "listing-title-without-abstract.txt", 2)),
                        List.of("listing-title-without-abstract.txt:7: title without an abstract line")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_reads_as_expected(String fixture, InputFormat format, List<Paper> papers, List<String> skips)
            throws IOException {
        Collected collected = read(fixture, format);
        assertEquals(papers, collected.papers);
        assertEquals(skips, collected.skips);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_is_detected_as_its_format(String fixture, InputFormat format) throws IOException {
        try (InputStream in = PaperReadersTest.class.getResourceAsStream(fixture)) {
            assertEquals(format, InputFormat.detect(in.readNBytes(InputFormat.HEAD_BYTES)));
        }
    }

    private static Paper abstractOnly(String text, String file, int line) {
        return Paper.ofAbstract(text, new SourceRef(file, line));
    }

    private static Paper listed(String title, String text, Integer authors, PaperDate date, String file, int line) {
        return new Paper(PaperIds.fromAbstract(text), title, text, null, authors, date, null, null, null,
                List.of(new SourceRef(file, line)));
    }

    static Collected read(String fixture, InputFormat format) throws IOException {
        Collected collected = new Collected();
        try (InputStream in = PaperReadersTest.class.getResourceAsStream(fixture)) {
            PaperReader reader = format.newReader(PaperCollector.DEFAULT_MAX_ABSTRACT_CHARS);
            SourceLines lines = new SourceLines(fixture, in, 1 << 20);
            for (SourceLines.Line line = lines.next(); line != null; line = lines.next()) {
                reader.readLine(line, lines.at(line.number()), collected);
            }
            reader.endOfInput(collected);
        }
        return collected;
    }

    /** A sink that keeps what it is given, problems as their report lines. */
    static final class Collected implements PaperSink {
        final List<Paper> papers = new ArrayList<>();
        final List<String> skips = new ArrayList<>();

        @Override
        public void paper(Paper paper) {
            papers.add(paper);
        }

        @Override
        public void skip(SourceRef at, String reason) {
            skips.add(new IngestReport.Problem(at, reason).toString());
        }
    }
}
