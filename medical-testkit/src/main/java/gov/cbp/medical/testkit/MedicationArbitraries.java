package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.personalTexts;
import static gov.cbp.medical.testkit.TimeArbitraries.doseIntervals;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;

import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.medication.MedicationReview;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** The events of {@code model.medication}: medication reported, reviewed and given. */
final class MedicationArbitraries {
    private MedicationArbitraries() {}

    static Arbitrary<MedicationReported> medicationsReported() {
        return Combinators.combine(cores(), Arbitraries.of(false, true), personalTexts().optional(0.8))
                .as((c, reportedOnly, medication) -> MedicationReported.builder().id(c.id()).at(c.at())
                        .provenance(c.provenance()).reportedOnly(reportedOnly).medication(medication).build());
    }

    static Arbitrary<MedicationReview> medicationReviews() {
        return Builders.withBuilder(MedicationReview::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).in((b, v) -> b.medicationEventId(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.providerId(v))
                .use(coded(Credential.class)).in((b, v) -> b.credential(v))
                .use(coded(MedicationDecision.class)).in((b, v) -> b.decision(v))
                .use(doseIntervals()).withProbability(0.6).in((b, v) -> b.doseInterval(v))
                .build(MedicationReview.Builder::build);
    }

    static Arbitrary<MedicationAdministration> medicationAdministrations() {
        return Builders.withBuilder(MedicationAdministration::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).in((b, v) -> b.reviewEventId(v))
                .use(instants()).withProbability(0.7).in((b, v) -> b.scheduledAt(v))
                .use(coded(AdministrationStatus.class)).in((b, v) -> b.status(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.givenBy(v))
                .build(MedicationAdministration.Builder::build);
    }
}
