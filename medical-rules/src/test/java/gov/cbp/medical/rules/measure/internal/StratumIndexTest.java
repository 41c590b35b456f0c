package gov.cbp.medical.rules.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.measure.MeasureDefinition;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stratum numbers are one accumulator's own (issue 18 §2): tallies numbered differently must merge, write and
 * read by key, giving the bytes of one pass.
 */
class StratumIndexTest {
    private static final Instant AS_OF = Instant.parse("2026-05-01T00:00:00Z");
    private static final MeasureSet SET = MeasureSetReader.baseline();
    private static final List<CustodyEpisode> EPISODES = EpisodeGenerator.of(GeneratorSettings.builder().seed(7)
            .facilities(3).startDate(LocalDate.of(2026, 3, 1)).days(4).arrivalsPerFacilityPerDay(3).build())
            .episodes().limit(40).collect(Collectors.toList());
    private static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());

    /** An index whose numbers differ from a fresh one's: foreign keys numbered first in every slot. */
    private static StratumIndex shifted(CompiledMeasure measure, int foreign) {
        StratumIndex index = new StratumIndex();
        for (int i = 0; i < measure.stratifiers().size(); i++) {
            int slot = index.slot(measure.stratifiers().get(i));
            for (int k = 0; k < foreign; k++) {
                index.number(slot, "foreign-" + k);
            }
        }
        return index;
    }

    private static CompiledMeasure.Tallies accumulate(CompiledMeasure measure, StratumIndex index, int from, int to) {
        CompiledMeasure.Tallies tallies = measure.newTallies(index);
        StratumValues values = new StratumValues();
        for (CustodyEpisode episode : EPISODES.subList(from, to)) {
            EpisodeEvaluation evaluation = EVALUATOR.evaluate(episode, AS_OF);
            measure.accumulate(new EpisodeMeasureFacts(episode, evaluation, values), tallies);
        }
        return tallies;
    }

    private static byte[] bytes(CompiledMeasure.Tallies tallies) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tallies.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void talliesNumberedDifferently_mergeWriteAndReadByKey() throws IOException {
        for (MeasureDefinition definition : SET.measures()) {
            CompiledMeasure measure = new CompiledMeasure(SET, definition);
            byte[] onePass = bytes(accumulate(measure, new StratumIndex(), 0, EPISODES.size()));
            CompiledMeasure.Tallies first = accumulate(measure, shifted(measure, 3), 0, 25);
            CompiledMeasure.Tallies second = accumulate(measure, shifted(measure, 11), 25, EPISODES.size());
            first.merge(second);
            assertThat(bytes(first)).as(definition.id()).isEqualTo(onePass);
            CompiledMeasure.Tallies read = measure.newTallies(shifted(measure, 5));
            read.readFrom(new DataInputStream(new ByteArrayInputStream(onePass)));
            assertThat(bytes(read)).as(definition.id()).isEqualTo(onePass);
            assertThat(read.strata(0)).as(definition.id()).hasSameSizeAs(first.strata(0));
            assertThat(read.strata(0).keySet()).doesNotContain("foreign-0");
        }
    }

    @Test
    void aKeyReadTwice_isRejected() throws IOException {
        CompiledMeasure measure = new CompiledMeasure(SET, SET.measures().get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        new Tally(measure.observation()).writeTo(out);
        out.writeInt(2);
        for (int i = 0; i < 2; i++) {
            out.writeInt(-1);
            StateFormat.writeString(out, "same");
            new Tally(measure.observation()).writeTo(out);
        }
        CompiledMeasure.Tallies tallies = measure.newTallies(new StratumIndex());
        assertThatIOException().isThrownBy(() -> tallies.readFrom(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())))).withMessageContaining("twice");
    }
}
