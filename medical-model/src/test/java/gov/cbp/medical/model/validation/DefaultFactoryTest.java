package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plainly configured provider, as Spring Boot and Jakarta EE containers build it
 * ({@code Validation.buildDefaultValidatorFactory()}, Hibernate Validator with its defaults: only
 * {@code getX()} accessors are properties), sees every problem the payload reader reports, each with the
 * property path of its pointer.
 */
class DefaultFactoryTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void build() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void validEpisode_hasNoViolation() {
        assertThat(validator.validate(SampleEpisodes.child())).isEmpty();
    }

    @Test
    void fieldConstraints_areReportedWithPropertyPaths() {
        WelfareCheck check = WelfareCheck.builder().from(SampleEpisodes.child().eventsOf(WelfareCheck.class).get(0))
                .id("E7").holdRoom("R".repeat(100)).build();
        CustodyEpisode episode = SampleEpisodes.child().toBuilder().episodeId("x".repeat(65)).addEvents(check).build();

        Set<ConstraintViolation<CustodyEpisode>> violations = validator.validate(episode);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("episodeId", "events[6].holdRoom");
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        "[payload.text.tooLong] /episodeId: The property 'episodeId' is longer than the limit of 64 characters.",
                        "[payload.text.tooLong] /events/6/holdRoom: The property 'holdRoom' is longer than the limit of 64 characters.");
        assertThat(violations).allSatisfy(v -> assertThat(v.getMessage()).doesNotContain("xxxx", "RRRR"));
    }

    @Test
    void everyProblemOfThePayloadReader_isAViolation() {
        CustodyEpisode episode = SampleEpisodes.child().toBuilder()
                .detainee(SampleEpisodes.child().detainee().toBuilder().dateOfBirth(java.time.LocalDate.parse("1980-01-01")).build())
                .bookOut(SampleEpisodes.child().bookOut().get().toBuilder().at(Instant.parse("2026-03-01T00:00:00Z")).build())
                .build();
        List<Problem> problems = PayloadValidator.builder().checkFutureTimes(false).build()
                .validate(MedicalJson.mapper().valueToTree(episode).toString()).problems().stream()
                .filter(p -> p.severity().isError()).collect(Collectors.toList());

        Set<ConstraintViolation<CustodyEpisode>> violations = validator.validate(episode);

        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        assertThat(violations).extracting(v -> v.getMessage().substring(1, v.getMessage().indexOf(']')), v -> pointer(v.getPropertyPath()))
                .containsExactlyInAnyOrderElementsOf(problems.stream().map(p -> tuple(p.code(), p.pointer())).collect(Collectors.toList()));
    }

    @Test
    void listElementProblem_pointsAtTheElement() {
        WelfareCheck first = SampleEpisodes.child().eventsOf(WelfareCheck.class).get(0);
        CustodyEpisode episode = SampleEpisodes.child().toBuilder().addEvents(first).build(); // a repeated id

        Set<ConstraintViolation<CustodyEpisode>> violations = validator.validate(episode);

        assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v.getPropertyPath().toString()).startsWith("events[6]"));
    }

    /** The pointer of a path: names, with list indexes before the node that carries them. */
    private static String pointer(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                parts.add(String.valueOf(node.getIndex()));
            }
            if (node.getName() != null) {
                parts.add(node.getName());
            }
        }
        return parts.isEmpty() ? "" : "/" + String.join("/", parts);
    }
}
