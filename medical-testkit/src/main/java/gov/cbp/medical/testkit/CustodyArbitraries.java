package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EventCore.cores;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.personalTexts;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;

import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomAbsence;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.testkit.internal.Synthetic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The values and events of {@code model.custody}: book-in and book-out, hold rooms, transfers, minor claims,
 * unaccompanied determinations, provisions and exceptions.
 */
final class CustodyArbitraries {
    private CustodyArbitraries() {}

    static Arbitrary<BookIn> bookIns() {
        return Combinators.combine(instants(), identifiers(), tokens().optional(0.7))
                .as((at, facility, room) -> BookIn.builder().at(at).facilityId(facility).holdRoom(room).build());
    }

    static Arbitrary<BookOut> bookOuts() {
        return Combinators.combine(instants(), coded(Disposition.class))
                .as((at, disposition) -> BookOut.builder().at(at).disposition(disposition).build());
    }

    static Arbitrary<HoldRoomPlacement> holdRoomPlacements() {
        return Builders.withBuilder(HoldRoomPlacement::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).in((b, v) -> b.facilityId(v))
                .use(tokens()).in((b, v) -> b.holdRoom(v))
                .build(HoldRoomPlacement.Builder::build);
    }

    /** Times out of the hold room; the return is any valid instant, not necessarily after the departure. */
    static Arbitrary<HoldRoomAbsence> holdRoomAbsences() {
        return Builders.withBuilder(HoldRoomAbsence::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(instants()).in((b, v) -> b.returnedAt(v))
                .use(coded(HoldRoomAbsence.Reason.class)).in((b, v) -> b.reason(v))
                .use(identifiers()).withProbability(0.5).in((b, v) -> b.escortedBy(v))
                .build(HoldRoomAbsence.Builder::build);
    }

    static Arbitrary<Transfer> transfers() {
        return Builders.withBuilder(Transfer::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(identifiers()).in((b, v) -> b.fromFacilityId(v))
                .use(identifiers()).in((b, v) -> b.toFacilityId(v))
                .use(tokens()).withProbability(0.7).in((b, v) -> b.holdRoom(v))
                .use(Arbitraries.of(true, false)).withProbability(0.7).in((b, v) -> b.medicationTransferred(v))
                .build(Transfer.Builder::build);
    }

    static Arbitrary<MinorClaim> minorClaims() {
        return Combinators.combine(cores(), coded(MinorClaimBasis.class))
                .as((c, basis) -> MinorClaim.builder().id(c.id()).at(c.at()).provenance(c.provenance()).basis(basis)
                        .build());
    }

    static Arbitrary<UnaccompaniedDetermination> unaccompaniedDeterminations() {
        return cores().map(c -> UnaccompaniedDetermination.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                .build());
    }

    static Arbitrary<ProvisionOffered> provisionsOffered() {
        return Combinators.combine(cores(), coded(ProvisionItem.class), Arbitraries.of(false, true))
                .as((c, item, declined) -> ProvisionOffered.builder().id(c.id()).at(c.at()).provenance(c.provenance())
                        .item(item).declined(declined).build());
    }

    static Arbitrary<ExceptionRecorded> exceptionsRecorded() {
        return Builders.withBuilder(ExceptionRecorded::builder)
                .use(cores()).in((b, c) -> b.id(c.id()).at(c.at()).provenance(c.provenance()))
                .use(Arbitraries.of("TVPRA-TRANSFER", "TEDS-DURATION", "TEDS-WELFARE", "EMD-SURGE"))
                .in((b, v) -> b.requirementId(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.EXCEPTION_REASONS)),
                        Tuple.of(1, tokens()))).in((b, v) -> b.reasonCode(v))
                .use(identifiers()).withProbability(0.7).in((b, v) -> b.approvedBy(v))
                .use(personalTexts()).withProbability(0.7).in((b, v) -> b.note(v))
                .build(ExceptionRecorded.Builder::build);
    }
}
