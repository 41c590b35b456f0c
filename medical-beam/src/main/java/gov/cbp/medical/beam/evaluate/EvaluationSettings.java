package gov.cbp.medical.beam.evaluate;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What every worker evaluates with: the instant episodes are evaluated as of, the instant the records are
 * complete through, and the standards catalogue (the bundled baseline, or a catalogue document given as
 * bytes, so that it travels with the pipeline to any runner).
 *
 * <p>Records complete through: the instant up to which the source systems have delivered every record, at
 * or before the evaluation instant; it defaults to the evaluation instant. It is carried to every worker
 * now and passed to the evaluator in {@link #evaluate} once the evaluator takes it.
 *
 * <p>Implementation Requirements: immutable, thread-safe and serializable; {@link #evaluator()} builds a
 * new evaluator, which workers build once per instance and share.
 */
public final class EvaluationSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant asOf;
    private final Instant recordsThrough;
    private final byte[] catalogue;

    private EvaluationSettings(Instant asOf, Instant recordsThrough, byte[] catalogue) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.recordsThrough = Objects.requireNonNull(recordsThrough, "recordsThrough");
        if (recordsThrough.isAfter(asOf)) {
            throw new IllegalArgumentException("records cannot be complete through an instant after the evaluation instant");
        }
        this.catalogue = catalogue;
    }

    /**
     * Evaluates as of an instant against the baseline catalogue, with records complete through that instant.
     *
     * @param asOf the evaluation instant, not null
     * @return the settings, not null
     */
    public static EvaluationSettings asOf(Instant asOf) {
        return new EvaluationSettings(asOf, asOf, null);
    }

    /**
     * The same, with records complete through an earlier instant.
     *
     * @param recordsThrough the instant, at or before the evaluation instant, not null
     * @return a copy, not null
     * @throws IllegalArgumentException if it is after the evaluation instant
     */
    public EvaluationSettings withRecordsThrough(Instant recordsThrough) {
        return new EvaluationSettings(asOf, recordsThrough, catalogue);
    }

    /**
     * The same, against a catalogue document ({@code {"standards": [...]}} or one standard), checked now so
     * that a bad catalogue fails when the pipeline is built, not on a worker.
     *
     * @param catalogueJson the document's bytes, not null
     * @return a copy, not null
     * @throws IllegalArgumentException if the catalogue has errors (the message lists their codes and pointers)
     */
    public EvaluationSettings withCatalogue(byte[] catalogueJson) {
        byte[] copy = catalogueJson.clone();
        load(copy);
        return new EvaluationSettings(asOf, recordsThrough, copy);
    }

    /** @return the evaluation instant */
    public Instant asOf() {
        return asOf;
    }

    /** @return the instant the records are complete through */
    public Instant recordsThrough() {
        return recordsThrough;
    }

    /** @return the catalogue document, empty for the baseline */
    public Optional<byte[]> catalogueJson() {
        return Optional.ofNullable(catalogue).map(byte[]::clone);
    }

    /**
     * A new evaluator of the catalogue.
     *
     * @return the evaluator, not null
     */
    public Evaluator evaluator() {
        return Evaluator.of(catalogue == null ? Catalogue.baseline() : load(catalogue));
    }

    /**
     * Evaluates an episode with these instants: the one place the pipeline calls the evaluator.
     *
     * @param evaluator an evaluator of {@link #evaluator()}, not null
     * @param episode the episode, not null
     * @return the evaluation, not null
     */
    public EpisodeEvaluation evaluate(Evaluator evaluator, CustodyEpisode episode) {
        // every transform of this module evaluates through this method
        return evaluator.evaluate(episode, asOf, recordsThrough);
    }

    private static Catalogue load(byte[] json) {
        try {
            CatalogueLoad load = Catalogue.load(new ByteArrayInputStream(json));
            if (!load.isValid()) {
                StringBuilder codes = new StringBuilder("the catalogue has errors:");
                load.problems().forEach(p -> codes.append(' ').append(p.code()).append(" at ").append(p.pointer()));
                throw new IllegalArgumentException(codes.toString());
            }
            return load.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EvaluationSettings)) {
            return false;
        }
        EvaluationSettings that = (EvaluationSettings) other;
        return asOf.equals(that.asOf) && recordsThrough.equals(that.recordsThrough) && Arrays.equals(catalogue, that.catalogue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, recordsThrough) * 31 + Arrays.hashCode(catalogue);
    }

    @Override
    public String toString() {
        return "evaluated as of " + asOf + ", records through " + recordsThrough
                + (catalogue == null ? ", baseline catalogue" : ", a catalogue of " + catalogue.length + " bytes");
    }
}
