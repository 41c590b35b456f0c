package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;

import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.testkit.internal.Synthetic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The values and events of {@code model.publichealth}: diagnostic tests, screenings and isolation. */
final class PublicHealthArbitraries {
    private PublicHealthArbitraries() {}

    static Arbitrary<DiagnosticTest> diagnosticTests() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.TESTS)),
                Tuple.of(1, tokens())), coded(ScreeningResult.class))
                .as((t, r) -> DiagnosticTest.builder().test(t).result(r).build());
    }

    static Arbitrary<InfectiousDiseaseScreening> infectiousDiseaseScreenings() {
        Arbitrary<String> symptoms = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.SYMPTOMS)),
                Tuple.of(1, tokens()));
        return Combinators.combine(cores(), symptoms.list().ofMaxSize(4), diagnosticTests().list().ofMaxSize(3),
                coded(ScreeningResult.class))
                .as((c, found, tests, result) -> InfectiousDiseaseScreening.builder().id(c.id()).at(c.at())
                        .provenance(c.provenance()).symptoms(found).tests(tests).result(result).build());
    }

    static Arbitrary<IsolationStart> isolationStarts() {
        return Combinators.combine(cores(), coded(IsolationMode.class), identifiers().optional(0.7))
                .as((c, mode, reason) -> IsolationStart.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .mode(mode).reasonEventId(reason).build());
    }

    static Arbitrary<IsolationEnd> isolationEnds() {
        return Combinators.combine(cores(), identifiers())
                .as((c, start) -> IsolationEnd.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .startEventId(start).build());
    }
}
