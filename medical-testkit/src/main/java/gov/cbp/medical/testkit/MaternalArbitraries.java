package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.model.maternal.NewbornCaregiver;
import gov.cbp.medical.model.maternal.NewbornRelease;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.person.PregnancyBasis;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The events of {@code model.maternal}: pregnancies identified, births and newborn releases. */
final class MaternalArbitraries {
    private MaternalArbitraries() {}

    static Arbitrary<PregnancyIdentified> pregnanciesIdentified() {
        return Combinators.combine(cores(), Arbitraries.integers().between(0, Limits.MAX_PREGNANCY_WEEKS).optional(0.8),
                coded(PregnancyBasis.class))
                .as((c, weeks, basis) -> PregnancyIdentified.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .weeks(weeks).basis(basis).build());
    }

    static Arbitrary<Birth> births() {
        return Combinators.combine(cores(), coded(BirthPlace.class), identifiers().optional(0.8),
                Arbitraries.of(true, false))
                .as((c, place, newborn, citizen) -> Birth.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .place(place).newbornSubjectId(newborn).newbornUsCitizen(citizen).build());
    }

    static Arbitrary<NewbornRelease> newbornReleases() {
        return Combinators.combine(cores(), identifiers(), coded(NewbornCaregiver.class))
                .as((c, birth, caregiver) -> NewbornRelease.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .birthEventId(birth).releasedTo(caregiver).build());
    }
}
