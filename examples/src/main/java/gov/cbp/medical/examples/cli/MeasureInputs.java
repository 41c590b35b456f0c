package gov.cbp.medical.examples.cli;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.measure.engine.MeasureAccumulator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.io.IOException;
import java.util.List;

/** Runs a measure engine over the inputs of a command (JSON Lines on worker threads, single episodes as line 1). */
final class MeasureInputs {
    private MeasureInputs() {}

    static MeasureAccumulator measure(List<Input> inputs, MeasureEngine engine, int workers, Progress progress)
            throws IOException {
        PayloadValidator validator = PayloadValidator.create();
        MeasureAccumulator total = engine.newAccumulator();
        for (Input input : inputs) {
            try (Input.Opened opened = input.open()) {
                if (opened.isJsonLines()) {
                    total.merge(engine.runLinesParallel(new LineCounting(progress.counting(opened.stream()), progress),
                            validator, workers));
                } else {
                    ValidationResult<CustodyEpisode> result = validator.validate(progress.counting(opened.stream()));
                    progress.step();
                    total.add(LineResult.of(1, result));
                }
            }
        }
        return total;
    }
}
