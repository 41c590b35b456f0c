package gov.cbp.medical.rules.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.measure.MeasurementPeriod;
import gov.cbp.medical.rules.measure.report.MeasureReportJson;
import gov.cbp.medical.rules.measure.report.ReportSettings;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accumulator's byte state: a round trip keeps the report, the bytes are deterministic, bad bytes fail as data. */
class AccumulatorBytesTest {
    static final Instant AS_OF = Instant.parse("2026-04-03T00:00:00Z");
    static final ReportSettings SETTINGS = ReportSettings.of(AS_OF, 0);
    static MeasureEngine engine;
    static List<CustodyEpisode> episodes;
    static List<LineResult> lines;

    @BeforeAll
    static void aMonth() throws IOException {
        GeneratorSettings settings = GeneratorSettings.builder().seed(5).facilities(3)
                .startDate(LocalDate.of(2026, 3, 1)).days(31).arrivalsPerFacilityPerDay(2).build();
        EpisodeGenerator generator = EpisodeGenerator.of(settings);
        episodes = generator.episodes().collect(Collectors.toList());
        ByteArrayOutputStream jsonLines = new ByteArrayOutputStream();
        generator.writeJsonLines(jsonLines);
        // A broken line and an episode with a bad code: rejected lines and their line numbers are state too.
        jsonLines.write("{\"episodeId\": 3\n".getBytes(StandardCharsets.UTF_8));
        jsonLines.write("not json\n".getBytes(StandardCharsets.UTF_8));
        lines = new ArrayList<>();
        PayloadValidator.builder().checkFutureTimes(false).build()
                .validateLines(new ByteArrayInputStream(jsonLines.toByteArray()), lines::add);
        engine = engine(MeasureSetReader.baseline());
    }

    static MeasureEngine engine(MeasureSet measures) {
        Evaluator evaluator = Evaluator.of(Catalogue.baseline()).restrictedTo(measures.requirementIds());
        return MeasureEngine.builder().measureSet(measures).evaluator(e -> evaluator.evaluate(e, AS_OF))
                .period(MeasurementPeriod.ofMonth(YearMonth.of(2026, 3))).build();
    }

    @Test
    void roundTripOfAFilledAccumulator_givesTheSameReportAndTheSameBytes() {
        MeasureAccumulator filled = engine.newAccumulator();
        lines.forEach(filled::add);
        MeasureAccumulator decoded = MeasureAccumulator.fromBytes(engine, filled.toBytes());
        assertThat(MeasureReportJson.toJson(decoded.report(SETTINGS)))
                .isEqualTo(MeasureReportJson.toJson(filled.report(SETTINGS)));
        assertThat(decoded.toBytes()).isEqualTo(filled.toBytes());
        assertThat(filled.report(SETTINGS).input().episodesRejected()).isEqualTo(2);
    }

    @Test
    void emptyAccumulator_roundTripsToAnEmptyReport() {
        MeasureAccumulator empty = engine.newAccumulator();
        MeasureAccumulator decoded = MeasureAccumulator.fromBytes(engine, empty.toBytes());
        assertThat(decoded.episodesMeasured()).isZero();
        assertThat(MeasureReportJson.toJson(decoded.report(SETTINGS))).isEqualTo(MeasureReportJson.toJson(empty.report(SETTINGS)));
    }

    @Test
    void decodedPartsOfARandomSplit_mergeToTheSinglePassReport() {
        MeasureAccumulator single = engine.newAccumulator();
        lines.forEach(single::add);
        List<LineResult> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(42));
        MeasureAccumulator merged = engine.newAccumulator();
        for (int from = 0, size = 1; from < shuffled.size(); from += size, size = size * 2 + 1) {
            MeasureAccumulator part = engine.newAccumulator();
            shuffled.subList(from, Math.min(shuffled.size(), from + size)).forEach(part::add);
            merged.merge(MeasureAccumulator.fromBytes(engine, part.toBytes()));
        }
        assertThat(MeasureReportJson.toJson(merged.report(SETTINGS))).isEqualTo(MeasureReportJson.toJson(single.report(SETTINGS)));
        assertThat(merged.toBytes()).as("deterministic whatever the order of arrival").isEqualTo(single.toBytes());
    }

    @Test
    void episodesInAnyOrder_giveEqualBytes() {
        MeasureAccumulator forward = engine.newAccumulator();
        episodes.forEach(forward::add);
        List<CustodyEpisode> reversed = new ArrayList<>(episodes);
        Collections.reverse(reversed);
        MeasureAccumulator backward = engine.newAccumulator();
        reversed.forEach(backward::add);
        assertThat(backward.toBytes()).isEqualTo(forward.toBytes());
    }

    @Test
    void bytesOfAnotherMeasureSet_areRefused() {
        MeasureSet baseline = MeasureSetReader.baseline();
        MeasureSet other = baseline.toBuilder().version(baseline.version() + "-local").build();
        byte[] state = engine.newAccumulator().toBytes();
        assertThatThrownBy(() -> MeasureAccumulator.fromBytes(engine(other), state))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another measure set");
    }

    @Test
    void truncatedGarbageAndTrailingBytes_failAsIllegalArgument() {
        MeasureAccumulator filled = engine.newAccumulator();
        lines.forEach(filled::add);
        byte[] state = filled.toBytes();
        for (int cut : new int[] {0, 3, 8, state.length / 2, state.length - 1}) {
            assertThatThrownBy(() -> MeasureAccumulator.fromBytes(engine, Arrays.copyOf(state, cut)))
                    .as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(state, state.length + 1);
        assertThatThrownBy(() -> MeasureAccumulator.fromBytes(engine, longer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
        byte[] garbage = "MQMA but not really a state".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MeasureAccumulator.fromBytes(engine, garbage)).isInstanceOf(IllegalArgumentException.class);
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] flipped = state.clone();
            flipped[8 + random.nextInt(flipped.length - 8)] ^= (byte) (1 << random.nextInt(8));
            try {
                MeasureAccumulator.fromBytes(engine, flipped);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).doesNotContain("\"");
            }
        }
    }
}
