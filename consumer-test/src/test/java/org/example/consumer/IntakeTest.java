package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.PayloadValidator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The consumer's code works on the module path, importing only the BOM. */
class IntakeTest {
    @Test
    void consumer_onTheModulePath_validatesBuildsEvaluatesAndBinds() {
        assertTrue(Intake.class.getModule().isNamed(), "the consumer runs as a named module");
        assertTrue(CustodyEpisode.class.getModule().isNamed(), "the model is on the module path");
        byte[] sample = Intake.firstSample();

        var evaluation = new Intake().evaluate(sample, Instant.parse("2025-03-04T00:00:00Z"));

        assertTrue(evaluation.isPresent());
        assertFalse(evaluation.get().findings().isEmpty());
        assertEquals(PayloadValidator.create().validate(sample).value().orElseThrow(), Intake.bindWithJackson3(sample));
    }
}
