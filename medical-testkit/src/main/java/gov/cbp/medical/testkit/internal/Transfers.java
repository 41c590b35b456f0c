package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.Transfer;

/**
 * The transfer of a person to another facility, as {@link TransferPlanning} planned it; medication goes along
 * mostly when the person has any.
 */
final class Transfers implements TimelineContributor {
    @Override
    public void contribute(EpisodeTimeline t) {
        TransferPlan plan = t.transfer();
        if (plan == null) {
            return;
        }
        t.add(Transfer.builder().id(t.id()).at(plan.at())
                .fromFacilityId(t.home().facilityId())
                .toFacilityId(plan.target().facilityId())
                .holdRoom(t.roomAt(plan.at())) // the isolation room, if isolated when moved
                .medicationTransferred(t.needs().medication() ? Rand.chance(t.random(), 0.85)
                        : Rand.chance(t.random(), 0.5))
                .build());
    }
}
