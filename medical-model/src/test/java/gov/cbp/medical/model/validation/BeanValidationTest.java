package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values built in Java get the same checks through Bean Validation as payloads get from the reader. */
class BeanValidationTest {
    @Test
    void validate_validEpisode_hasNoViolations() {
        assertThat(BeanValidation.validator().validate(SampleEpisodes.child())).isEmpty();
        assertThat(BeanValidation.validate(SampleEpisodes.child(), PayloadValidatorTest.CLOCK).problems()).isEmpty();
    }

    @Test
    void validate_accessorConstraint_isCheckedAsInThePayload() {
        CustodyEpisode episode = SampleEpisodes.child().toBuilder().episodeId("x".repeat(65)).build();
        ValidationResult<CustodyEpisode> result = BeanValidation.validate(episode, PayloadValidatorTest.CLOCK);
        assertThat(result.problems()).extracting(Problem::code, Problem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("payload.text.tooLong", "/episodeId"));
    }

    @Test
    void validate_nestedContainerElement_cascades() {
        WelfareCheck check = WelfareCheck.builder().from(SampleEpisodes.child().eventsOf(WelfareCheck.class).get(0))
                .holdRoom("R".repeat(100)).build();
        CustodyEpisode episode = SampleEpisodes.child().toBuilder().addEvents(check.toBuilder().id("E7").build()).build();
        assertThat(BeanValidation.validate(episode, PayloadValidatorTest.CLOCK).problems())
                .extracting(Problem::code, Problem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("payload.text.tooLong", "/events/6/holdRoom"));
    }

    @Test
    void validate_crossFieldRule_usesTheSameCodesAsThePayloadReader() {
        WelfareCheck early = WelfareCheck.builder().from(SampleEpisodes.child().eventsOf(WelfareCheck.class).get(0))
                .id("E7").at(SampleEpisodes.BOOK_IN.minusSeconds(60)).build();
        CustodyEpisode episode = SampleEpisodes.child().toBuilder().addEvents(early).build();
        ValidationResult<CustodyEpisode> result = BeanValidation.validate(episode, PayloadValidatorTest.CLOCK);
        assertThat(result.problems()).extracting(Problem::code, Problem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("episode.event.beforeBookIn", "/events/6/at"));
        ValidationResult<CustodyEpisode> fromPayload = PayloadValidator.builder().clock(PayloadValidatorTest.CLOCK).build()
                .validate(gov.cbp.medical.model.json.MedicalJson.mapper().valueToTree(episode).toString());
        assertThat(fromPayload.problems()).extracting(Problem::code, Problem::pointer)
                .containsExactlyElementsOf(result.problems().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.code(), p.pointer()))
                        .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void validator_classLevelConstraint_reportsCodeAndPointerInMessage() {
        CustodyEpisode episode = SampleEpisodes.child().toBuilder()
                .bookOut(SampleEpisodes.child().bookOut().get().toBuilder().at(Instant.parse("2026-03-01T00:00:00Z")).build()).build();
        Set<ConstraintViolation<CustodyEpisode>> violations = BeanValidation.validator().validate(episode);
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("[episode.bookOut.beforeBookIn] /bookOut/at: "));
    }
}
