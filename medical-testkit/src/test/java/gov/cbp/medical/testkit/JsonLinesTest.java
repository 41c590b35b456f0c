package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * A JSON Lines stream mixing good and bad lines yields every good episode, and a report for each bad line
 * with its line number; blank lines are skipped but counted; CRLF line ends are accepted (issue 3, section 3).
 */
class JsonLinesTest {
    /** One line of a stream: the text, the episode it must yield (for a good line), and the code it must cause. */
    static final class Line {
        final String text;
        final Optional<CustodyEpisode> episode;
        final String code;

        Line(String text, Optional<CustodyEpisode> episode, String code) {
            this.text = text;
            this.episode = episode;
            this.code = code;
        }

        boolean isBlank() {
            return text.isBlank();
        }

        @Override
        public String toString() {
            return episode.isPresent() ? "good" : isBlank() ? "blank" : code;
        }
    }

    @Property(tries = 60)
    void mixedStream_validateLines_yieldsEveryGoodEpisodeAndNumbersEveryBadLine(
            @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("lines") Line> lines,
            @ForAll boolean crlf) throws IOException {
        String separator = crlf ? "\r\n" : "\n";
        byte[] stream = lines.stream().map(l -> l.text).collect(Collectors.joining(separator))
                .getBytes(StandardCharsets.UTF_8);
        List<LineResult> results = new ArrayList<>();

        long count = PayloadTree.VALIDATOR.validateLines(new ByteArrayInputStream(stream), results::add);

        List<Integer> expectedNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                expectedNumbers.add(i + 1);
            }
        }
        assertThat(count).isEqualTo(expectedNumbers.size());
        assertThat(results).extracting(r -> (int) r.line()).containsExactlyElementsOf(expectedNumbers);
        for (LineResult result : results) {
            Line line = lines.get((int) result.line() - 1);
            if (line.episode.isPresent()) {
                assertThat(result.result().problems()).as("line %s", result.line()).isEmpty();
                assertThat(result.result().value()).contains(line.episode.get());
            } else {
                assertThat(result.result().isValid()).as("line %s", result.line()).isFalse();
                assertThat(result.result().problems()).extracting(p -> p.code()).contains(line.code);
            }
        }
        try (Stream<LineResult> lazily = PayloadTree.VALIDATOR.streamLines(new ByteArrayInputStream(stream))) {
            assertThat(lazily.collect(Collectors.toList())).isEqualTo(results);
        }
    }

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<CustodyEpisode> episodes = Arbitraries.frequencyOf(Tuple.of(3, ModelArbitraries.episodes()),
                Tuple.of(1, ModelArbitraries.realisticEpisodes()));
        Arbitrary<Line> good = episodes.map(e -> new Line(PayloadTree.tree(e).toString(), Optional.of(e), null));
        Arbitrary<Line> truncated = Combinators.combine(episodes, Arbitraries.integers().between(1, 99))
                .as((e, percent) -> {
                    String json = PayloadTree.tree(e).toString();
                    return new Line(json.substring(0, Math.max(1, json.length() * percent / 100)), Optional.empty(),
                            "json.syntax.truncated");
                });
        Arbitrary<Line> wrongType = episodes.map(e -> {
            ObjectNode tree = PayloadTree.tree(e);
            ((ObjectNode) tree.get("bookIn")).put("at", 20250303);
            return new Line(tree.toString(), Optional.empty(), "payload.field.type");
        });
        Arbitrary<Line> missing = episodes.map(e -> {
            ObjectNode tree = PayloadTree.tree(e);
            tree.remove("episodeId");
            return new Line(tree.toString(), Optional.empty(), "payload.field.required");
        });
        Arbitrary<Line> notAnObject = Arbitraries.of("[]", "42", "\"episode\"", "null")
                .map(text -> new Line(text, Optional.empty(), "payload.field.type"));
        Arbitrary<Line> malformed = Arbitraries.of("{\"episodeId\" \"x\"}", "{,}", "}{")
                .map(text -> new Line(text, Optional.empty(), "json.syntax.malformed"));
        Arbitrary<Line> blank = Arbitraries.of("", "   ", "\t").map(text -> new Line(text, Optional.empty(), null));
        return Arbitraries.frequencyOf(Tuple.of(5, good), Tuple.of(2, truncated), Tuple.of(1, wrongType),
                Tuple.of(1, missing), Tuple.of(1, notAnObject), Tuple.of(1, malformed), Tuple.of(1, blank));
    }

    @Property(tries = 10)
    void generatedJsonLines_validateLines_yieldsEveryEpisodeInOrder(@ForAll("seeds") long seed) throws IOException {
        EpisodeGenerator generator = EpisodeGenerator.of(GeneratorSettings.builder().seed(seed).facilities(2).days(1)
                .arrivalsPerFacilityPerDay(8).build());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long written = generator.writeJsonLines(out);
        List<CustodyEpisode> read = new ArrayList<>();

        long count = PayloadTree.VALIDATOR.validateLines(new ByteArrayInputStream(out.toByteArray()), line -> {
            assertThat(line.result().problems()).isEmpty();
            read.add(line.result().value().orElseThrow());
        });

        assertThat(count).isEqualTo(written);
        assertThat(read).isEqualTo(generator.episodes().collect(Collectors.toList()));
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\n").doesNotContain("\r");
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
