package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.labels;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;
import static gov.cbp.medical.testkit.TimeArbitraries.positiveDurations;
import static gov.cbp.medical.testkit.TimeArbitraries.zoneIds;

import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The values of {@code model.facility}: facilities and their surge periods. */
final class FacilityArbitraries {
    private FacilityArbitraries() {}

    static Arbitrary<SurgePeriod> surgePeriods() {
        return Combinators.combine(instants(), positiveDurations().optional(0.7), coded(SurgeLevel.class))
                .as((start, length, level) -> SurgePeriod.builder().start(start).end(length.map(start::plus))
                        .level(level).build());
    }

    static Arbitrary<Facility> facilities() {
        return Builders.withBuilder(Facility::builder)
                .use(identifiers()).in((b, v) -> b.facilityId(v))
                .use(coded(Component.class)).in((b, v) -> b.component(v))
                .use(labels()).in((b, v) -> b.name(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("TCA", "RGV", "SDC", "EPT", "SND", "LRD")),
                        Tuple.of(1, tokens()))).in((b, v) -> b.area(v))
                .use(zoneIds()).in((b, v) -> b.timeZone(v))
                .use(coded(MedicalSupportLevel.class)).in((b, v) -> b.medicalSupport(v))
                .use(surgePeriods().list().ofMaxSize(3)).in((b, v) -> b.surgePeriods(v))
                .build(Facility.Builder::build);
    }
}
