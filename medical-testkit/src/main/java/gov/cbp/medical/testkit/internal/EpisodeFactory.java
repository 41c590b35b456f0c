package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds realistic synthetic episodes: the facilities of a generator's settings, and for each facility and
 * day the people booked in (family units arrive together), each with a timeline of the medical events the
 * domain brief describes, generated feature by feature ({@link EpisodeScript}).
 *
 * <p>Every episode is valid by construction: each chain of related events (an issue, its notification, its
 * assessment, the hospital visit the assessment asks for...) runs forward in time from its trigger, so
 * references always point to earlier events; the timeline is then cut at book-out (or at the end of the
 * period for an open episode), which keeps every reference that remains resolvable. Only an encounter
 * observation precedes book-in. A facility day is generated from a random stream of its own, so days can be
 * generated lazily and in any order with the same result.
 *
 * <p>Implementation Requirements: immutable after construction and thread-safe.
 */
public final class EpisodeFactory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final GeneratorContext context;
    private final List<Facility> facilities;

    /**
     * Creates the factory and its facilities.
     *
     * @param settings the settings
     */
    public EpisodeFactory(GeneratorSettings settings) {
        List<Site> sites = new ArrayList<>();
        int stations = 0;
        int ports = 0;
        for (int i = 0; i < settings.facilities(); i++) {
            boolean usbp = Math.floor((i + 1) * settings.usbpShare()) > Math.floor(i * settings.usbpShare())
                    || settings.usbpShare() >= 1;
            sites.add(usbp ? Site.draw(settings, i, FacilityTemplate.STATIONS, stations++, "STN")
                    : Site.draw(settings, i, FacilityTemplate.PORTS, ports++, "POE"));
        }
        this.context = new GeneratorContext(settings, sites, AtRiskRounds.of(settings));
        this.facilities = sites.stream().map(Site::facility).toList();
    }

    /**
     * The facilities, in generation order.
     *
     * @return the facilities
     */
    public List<Facility> facilities() {
        return facilities;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public GeneratorSettings settings() {
        return context.settings();
    }

    /**
     * The episodes of the people booked in at one facility on one day, by book-in time.
     *
     * @param siteIndex the facility's index, from 0
     * @param day the day's index, from 0
     * @return the episodes
     */
    public List<CustodyEpisode> facilityDay(int siteIndex, int day) {
        GeneratorSettings settings = context.settings();
        Site site = site(siteIndex);
        SplittableRandom r = new SplittableRandom(Rand.mix(settings.seed(), siteIndex, day));
        boolean surge = site.isSurgeDay(day);
        int n = Rand.poisson(r, settings.arrivalsPerFacilityPerDay() * (surge ? settings.surgeArrivalFactor() : 1));
        if (n == 0) {
            return List.of();
        }
        PopulationClass[] classes = new PopulationClass[n];
        List<Integer> adults = new ArrayList<>();
        List<Integer> juveniles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classes[i] = Rand.weighted(r, settings.populationMix());
            if (classes[i] == PopulationClass.FAMILY_UNIT_MEMBER) {
                adults.add(i);
            } else if (classes[i] == PopulationClass.ACCOMPANIED_JUVENILE) {
                juveniles.add(i);
            }
        }
        int[] unit = familyUnits(n, adults, juveniles);
        LocalDate date = settings.startDate().plusDays(day);
        Instant dayStart = date.atStartOfDay(site.zone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(site.zone()).toInstant();
        String stamp = site.code() + "-" + DAY.format(date);
        List<CustodyEpisode> out = new ArrayList<>(n);
        boolean[] done = new boolean[n];
        int serial = 0;
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            if (unit[i] >= 0) {
                for (int j = i; j < n; j++) {
                    if (!done[j] && unit[j] == unit[i]) {
                        members.add(j);
                    }
                }
            } else {
                members.add(i);
            }
            PopulationClass groupClass = unit[i] >= 0 ? PopulationClass.FAMILY_UNIT_MEMBER : classes[i];
            ArrivalGroup group = ArrivalGroup.draw(settings, r, surge, groupClass, dayStart, dayEnd,
                    unit[i] >= 0 ? "FU-SYN-" + stamp + "-" + (unit[i] + 1) : null);
            boolean infant = false;
            for (int m : members) {
                done[m] = true;
            }
            List<Person> people = new ArrayList<>();
            for (int m : members) {
                Person p = Person.draw(settings, siteCount(), r, classes[m]);
                infant |= p.profile().age() <= 1;
                people.add(p);
            }
            for (Person person : people) {
                Person p = person;
                if (infant && p.profile().populationClass() == PopulationClass.FAMILY_UNIT_MEMBER
                        && p.profile().sex() == Sex.FEMALE && !p.maternity().pregnant()) {
                    p = p.withNursing(Rand.chance(r, 0.6));
                }
                serial++;
                long number = ((long) day * siteCount() + siteIndex) * 100_000L + serial;
                out.add(build(site, p, group, "SYN-" + stamp + "-" + String.format(Locale.ROOT, "%04d", serial),
                        number, new SplittableRandom(r.nextLong())));
            }
        }
        out.sort(Comparator.comparing((CustodyEpisode e) -> e.bookIn().at()).thenComparing(CustodyEpisode::episodeId));
        return out;
    }

    /**
     * The family unit of each person booked in on a day, -1 for a person on their own: each family-unit adult
     * heads a unit, and the accompanied juveniles are spread over them (three to a unit if there is no adult).
     */
    private static int[] familyUnits(int n, List<Integer> adults, List<Integer> juveniles) {
        int[] unit = new int[n];
        Arrays.fill(unit, -1);
        for (int k = 0; k < adults.size(); k++) {
            unit[adults.get(k)] = k;
        }
        int units = Math.max(1, adults.size());
        for (int k = 0; k < juveniles.size(); k++) {
            unit[juveniles.get(k)] = adults.isEmpty() ? k / 3 : k % units;
        }
        return unit;
    }

    /**
     * One episode of one person at a facility and day chosen by a seed: the building block of arbitrary
     * realistic episodes.
     *
     * @param seed the seed
     * @return the episode
     */
    public CustodyEpisode single(long seed) {
        GeneratorSettings settings = context.settings();
        SplittableRandom r = new SplittableRandom(seed);
        Site site = site(r.nextInt(siteCount()));
        int day = r.nextInt(settings.days());
        LocalDate date = settings.startDate().plusDays(day);
        Instant dayStart = date.atStartOfDay(site.zone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(site.zone()).toInstant();
        PopulationClass populationClass = Rand.weighted(r, settings.populationMix());
        boolean family = populationClass.isInFamilyUnit();
        String stamp = site.code() + "-" + DAY.format(date);
        int serial = 1 + r.nextInt(9999);
        ArrivalGroup group = ArrivalGroup.draw(settings, r, site.isSurgeDay(day),
                family ? PopulationClass.FAMILY_UNIT_MEMBER : populationClass, dayStart, dayEnd,
                family ? "FU-SYN-" + stamp + "-" + serial : null);
        Person person = Person.draw(settings, siteCount(), r, populationClass);
        long number = ((long) day * siteCount() + site.index()) * 100_000L + serial;
        return build(site, person, group, "SYN-" + stamp + "-" + String.format(Locale.ROOT, "%04d", serial), number,
                new SplittableRandom(r.nextLong()));
    }

    /**
     * Builds one episode.
     *
     * @param home the booking facility
     * @param person the person
     * @param group the person's group
     * @param episodeId the episode id
     * @param number a number unique within the generator, for the A-number and subject id
     * @param r the person's own random stream
     * @return the episode
     */
    CustodyEpisode build(Site home, Person person, ArrivalGroup group, String episodeId, long number,
            SplittableRandom r) {
        return EpisodeScript.run(context, home, person, group, episodeId, number, r);
    }

    Site site(int index) {
        return context.sites().get(index);
    }

    int siteCount() {
        return context.sites().size();
    }
}
