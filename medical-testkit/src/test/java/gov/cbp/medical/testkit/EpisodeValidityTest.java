package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.BeanValidation;
import gov.cbp.medical.model.validation.PayloadSchema;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Generated episodes are valid for every checker, and problem reports are deterministic (issue 3, section 6).
 */
class EpisodeValidityTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PayloadSchema.episode());

    @Property(tries = 200)
    void generatedEpisode_validatedWithTheSystemClock_hasNoProblemAndIsBound(
            @ForAll("anyEpisodes") CustodyEpisode episode) throws Exception {
        ValidationResult<CustodyEpisode> result = PayloadValidator.create()
                .validate(MedicalJson.mapper().writeValueAsBytes(episode));

        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).contains(episode);
    }

    @Property(tries = 200)
    void generatedEpisode_beanValidation_hasNoProblem(@ForAll("anyEpisodes") CustodyEpisode episode) {
        ValidationResult<CustodyEpisode> result = BeanValidation.validate(episode, PayloadTree.CLOCK);

        assertThat(result.problems()).isEmpty();
    }

    @Property(tries = 100)
    void generatedEpisode_everyPropertyAndValue_isOneTheModelBinds(@ForAll("anyEpisodes") CustodyEpisode episode) {
        assertThat(PayloadTree.strictSlots(PayloadTree.tree(episode))).isNotEmpty();
    }

    @Property(tries = 200)
    void generatedEpisode_publishedJsonSchema_acceptsIt(@ForAll("anyEpisodes") CustodyEpisode episode) {
        List<Error> errors = SCHEMA.validate(PayloadTree.tree(episode));

        assertThat(errors).isEmpty();
    }

    @Property(tries = 300)
    void structuralMutation_isRejectedByTheSchemaAndTheValidator_crossFieldOnlyByTheValidator(
            @ForAll("anyEpisodes") CustodyEpisode episode, @ForAll @IntRange(min = 0, max = 5) int kind,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        ObjectNode tree = PayloadTree.tree(episode);
        boolean structural = kind < 3;
        java.util.Optional<Mutations.Expected> expected;
        switch (kind) {
            case 0:
                expected = Mutations.dropRequired(tree, pick);
                break;
            case 1:
                expected = Mutations.wrongType(tree, pick);
                break;
            case 2:
                expected = Mutations.oversizeString(tree, pick);
                break;
            case 3:
                expected = Mutations.duplicateId(tree, pick);
                break;
            case 4:
                expected = Mutations.beforeBookIn(tree, pick);
                break;
            default:
                expected = Mutations.swapReferencedTimes(tree, pick);
                break;
        }
        net.jqwik.api.Assume.that(expected.isPresent());

        List<Error> schemaErrors = SCHEMA.validate(tree);
        ValidationResult<CustodyEpisode> result = PayloadTree.VALIDATOR.validate(tree.toString());

        assertThat(result.isValid()).isFalse();
        if (structural) {
            assertThat(schemaErrors).as("schema errors for %s", expected.get()).isNotEmpty();
        } else {
            assertThat(schemaErrors).as("schema errors for %s", expected.get()).isEmpty();
        }
    }

    @Property(tries = 150)
    void anyInput_validatedTwice_givesIdenticalProblems(@ForAll("brokenPayloads") byte[] json) {
        List<Problem> first = PayloadTree.VALIDATOR.validate(json).problems();
        List<Problem> again = PayloadTree.VALIDATOR.validate(json.clone()).problems();
        List<Problem> other = PayloadValidator.builder().clock(PayloadTree.CLOCK).build()
                .validate(new String(json, StandardCharsets.UTF_8)).problems();

        assertThat(again).isEqualTo(first);
        if (new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length == json.length) {
            assertThat(other).isEqualTo(first);
        }
    }

    @Provide
    Arbitrary<CustodyEpisode> anyEpisodes() {
        return Arbitraries.frequencyOf(Tuple.of(3, ModelArbitraries.episodes()),
                Tuple.of(1, ModelArbitraries.realisticEpisodes()));
    }

    /** Episodes with one to four random mutations, some of them truncated. */
    @Provide
    Arbitrary<byte[]> brokenPayloads() {
        return Combinators.combine(anyEpisodes(),
                Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 100))
                .as((episode, picks, cut) -> {
                    ObjectNode tree = PayloadTree.tree(episode);
                    for (int pick : picks) {
                        Mutations.random(tree, pick);
                    }
                    byte[] bytes = tree.toString().getBytes(StandardCharsets.UTF_8);
                    return cut < 80 ? bytes : java.util.Arrays.copyOf(bytes, bytes.length * (cut - 80) / 20);
                });
    }

    @Property(tries = 100)
    void mutatedEpisode_validatedTwice_givesIdenticalProblems(@ForAll("anyEpisodes") CustodyEpisode episode,
            @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
        ObjectNode tree = PayloadTree.tree(episode);
        Mutations.random(tree, pick);
        JsonNode copy = tree.deepCopy();

        assertThat(PayloadTree.VALIDATOR.validate(copy.toString()).problems())
                .isEqualTo(PayloadTree.VALIDATOR.validate(tree.toString()).problems());
    }
}
