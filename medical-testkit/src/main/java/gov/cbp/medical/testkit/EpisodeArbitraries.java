package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EpisodeChains.chains;
import static gov.cbp.medical.testkit.FacilityArbitraries.facilities;
import static gov.cbp.medical.testkit.ModelArbitraries.EARLIEST;
import static gov.cbp.medical.testkit.PersonArbitraries.detainees;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.tokens;
import static gov.cbp.medical.testkit.TimeArbitraries.instants;

import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.internal.EpisodeAssembly;
import gov.cbp.medical.testkit.internal.EpisodeAssembly.Frame;
import gov.cbp.medical.testkit.internal.EpisodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Whole valid episodes, assembled from a frame and chains of events, and realistic ones from the generator.
 */
final class EpisodeArbitraries {
    private static final Instant LATEST_BOOK_IN = Instant.parse("2026-06-01T00:00:00Z");
    private static final int MAX_STAY_MINUTES = 14 * 24 * 60;

    private EpisodeArbitraries() {}

    static Arbitrary<CustodyEpisode> episodes() {
        return Combinators.combine(frames(), chains().list().ofMaxSize(12), Arbitraries.of(true, false))
                .as(EpisodeAssembly::assemble);
    }

    static Arbitrary<CustodyEpisode> realisticEpisodes() {
        return realisticEpisodes(GeneratorSettings.builder().facilities(8).days(60).build());
    }

    static Arbitrary<CustodyEpisode> realisticEpisodes(GeneratorSettings settings) {
        EpisodeFactory factory = new EpisodeFactory(Objects.requireNonNull(settings, "settings"));
        return Arbitraries.longs().map(factory::single);
    }

    private static Arbitrary<Frame> frames() {
        Arbitrary<List<Facility>> facilities = facilities().list().ofMinSize(1).ofMaxSize(3)
                .uniqueElements(Facility::facilityId);
        Arbitrary<Instant> bookIns = instants(EARLIEST, LATEST_BOOK_IN);
        Arbitrary<Integer> stays = Arbitraries.integers().between(1, MAX_STAY_MINUTES)
                .withDistribution(net.jqwik.api.RandomDistribution.biased());
        Arbitrary<Optional<Disposition>> bookOuts = coded(Disposition.class).optional(6.0 / 7);
        Arbitrary<int[]> ages = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 364))
                .as((mode, seed, birthday) -> new int[] {mode, seed, birthday});
        return Combinators.combine(identifiers(), detainees(), coded(PopulationClass.class), ages, facilities, bookIns,
                stays, Combinators.combine(bookOuts, tokens().optional(0.7)).as(Tuple::of))
                .as((id, template, populationClass, age, list, bookIn, stay, out) -> {
                    Instant end = bookIn.plusSeconds(60L * stay);
                    Detainee detainee = consistent(template, populationClass, age, list.get(0).timeZone(), bookIn);
                    Optional<BookOut> bookOut = out.get1().map(d -> BookOut.builder().at(end).disposition(d).build());
                    return new Frame(id, detainee, list, bookIn, Duration.ofMinutes(stay), bookOut, out.get2());
                });
    }

    /** A detainee whose age agrees with the population class at book-in, and pregnant only if female. */
    private static Detainee consistent(Detainee template, PopulationClass populationClass, int[] age, ZoneId zone,
            Instant bookIn) {
        boolean juvenile = populationClass.isJuvenile();
        int years = juvenile ? age[1] % 18 : 18 + age[1] % 83;
        LocalDate bookInDate = LocalDate.ofInstant(bookIn, zone);
        Detainee.Builder b = template.toBuilder()
                .populationClass(populationClass)
                .dateOfBirth(Optional.empty())
                .estimatedAgeYears(Optional.empty());
        int mode = age[0] == 3 && juvenile ? 0 : age[0];
        if (mode == 0 || mode == 1) {
            b.dateOfBirth(bookInDate.minusYears(years).minusDays(age[2]));
        } else if (mode == 2) {
            b.estimatedAgeYears(years).ageBasis(AgeBasis.ESTIMATED);
        }
        if (template.sex() != Sex.FEMALE || years < 10) {
            b.pregnancy(Optional.empty());
        }
        return b.build();
    }
}
