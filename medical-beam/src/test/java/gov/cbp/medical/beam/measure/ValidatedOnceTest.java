package gov.cbp.medical.beam.measure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gov.cbp.medical.beam.BeamFixtures;
import gov.cbp.medical.beam.evaluate.EvaluationSettings;
import gov.cbp.medical.beam.evaluate.FindingRows;
import gov.cbp.medical.beam.read.ReadJsonLines;
import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.InvalidEpisodePolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each record is validated exactly once per transform that reads it, on the DirectRunner with its
 * immutability and encodability checks on (they copy every element through its coder) and with hot-key
 * fan-out: Beam's counter of validations, per step, equals the number of lines. (The coder of validated lines
 * this replaces validated again on every copy, and the runner copied a key's whole bag on every bundle.)
 */
class ValidatedOnceTest {

    @Test
    void eachLine_isValidatedOncePerTransform_howeverTheRunnerCopiesElements(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(BeamFixtures.month(5, 2, 1));
        lines.addAll(BeamFixtures.BAD_LINES);
        Path input = BeamFixtures.write(dir.resolve("in.jsonl"), lines, "\n");
        MeasureSettings settings = BeamFixtures.settings(InvalidEpisodePolicy.MEASURE).withHotKeyFanout(3);
        DirectOptions options = BeamFixtures.options(3);
        assertThat(options.isEnforceEncodability()).isTrue();
        assertThat(options.isEnforceImmutability()).isTrue();

        Pipeline pipeline = Pipeline.create(options);
        PCollection<SourceLine> read = pipeline.apply("Read", ReadJsonLines.from(input.toString()));
        read.apply("Measure", MeasureReports.with(BeamFixtures.VALIDATION, settings));
        read.apply("Findings", FindingRows.with(BeamFixtures.VALIDATION, EvaluationSettings.asOf(BeamFixtures.AS_OF),
                InvalidEpisodePolicy.MEASURE));
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();

        Map<String, Long> perStep = new TreeMap<>();
        for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(ValidationSettings.class, ValidationSettings.LINES_VALIDATED))
                .build()).getCounters()) {
            perStep.merge(counter.getKey().stepName().replaceAll("/.*", ""), counter.getAttempted(), Long::sum);
        }
        assertThat(perStep).isEqualTo(Map.of("Findings", (long) lines.size(), "Measure", (long) lines.size()));
    }

    @Test
    void onlyTheValidationSettings_callTheValidator() {
        noClasses().that().doNotHaveFullyQualifiedName(ValidationSettings.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a validating method of the validator",
                        call -> call.getTargetOwner().isEquivalentTo(PayloadValidator.class)
                                && call.getName().startsWith("validate")))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("gov.cbp.medical.beam"));
    }
}
