package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.ModelStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * An immutable, versioned set of measure definitions run together, with the stratifiers common to all of
 * them. The library ships one, {@link MeasureSetReader#baseline()}; a deployment may load its own with
 * {@link MeasureSetReader}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMeasureSet.class)
@JsonDeserialize(as = ImmutableMeasureSet.class)
@JsonPropertyOrder({"formatVersion", "id", "version", "title", "description", "stratifiers", "measures"})
public interface MeasureSet {
    /** The measure-set file format version this library reads and writes. */
    String FORMAT_VERSION = "1.0";

    /**
     * The file format version.
     *
     * @return {@value #FORMAT_VERSION} by default
     */
    @Value.Default
    default String formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * The set id ({@code mqm-baseline}).
     *
     * @return the id, not null
     */
    String id();

    /**
     * The set version.
     *
     * @return the version, not null
     */
    String version();

    /**
     * A title for people.
     *
     * @return the title, not null
     */
    String title();

    /**
     * A description for people.
     *
     * @return the description, empty when absent
     */
    Optional<String> description();

    /**
     * The stratifiers applied to every measure of the set.
     *
     * @return the stratifiers, not null
     */
    List<Stratifier> stratifiers();

    /**
     * The measures, in report order.
     *
     * @return the measures, not null
     */
    List<MeasureDefinition> measures();

    /**
     * The stratifiers of one measure: the common ones, then the measure's own.
     *
     * @param measure a measure of this set, not null
     * @return the stratifiers, not null
     */
    default List<Stratifier> stratifiersOf(MeasureDefinition measure) {
        List<Stratifier> all = new ArrayList<>(stratifiers());
        all.addAll(measure.stratifiers());
        return all;
    }

    /**
     * The ids of every requirement the measures reference: their requirement ids, those their criteria and
     * observations name. An evaluation of these requirements only gives every measure the same findings as an
     * evaluation of the whole catalogue (see {@link gov.cbp.medical.rules.evaluation.Evaluator#restrictedTo}).
     *
     * @return the ids, in ascending order, not null
     * @since 0.1
     */
    @JsonIgnore
    default Set<String> requirementIds() {
        Set<String> ids = new TreeSet<>();
        for (MeasureDefinition measure : measures()) {
            ids.addAll(measure.requirementIds());
            addRequirements(measure.initialPopulation(), ids);
            for (Optional<Criterion> criterion : List.of(measure.denominator(), measure.denominatorExclusion(),
                    measure.numerator(), measure.numeratorExclusion())) {
                criterion.ifPresent(c -> addRequirements(c, ids));
            }
            measure.observation().ifPresent(observation -> ids.addAll(observation.requirements()));
        }
        return Collections.unmodifiableSet(ids);
    }

    private static void addRequirements(Criterion criterion, Set<String> ids) {
        ids.addAll(criterion.requirements());
        for (Criterion nested : criterion.criteria()) {
            addRequirements(nested, ids);
        }
    }

    /**
     * The measure with an id.
     *
     * @param measureId the id, not null
     * @return the measure, empty if the set has none with that id
     */
    @JsonIgnore
    default Optional<MeasureDefinition> measure(String measureId) {
        return measures().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this value, to make a changed copy.
     *
     * @return the builder, not null
     */
    default Builder toBuilder() {
        return builder().from(this);
    }

    /** Builds a {@link MeasureSet}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableMeasureSet.Builder {}
}
