package gov.cbp.medical.rules.measure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.ModelStyle;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An immutable population criterion: a declarative test over one member of a measure (an episode, or a
 * finding with its episode), written as data.
 *
 * <p>The {@link #kind()} says which other properties the criterion uses (see {@link CriterionKind}):
 * {@code finding} uses {@link #requirements()}, {@link #statuses()} and {@link #quantifier()};
 * {@code status} uses {@link #statuses()}; the attribute kinds ({@code population-class}, {@code component},
 * {@code medical-support}, {@code event}) use {@link #values()}, which hold the model's wire codes;
 * {@code age} uses {@link #min()} and {@link #max()} (whole years, inclusive); {@code all-of},
 * {@code any-of} and {@code not} use {@link #criteria()}. A property a kind does not use must be absent:
 * {@link MeasureSetReader} reports it.
 *
 * <p>In JSON: {@code {"kind": "finding", "requirements": ["EMD-INTERVIEW-JUV"], "statuses": ["met"]}}.
 *
 * <p>Implementation Requirements: immutable, thread-safe value type; compare with {@code equals}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
@JsonPropertyOrder({"kind", "requirements", "quantifier", "statuses", "values", "min", "max", "criteria"})
public interface Criterion {
    /**
     * The kind of test.
     *
     * @return the kind, not null
     */
    CriterionKind kind();

    /**
     * For {@code finding}: the requirement ids whose findings are tested.
     *
     * @return the ids, not null, empty for other kinds
     */
    List<String> requirements();

    /**
     * For {@code finding}: how the findings combine.
     *
     * @return the quantifier, empty meaning {@link Quantifier#ANY}
     */
    Optional<Quantifier> quantifier();

    /**
     * For {@code finding} and {@code status}: the statuses that satisfy the test.
     *
     * @return the statuses, not null; empty for {@code finding} means any status
     */
    List<FindingStatus> statuses();

    /**
     * For attribute kinds: the wire codes that satisfy the test.
     *
     * @return the codes, not null
     */
    List<String> values();

    /**
     * For {@code age}: the least age in whole years, inclusive.
     *
     * @return the minimum, empty for no lower bound
     */
    Optional<Integer> min();

    /**
     * For {@code age}: the greatest age in whole years, inclusive.
     *
     * @return the maximum, empty for no upper bound
     */
    Optional<Integer> max();

    /**
     * For {@code all-of}, {@code any-of} and {@code not}: the nested criteria.
     *
     * @return the criteria, not null
     */
    List<Criterion> criteria();

    /**
     * The quantifier in force.
     *
     * @return {@link #quantifier()}, or {@link Quantifier#ANY} if absent
     */
    default Quantifier effectiveQuantifier() {
        return quantifier().orElse(Quantifier.ANY);
    }

    /**
     * A criterion true for every member.
     *
     * @return the criterion, not null
     */
    static Criterion always() {
        return builder().kind(CriterionKind.ALWAYS).build();
    }

    /**
     * A criterion true when every one of several is.
     *
     * @param criteria the criteria, not null
     * @return the criterion, not null
     */
    static Criterion allOf(Criterion... criteria) {
        return builder().kind(CriterionKind.ALL_OF).addCriteria(criteria).build();
    }

    /**
     * A criterion true when one of several is.
     *
     * @param criteria the criteria, not null
     * @return the criterion, not null
     */
    static Criterion anyOf(Criterion... criteria) {
        return builder().kind(CriterionKind.ANY_OF).addCriteria(criteria).build();
    }

    /**
     * The negation of a criterion.
     *
     * @param criterion the criterion, not null
     * @return the criterion, not null
     */
    static Criterion not(Criterion criterion) {
        return builder().kind(CriterionKind.NOT).addCriteria(criterion).build();
    }

    /**
     * A test over the episode's findings of some requirements.
     *
     * @param requirements the requirement ids, not null
     * @param quantifier how the findings combine, not null
     * @param statuses the statuses that count; none means any status
     * @return the criterion, not null
     */
    static Criterion finding(List<String> requirements, Quantifier quantifier, FindingStatus... statuses) {
        return builder().kind(CriterionKind.FINDING).requirements(requirements).quantifier(quantifier)
                .addStatuses(statuses).build();
    }

    /**
     * A test of the current finding's status (finding-based measures).
     *
     * @param statuses the statuses, not null
     * @return the criterion, not null
     */
    static Criterion status(FindingStatus... statuses) {
        return builder().kind(CriterionKind.STATUS).addStatuses(statuses).build();
    }

    /**
     * A test of an attribute against wire codes.
     *
     * @param kind an attribute kind ({@code population-class}, {@code component}, {@code medical-support},
     *     {@code event}), not null
     * @param values the codes, not null
     * @return the criterion, not null
     */
    static Criterion valueIn(CriterionKind kind, Coded... values) {
        return builder().kind(kind)
                .values(Arrays.stream(values).map(Coded::code).collect(Collectors.toList())).build();
    }

    /**
     * A test of the age at book-in.
     *
     * @param min the least age, inclusive, may be null (meaning no lower bound)
     * @param max the greatest age, inclusive, may be null (meaning no upper bound)
     * @return the criterion, not null
     */
    static Criterion age(Integer min, Integer max) {
        return builder().kind(CriterionKind.AGE).min(Optional.ofNullable(min)).max(Optional.ofNullable(max)).build();
    }

    /**
     * A criterion of a kind that takes no properties ({@code pregnant}, {@code interpreter-needed},
     * {@code custody-closed}, {@code estimated-age}, {@code us-citizen-newborn}).
     *
     * @param kind the kind, not null
     * @return the criterion, not null
     */
    static Criterion of(CriterionKind kind) {
        return builder().kind(kind).build();
    }

    /**
     * A new builder.
     *
     * @return the builder, not null
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Criterion}; {@code build()} throws {@link IllegalStateException} naming any missing attribute. */
    final class Builder extends ImmutableCriterion.Builder {}
}
