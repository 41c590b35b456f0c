package org.example.consumer;

import gov.cbp.medical.jackson3.MedicalJson3;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What a consuming application does: reads a bundled sample from the model's module, validates it, builds
 * a changed copy with the generated builders, evaluates it and binds it with Jackson 3.
 */
public final class Intake {
    private final PayloadValidator validator = PayloadValidator.create();
    private final Evaluator evaluator = Evaluator.of(Catalogue.baseline());

    /** An intake with the default validator and the baseline standards. */
    public Intake() {}

    /**
     * The first bundled sample, read from the model's (open) package on the module path.
     *
     * @return the payload
     */
    public static byte[] firstSample() {
        try (InputStream in = CustodyEpisode.class.getModule().getResourceAsStream("gov/cbp/medical/model/samples/unaccompanied-child.json")) {
            if (in == null) {
                throw new IllegalStateException("sample not readable");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a payload, adds a welfare check with the builders, and evaluates the result.
     *
     * @param payload the payload
     * @param asOf the instant of evaluation
     * @return the evaluation, if the payload was valid
     */
    public Optional<EpisodeEvaluation> evaluate(byte[] payload, Instant asOf) {
        ValidationResult<CustodyEpisode> result = validator.validate(payload);
        return result.value().map(episode -> {
            WelfareCheck first = episode.eventsOf(WelfareCheck.class).get(0);
            CustodyEpisode more = episode.toBuilder()
                    .addEvents(WelfareCheck.builder().from(first).id("CONSUMER-1").at(first.at().plusSeconds(60)).build())
                    .build();
            return evaluator.evaluate(more, asOf);
        });
    }

    /**
     * Binds a payload with Jackson 3.
     *
     * @param payload the payload
     * @return the episode
     */
    public static CustodyEpisode bindWithJackson3(byte[] payload) {
        return MedicalJson3.mapper().readValue(payload, CustodyEpisode.class);
    }
}
