package gov.cbp.medical.beam.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.beam.BeamFixtures;
import gov.cbp.medical.beam.read.ReadJsonLines;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings as schema'd rows: one per finding of each evaluated episode, the evaluator's values, no personal data. */
class FindingRowsTest {
    static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    static final Instant THROUGH = Instant.parse("2026-03-20T06:00:00Z");

    @Test
    void oneRowPerFinding_withTheEvaluatorsValues(@TempDir Path dir) throws IOException {
        List<String> month = BeamFixtures.month(4, 2, 1).subList(0, 25);
        List<String> lines = new ArrayList<>(month);
        lines.add("{\"broken\": ");
        Path input = BeamFixtures.write(dir.resolve("in.jsonl"), lines, "\n");
        EvaluationSettings settings = EvaluationSettings.asOf(AS_OF).withRecordsThrough(THROUGH);

        Evaluator evaluator = settings.evaluator();
        PayloadValidator validator = BeamFixtures.VALIDATION.validator();
        List<String> expected = new ArrayList<>();
        for (String line : month) {
            CustodyEpisode episode = validator.validate(line).value().orElseThrow();
            EpisodeEvaluation evaluation = settings.evaluate(evaluator, episode);
            for (Finding finding : evaluation.findings()) {
                expected.add(csv(FindingRows.row(episode, evaluation, finding, THROUGH)));
            }
        }
        assertThat(expected).hasSizeGreaterThan(25);

        Pipeline pipeline = Pipeline.create(BeamFixtures.options(2));
        pipeline.apply(ReadJsonLines.from(input.toString()))
                .apply(FindingRows.with(BeamFixtures.VALIDATION, settings, InvalidEpisodePolicy.MEASURE))
                .apply(MapElements.into(TypeDescriptors.strings()).via(FindingRowsTest::csv))
                .apply(TextIO.write().to(dir.resolve("rows").toString()).withoutSharding());
        pipeline.run().waitUntilFinish();

        List<String> rows = Files.readAllLines(dir.resolve("rows"), StandardCharsets.UTF_8);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(String.join("\n", rows)).contains(",2026-03-20T12:00:00.000Z,2026-03-20T06:00:00.000Z");
    }

    @Test
    void schema_namesNoPersonalField() {
        assertThat(FindingRows.SCHEMA.getFieldNames()).doesNotContain("name", "aNumber", "dateOfBirth", "explanation", "notes")
                .contains("episodeId", "requirementId", "status", "dueAt", "evaluatedAsOf", "recordsThrough");
        assertThat(FindingRows.SCHEMA.getField("dueAt").getType().getNullable()).isTrue();
        assertThat(FindingRows.SCHEMA.getField("dueAt").getType().getTypeName()).isEqualTo(Schema.TypeName.DATETIME);
    }

    @Test
    void recordsThroughAfterAsOf_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EvaluationSettings.asOf(THROUGH).withRecordsThrough(AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EvaluationSettings.asOf(AS_OF).recordsThrough()).isEqualTo(AS_OF);
    }

    static String csv(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getFieldCount(); i++) {
            Object value = row.getValue(i);
            values.add(String.valueOf(value));
        }
        return String.join(",", values);
    }
}
