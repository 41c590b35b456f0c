package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CommonArbitraries.provenances;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;

import gov.cbp.medical.model.common.Provenance;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The attributes every event has, drawn together for the arbitraries of every event type.
 *
 * @param id the event id
 * @param at the instant
 * @param provenance the provenance, if any
 */
record EventCore(String id, Instant at, Optional<Provenance> provenance) {
    static Arbitrary<EventCore> cores() {
        return Combinators.combine(identifiers(), instants(), provenances().optional(0.3)).as(EventCore::new);
    }
}
