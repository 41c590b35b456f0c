package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.CommonArbitraries.interpretations;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.languageTags;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;

import gov.cbp.medical.model.intake.Answer;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
import gov.cbp.medical.testkit.internal.Synthetic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The values and events of {@code model.intake}: encounter observations and health interviews. */
final class IntakeArbitraries {
    private IntakeArbitraries() {}

    static Arbitrary<InterviewAnswer> interviewAnswers() {
        Arbitrary<String> questions = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, Synthetic.QUESTIONS).map(Synthetic::question)),
                Tuple.of(1, tokens()));
        return Combinators.combine(questions, coded(Answer.class))
                .as((q, a) -> InterviewAnswer.builder().question(q).answer(a).build());
    }

    static Arbitrary<EncounterObservation> encounterObservations() {
        return Builders.withBuilder(EncounterObservation::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.concernObserved(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.toldToReport(v))
                .build(EncounterObservation.Builder::build);
    }

    static Arbitrary<HealthInterview> healthInterviews() {
        return Builders.withBuilder(HealthInterview::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Synthetic.FORM_REVISION)), Tuple.of(1, tokens())))
                .in((b, v) -> b.formRevision(v))
                .use(identifiers()).withProbability(0.8).in((b, v) -> b.interviewerId(v))
                .use(languageTags()).withProbability(0.8).in((b, v) -> b.language(v))
                .use(interpretations()).withProbability(0.6).in((b, v) -> b.interpretation(v))
                .use(interviewAnswers().list().ofMaxSize(12)).in((b, v) -> b.answers(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.refused(v))
                .build(HealthInterview.Builder::build);
    }
}
