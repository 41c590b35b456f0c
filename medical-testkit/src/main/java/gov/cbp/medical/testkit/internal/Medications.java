package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.medication.MedicationReview;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Medication the person has or reports at book-in: reviewed by medical personnel within 12 hours (continue,
 * hold or replace) and, unless held, given every 8, 12 or 24 hours until the end of custody.
 */
final class Medications implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        if (!t.needs().medication()) {
            return;
        }
        SplittableRandom r = t.random();
        Instant at = t.bookIn().plus(Rand.minutes(r, 0, 45));
        String reported = t.id();
        boolean possession = Rand.chance(r, 0.8);
        t.add(MedicationReported.builder().id(reported).at(at).reportedOnly(!possession)
                .medication(Rand.pick(r, Synthetic.MEDICATIONS)).build());
        Instant reviewAt = t.due(at, Duration.ofHours(12), Duration.ofHours(4));
        if (reviewAt == null) {
            return;
        }
        String provider = t.provider(reviewAt);
        String review = t.id();
        MedicationDecision decision = Rand.weighted(r, new MedicationDecision[] {MedicationDecision.CONTINUE,
            MedicationDecision.HOLD, MedicationDecision.REPLACE}, new double[] {0.7, 0.15, 0.15});
        MedicationReview.Builder b = MedicationReview.builder().id(review).at(reviewAt).medicationEventId(reported)
                .providerId(provider).credential(t.credential(reviewAt)).decision(decision)
                .provenance(t.provenance(reviewAt, provider, RecordSystem.MEDICAL_RECORD, Duration.ofMinutes(30)));
        if (decision == MedicationDecision.HOLD) {
            t.add(b.build());
            return;
        }
        Duration interval = Duration.ofHours(Rand.pick(r, 8, 12, 24));
        t.add(b.doseInterval(interval).build());
        Instant scheduled = reviewAt.plus(Rand.minutes(r, 30, 120));
        while (!scheduled.isAfter(t.end())) {
            if (!Rand.chance(r, t.settings().missedActShare())) {
                Instant given = scheduled.plus(Rand.minutes(r, -30,
                        Rand.chance(r, t.settings().lateActShare()) ? 150 : 45));
                t.add(MedicationAdministration.builder().id(t.id()).at(given).reviewEventId(review)
                        .scheduledAt(scheduled)
                        .status(Rand.weighted(r, new AdministrationStatus[] {AdministrationStatus.GIVEN,
                            AdministrationStatus.REFUSED, AdministrationStatus.NOT_GIVEN}, new double[] {0.9, 0.06, 0.04}))
                        .givenBy(t.provider(given))
                        .build());
            }
            scheduled = scheduled.plus(interval);
        }
    }
}
