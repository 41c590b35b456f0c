package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.testkit.Mutations.Expected;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Each single mutation of a valid episode's JSON tree produces at least one problem of the right code at the
 * right JSON Pointer (issue 3, section 6).
 */
class MutationTest {
    @Property(tries = 300)
    void droppingARequiredProperty_reportsItAsRequiredAtItsPointer(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::dropRequired, Severity.ERROR);
    }

    @Property(tries = 300)
    void aValueOfTheWrongType_isReportedAtItsPointer(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::wrongType, Severity.ERROR);
    }

    @Property(tries = 200)
    void anOversizedString_isReportedAtItsPointer(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::oversizeString, Severity.ERROR);
    }

    @Property(tries = 200)
    void swappingTheTimesOfAReferenceAndItsTarget_isReportedAtTheReference(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::swapReferencedTimes, Severity.ERROR);
    }

    @Property(tries = 200)
    void aDuplicateEventId_isReportedAtTheSecondEvent(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::duplicateId, Severity.ERROR);
    }

    @Property(tries = 200)
    void anEventBeforeBookIn_isReportedAtItsTime(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        assertReports(episode, pick, Mutations::beforeBookIn, Severity.ERROR);
    }

    @Property(tries = 100)
    void nestingTooDeep_isFatal(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        ObjectNode tree = PayloadTree.tree(episode);
        Mutations.nestTooDeep(tree, pick);

        ValidationResult<CustodyEpisode> result = PayloadTree.VALIDATOR.validate(tree.toString());

        assertThat(result.problems()).extracting(Problem::severity, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.FATAL, "json.limit.depth"));
        assertThat(result.boundValue()).isEmpty();
    }

    @Property(tries = 300)
    void aTruncatedPayload_isFatalAndTruncated(@ForAll("episodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 1, max = 1_000_000) int cut) {
        byte[] json = PayloadTree.tree(episode).toString().getBytes(StandardCharsets.UTF_8);
        byte[] prefix = Arrays.copyOf(json, 1 + Math.floorMod(cut, json.length - 1));

        ValidationResult<CustodyEpisode> result = PayloadTree.VALIDATOR.validate(prefix);

        assertThat(result.problems()).extracting(Problem::severity, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.FATAL, "json.syntax.truncated"));
        assertThat(result.boundValue()).isEmpty();
    }

    private static void assertReports(CustodyEpisode episode, int pick,
            BiFunction<ObjectNode, Integer, Optional<Expected>> mutation, Severity severity) {
        ObjectNode tree = PayloadTree.tree(episode);
        Optional<Expected> expected = mutation.apply(tree, pick);
        Assume.that(expected.isPresent());

        ValidationResult<CustodyEpisode> result = PayloadTree.VALIDATOR.validate(tree.toString());

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .as("problems of %s", expected.get())
                .anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo(expected.get().code());
                    assertThat(p.pointer()).isEqualTo(expected.get().pointer());
                    assertThat(p.severity()).isEqualTo(severity);
                });
    }

    static String describe(ValidationResult<?> result) {
        return result.problems().stream().map(p -> p.severity().code() + " " + p.code() + " " + p.pointer())
                .collect(Collectors.joining("\n"));
    }

    @Provide
    Arbitrary<CustodyEpisode> episodes() {
        return Arbitraries.frequencyOf(Tuple.of(3, ModelArbitraries.episodes()),
                Tuple.of(1, ModelArbitraries.realisticEpisodes()));
    }
}
