package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.personalTexts;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;

import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** The events of {@code model.monitoring}: enhanced medical monitoring and welfare checks. */
final class MonitoringArbitraries {
    private MonitoringArbitraries() {}

    static Arbitrary<MonitoringPlacement> monitoringPlacements() {
        return Combinators.combine(cores(), coded(MonitoringReason.class), identifiers().optional(0.6))
                .as((c, reason, assessment) -> MonitoringPlacement.builder().id(c.id()).at(c.at())
                        .provenance(c.provenance()).reason(reason).assessmentEventId(assessment).build());
    }

    static Arbitrary<MonitoringCheck> monitoringChecks() {
        return Builders.withBuilder(MonitoringCheck::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).in((b, v) -> b.placementEventId(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.medicalReevaluation(v))
                .use(coded(CheckOutcome.class)).withProbability(0.7).in((b, v) -> b.outcome(v))
                .build(MonitoringCheck.Builder::build);
    }

    static Arbitrary<MonitoringRemoval> monitoringRemovals() {
        return Combinators.combine(cores(), identifiers())
                .as((c, placement) -> MonitoringRemoval.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .placementEventId(placement).build());
    }

    static Arbitrary<WelfareCheck> welfareChecks() {
        return Builders.withBuilder(WelfareCheck::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.observerId(v))
                .use(coded(CheckMethod.class)).in((b, v) -> b.method(v))
                .use(coded(CheckOutcome.class)).in((b, v) -> b.outcome(v))
                .use(tokens()).withProbability(0.7).in((b, v) -> b.holdRoom(v))
                .use(personalTexts()).withProbability(0.3).in((b, v) -> b.observations(v))
                .build(WelfareCheck.Builder::build);
    }
}
