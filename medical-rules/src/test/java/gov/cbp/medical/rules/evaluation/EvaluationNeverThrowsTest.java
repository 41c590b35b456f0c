package gov.cbp.medical.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Episodes that validation flags (or that were built in Java and never validated) are judged as far as their
 * data allows: {@link Evaluator#evaluate} never throws on them.
 */
class EvaluationNeverThrowsTest {
    static final Evaluator EVALUATOR = Evaluator.of(Catalogue.baseline());

    static CustodyEpisode bornOn(LocalDate dateOfBirth) {
        CustodyEpisode episode = EpisodeGenerator.juvenileDay();
        return CustodyEpisode.builder().from(episode)
                .detainee(episode.detainee().toBuilder().dateOfBirth(dateOfBirth).build()).build();
    }

    static Instant asOf(CustodyEpisode episode) {
        return episode.bookIn().at().plus(Duration.ofHours(30));
    }

    @Test
    void dateOfBirthInYear10000_isJudgedWithoutAnAge() {
        CustodyEpisode episode = bornOn(LocalDate.of(10_000, 1, 1));
        EpisodeEvaluation evaluation = EVALUATOR.evaluate(episode, asOf(episode));
        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.findings()).isNotEmpty();
        // age-dependent requirements cannot be judged, never guessed
        assertThat(evaluation.findings()).extracting(Finding::status).contains(FindingStatus.INDETERMINATE);
    }

    @Test
    void dateOfBirthAYearAfterBookIn_isJudgedWithoutAnAge() {
        CustodyEpisode episode = bornOn(LocalDate.ofInstant(EpisodeGenerator.juvenileDay().bookIn().at(),
                java.time.ZoneOffset.UTC).plusYears(1));
        EpisodeEvaluation evaluation = EVALUATOR.evaluate(episode, asOf(episode));
        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.findings()).isNotEmpty();
    }

    @Test
    void absurdDoseIntervals_areIndeterminate_notAnOverflow() {
        CustodyEpisode withReview = EpisodeGenerator.withSeed(7).episodes()
                .filter(e -> e.events().stream().anyMatch(ev -> ev instanceof MedicationReview
                        && ((MedicationReview) ev).doseInterval().isPresent()))
                .findFirst().orElseThrow();
        for (Duration absurd : List.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofNanos(1),
                Duration.ofDays(365 * 9_000L))) {
            List<MedicalEvent> events = new ArrayList<>();
            for (MedicalEvent event : withReview.events()) {
                events.add(event instanceof MedicationReview && ((MedicationReview) event).doseInterval().isPresent()
                        ? MedicationReview.builder().from((MedicationReview) event).doseInterval(absurd).build() : event);
            }
            CustodyEpisode episode = CustodyEpisode.builder().from(withReview).events(events).build();
            Instant asOf = withReview.bookOut().map(out -> out.at()).orElse(asOf(withReview));
            EpisodeEvaluation evaluation = EVALUATOR.evaluate(episode, asOf);
            assertThat(evaluation.problems()).as(absurd.toString()).isEmpty();
            List<Finding> doses = evaluation.findings().stream().filter(f -> f.requirementId().equals("EMD-MEDADMIN"))
                    .collect(Collectors.toList());
            assertThat(doses).as(absurd.toString()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.status()).isIn(FindingStatus.INDETERMINATE, FindingStatus.NOT_APPLICABLE));
        }
    }
}
