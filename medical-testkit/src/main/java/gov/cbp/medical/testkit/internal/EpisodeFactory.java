package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.AssessmentDisposition;
import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.care.EmsArrival;
import gov.cbp.medical.model.care.EmsCall;
import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.IncidentCategory;
import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.care.Notification;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.care.SignificantIncidentReport;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.custody.HoldRoomPlacement;
import gov.cbp.medical.model.custody.MinorClaim;
import gov.cbp.medical.model.custody.MinorClaimBasis;
import gov.cbp.medical.model.custody.ProvisionItem;
import gov.cbp.medical.model.custody.ProvisionOffered;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.custody.UnaccompaniedDetermination;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Component;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.facility.SurgeLevel;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.Answer;
import gov.cbp.medical.model.intake.EncounterObservation;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.intake.InterviewAnswer;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.model.maternal.NewbornCaregiver;
import gov.cbp.medical.model.maternal.NewbornRelease;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.medication.AdministrationStatus;
import gov.cbp.medical.model.medication.MedicationAdministration;
import gov.cbp.medical.model.medication.MedicationDecision;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.model.monitoring.CheckMethod;
import gov.cbp.medical.model.monitoring.CheckOutcome;
import gov.cbp.medical.model.monitoring.MonitoringCheck;
import gov.cbp.medical.model.monitoring.MonitoringPlacement;
import gov.cbp.medical.model.monitoring.MonitoringReason;
import gov.cbp.medical.model.monitoring.MonitoringRemoval;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.IsolationEnd;
import gov.cbp.medical.model.publichealth.IsolationMode;
import gov.cbp.medical.model.publichealth.IsolationStart;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Builds realistic synthetic episodes: the facilities of a generator's settings, and for each facility and
 * day the people booked in, each with a timeline of the medical events the domain brief describes.
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
    private static final Duration MAX_STAY = Duration.ofDays(14);
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    /** A facility template: real sector / field-office codes and time zones, synthetic names. */
    private static final class Template {
        final Component component;
        final String area;
        final String place;
        final ZoneId zone;

        Template(Component component, String area, String place, String zone) {
            this.component = component;
            this.area = area;
            this.place = place;
            this.zone = ZoneId.of(zone);
        }
    }

    private static final Template[] STATIONS = {
        new Template(Component.USBP, "TCA", "Tucson", "America/Phoenix"),
        new Template(Component.USBP, "RGV", "Rio Grande Valley", "America/Chicago"),
        new Template(Component.USBP, "SDC", "San Diego", "America/Los_Angeles"),
        new Template(Component.USBP, "EPT", "El Paso", "America/Denver"),
        new Template(Component.USBP, "YUM", "Yuma", "America/Phoenix"),
        new Template(Component.USBP, "DRT", "Del Rio", "America/Chicago"),
        new Template(Component.USBP, "ELC", "El Centro", "America/Los_Angeles"),
        new Template(Component.USBP, "LRT", "Laredo", "America/Chicago"),
        new Template(Component.USBP, "BBT", "Big Bend", "America/Chicago"),
        new Template(Component.USBP, "SDC", "Imperial Beach", "America/Los_Angeles"),
        new Template(Component.USBP, "TCA", "Nogales", "America/Phoenix"),
        new Template(Component.USBP, "EPT", "Santa Teresa", "America/Denver"),
    };

    private static final Template[] PORTS = {
        new Template(Component.OFO, "SND", "San Ysidro", "America/Los_Angeles"),
        new Template(Component.OFO, "TUC", "Nogales", "America/Phoenix"),
        new Template(Component.OFO, "ELP", "El Paso", "America/Denver"),
        new Template(Component.OFO, "LRD", "Laredo", "America/Chicago"),
    };

    /** One facility of the generator with what the factory needs to know about it. */
    static final class Site {
        final int index;
        final Facility facility;
        final String code;
        final ZoneId zone;
        final Duration welfareBase;
        final boolean[] surge;
        final Instant periodEnd;

        Site(int index, Facility facility, String code, Duration welfareBase, boolean[] surge, Instant periodEnd) {
            this.index = index;
            this.facility = facility;
            this.code = code;
            this.zone = facility.timeZone();
            this.welfareBase = welfareBase;
            this.surge = surge;
            this.periodEnd = periodEnd;
        }

        MedicalSupportLevel support() {
            return facility.medicalSupport();
        }
    }

    private final GeneratorSettings settings;
    private final List<Site> sites;
    private final List<Facility> facilities;
    private final AtRiskRounds atRiskRounds;
    private final Emergencies emergencies;

    /**
     * Creates the factory and its facilities.
     *
     * @param settings the settings
     */
    public EpisodeFactory(GeneratorSettings settings) {
        this.settings = settings;
        List<Site> list = new ArrayList<>();
        int stations = 0;
        int ports = 0;
        for (int i = 0; i < settings.facilities(); i++) {
            boolean usbp = Math.floor((i + 1) * settings.usbpShare()) > Math.floor(i * settings.usbpShare())
                    || settings.usbpShare() >= 1;
            list.add(usbp ? site(i, STATIONS, stations++, "STN") : site(i, PORTS, ports++, "POE"));
        }
        this.sites = Collections.unmodifiableList(list);
        List<Facility> all = new ArrayList<>();
        for (Site site : sites) {
            all.add(site.facility);
        }
        this.facilities = Collections.unmodifiableList(all);
        this.atRiskRounds = AtRiskRounds.of(settings);
        this.emergencies = new Emergencies(settings);
    }

    private Site site(int index, Template[] catalogue, int ordinal, String kind) {
        SplittableRandom r = new SplittableRandom(Rand.mix(settings.seed(), -1, index));
        Template t = catalogue[ordinal % catalogue.length];
        int number = ordinal / catalogue.length + 1;
        String code = t.area + (t.component == Component.USBP ? "S" : "P") + (ordinal + 1);
        MedicalSupportLevel support = Rand.weighted(r, settings.medicalSupportMix());
        long min = settings.welfareCheckMinInterval().getSeconds();
        long max = settings.welfareCheckMaxInterval().getSeconds();
        Duration base = Duration.ofSeconds(min + (long) (r.nextDouble() * (max - min)));
        boolean[] surge = surgeDays(r);
        Facility.Builder facility = Facility.builder()
                .facilityId("SYN-" + t.area + "-" + kind + "-" + (ordinal + 1))
                .component(t.component)
                .name("Synthetic " + t.place + (t.component == Component.USBP ? " Station " : " Port of Entry ")
                        + number)
                .area(t.area)
                .timeZone(t.zone)
                .medicalSupport(support);
        int day = 0;
        while (day < surge.length) {
            if (!surge[day]) {
                day++;
                continue;
            }
            int first = day;
            while (day < surge.length && surge[day]) {
                day++;
            }
            facility.addSurgePeriods(SurgePeriod.builder()
                    .start(settings.startDate().plusDays(first).atStartOfDay(t.zone).toInstant())
                    .end(settings.startDate().plusDays(day).atStartOfDay(t.zone).toInstant())
                    .level(day - first >= 3 ? SurgeLevel.CRISIS : SurgeLevel.SURGE)
                    .build());
        }
        Instant periodEnd = settings.startDate().plusDays(settings.days()).atStartOfDay(t.zone).toInstant();
        return new Site(index, facility.build(), code, base, surge, periodEnd);
    }

    /** Surge days as a two-state Markov chain whose long-run share is the setting. */
    private boolean[] surgeDays(SplittableRandom r) {
        boolean[] surge = new boolean[settings.days()];
        double share = settings.surgeDayShare();
        if (share <= 0) {
            return surge;
        }
        double stay = 0.6;
        double enter = share * (1 - stay) / (1 - share);
        boolean current = Rand.chance(r, share);
        for (int d = 0; d < surge.length; d++) {
            surge[d] = current;
            current = Rand.chance(r, current ? stay : enter);
        }
        return surge;
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
        return settings;
    }

    /**
     * The episodes of the people booked in at one facility on one day, by book-in time.
     *
     * @param siteIndex the facility's index, from 0
     * @param day the day's index, from 0
     * @return the episodes
     */
    public List<CustodyEpisode> facilityDay(int siteIndex, int day) {
        Site site = sites.get(siteIndex);
        SplittableRandom r = new SplittableRandom(Rand.mix(settings.seed(), siteIndex, day));
        boolean surge = site.surge[day];
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
        int[] unit = new int[n];
        java.util.Arrays.fill(unit, -1);
        for (int k = 0; k < adults.size(); k++) {
            unit[adults.get(k)] = k;
        }
        int units = Math.max(1, adults.size());
        for (int k = 0; k < juveniles.size(); k++) {
            unit[juveniles.get(k)] = adults.isEmpty() ? k / 3 : k % units;
        }
        LocalDate date = settings.startDate().plusDays(day);
        Instant dayStart = date.atStartOfDay(site.zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(site.zone).toInstant();
        String stamp = site.code + "-" + DAY.format(date);
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
            Group group = drawGroup(r, site, surge, groupClass, dayStart, dayEnd,
                    unit[i] >= 0 ? "FU-SYN-" + stamp + "-" + (unit[i] + 1) : null);
            boolean infant = false;
            for (int m : members) {
                done[m] = true;
            }
            List<Person> people = new ArrayList<>();
            for (int m : members) {
                Person p = drawPerson(r, classes[m], group);
                infant |= p.age <= 1;
                people.add(p);
            }
            for (Person p : people) {
                if (infant && p.populationClass == PopulationClass.FAMILY_UNIT_MEMBER && p.sex == Sex.FEMALE
                        && !p.pregnant) {
                    p.nursing = Rand.chance(r, 0.6);
                }
                serial++;
                long number = ((long) day * sites.size() + siteIndex) * 100_000L + serial;
                out.add(build(site, p, group, "SYN-" + stamp + "-" + String.format(Locale.ROOT, "%04d", serial),
                        number, new SplittableRandom(r.nextLong())));
            }
        }
        out.sort(Comparator.comparing((CustodyEpisode e) -> e.bookIn().at()).thenComparing(CustodyEpisode::episodeId));
        return out;
    }

    /**
     * One episode of one person at a facility and day chosen by a seed: the building block of arbitrary
     * realistic episodes.
     *
     * @param seed the seed
     * @return the episode
     */
    public CustodyEpisode single(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Site site = sites.get(r.nextInt(sites.size()));
        int day = r.nextInt(settings.days());
        LocalDate date = settings.startDate().plusDays(day);
        Instant dayStart = date.atStartOfDay(site.zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(site.zone).toInstant();
        PopulationClass populationClass = Rand.weighted(r, settings.populationMix());
        boolean family = populationClass.isInFamilyUnit();
        String stamp = site.code + "-" + DAY.format(date);
        int serial = 1 + r.nextInt(9999);
        Group group = drawGroup(r, site, site.surge[day], family ? PopulationClass.FAMILY_UNIT_MEMBER : populationClass,
                dayStart, dayEnd, family ? "FU-SYN-" + stamp + "-" + serial : null);
        Person person = drawPerson(r, populationClass, group);
        long number = ((long) day * sites.size() + site.index) * 100_000L + serial;
        return build(site, person, group, "SYN-" + stamp + "-" + String.format(Locale.ROOT, "%04d", serial), number,
                new SplittableRandom(r.nextLong()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // People and groups

    /** What is shared by the people who arrive together: a family unit, or one person on their own. */
    static final class Group {
        Instant arrival;
        Duration stay;
        Disposition disposition;
        String familyUnitId;
        String familyName;
        String language;
        boolean interpreterNeeded;
        boolean surge;
    }

    /** One person's attributes and the events that will happen to them. */
    static final class Person {
        PopulationClass populationClass;
        int age;
        Sex sex;
        boolean estimatedAge;
        AgeBasis ageBasis;
        int birthdayOffset;
        boolean pregnant;
        boolean pregnancyKnownAtBookIn;
        int pregnancyWeeks;
        PregnancyBasis pregnancyBasis;
        boolean birth;
        boolean postpartum;
        boolean nursing;
        boolean highRisk;
        boolean concernObserved;
        boolean selfReport;
        boolean emergency;
        boolean hospitalVisit;
        boolean medication;
        boolean screenPositive;
        boolean transfer;
        boolean minorClaim;
        boolean interviewAnyway;
        boolean identified;
        String givenName;
        boolean aNumber;

        boolean juvenile() {
            return populationClass.isJuvenile();
        }
    }

    private Group drawGroup(SplittableRandom r, Site site, boolean surge, PopulationClass groupClass, Instant dayStart,
            Instant dayEnd, String familyUnitId) {
        Group g = new Group();
        g.surge = surge;
        double[] blocks = {3.0, 1.5, 1.0, 2.5}; // night, morning, afternoon, evening
        double x = r.nextDouble() * 8.0;
        int block = 0;
        while (block < 3 && x >= blocks[block]) {
            x -= blocks[block];
            block++;
        }
        long seconds = block * 6 * 3600L + (long) (r.nextDouble() * 6 * 3600);
        Instant arrival = dayStart.plusSeconds(seconds);
        g.arrival = arrival.isBefore(dayEnd) ? arrival : dayEnd.minusSeconds(60);
        double factor = groupClass == PopulationClass.UNACCOMPANIED_CHILD ? 1.3
                : groupClass == PopulationClass.SINGLE_ADULT ? 0.9 : 1.0;
        Duration stay;
        if (Rand.chance(r, settings.longStayShare())) {
            stay = Rand.duration(r, Duration.ofHours(72), MAX_STAY);
        } else {
            stay = Rand.lognormal(r, Duration.ofSeconds(Math.round(settings.medianStayHours() * 3600 * factor
                    * (surge ? 1.4 : 1))), 0.5);
            if (stay.compareTo(Duration.ofHours(2)) < 0) {
                stay = Duration.ofHours(2).plus(Rand.minutes(r, 0, 60));
            } else if (stay.compareTo(Duration.ofHours(72)) > 0) {
                stay = Duration.ofHours(72).minus(Rand.minutes(r, 0, 600));
            }
        }
        g.stay = stay;
        switch (groupClass) {
            case UNACCOMPANIED_CHILD:
                g.disposition = Rand.weighted(r, new Disposition[] {Disposition.TRANSFER_HHS_ORR, Disposition.RELEASE,
                    Disposition.RETURN}, new double[] {0.93, 0.05, 0.02});
                break;
            case SINGLE_ADULT:
                g.disposition = Rand.weighted(r, new Disposition[] {Disposition.TRANSFER_ICE, Disposition.RETURN,
                    Disposition.RELEASE}, new double[] {0.45, 0.35, 0.20});
                break;
            default:
                g.disposition = Rand.weighted(r, new Disposition[] {Disposition.RELEASE, Disposition.TRANSFER_ICE,
                    Disposition.RETURN}, new double[] {0.60, 0.25, 0.15});
                break;
        }
        g.familyUnitId = familyUnitId;
        g.familyName = Rand.pick(r, Synthetic.FAMILY_NAMES);
        g.language = Rand.weighted(r, settings.languages());
        g.interpreterNeeded = !g.language.equals("en") && Rand.chance(r, settings.interpreterNeededShare());
        return g;
    }

    private Person drawPerson(SplittableRandom r, PopulationClass populationClass, Group g) {
        Person p = new Person();
        p.populationClass = populationClass;
        switch (populationClass) {
            case UNACCOMPANIED_CHILD:
                p.age = Rand.weighted(r, new Integer[] {Rand.between(r, 0, 5), Rand.between(r, 6, 12),
                    Rand.between(r, 13, 17)}, new double[] {0.04, 0.21, 0.75});
                p.sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.68, 0.32});
                break;
            case ACCOMPANIED_JUVENILE:
                p.age = Rand.weighted(r, new Integer[] {Rand.between(r, 0, 1), Rand.between(r, 2, 5),
                    Rand.between(r, 6, 12), Rand.between(r, 13, 17)}, new double[] {0.12, 0.28, 0.35, 0.25});
                p.sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.5, 0.5});
                break;
            case FAMILY_UNIT_MEMBER:
                p.age = Rand.weighted(r, new Integer[] {Rand.between(r, 18, 24), Rand.between(r, 25, 34),
                    Rand.between(r, 35, 49), Rand.between(r, 50, 70)}, new double[] {0.25, 0.40, 0.28, 0.07});
                p.sex = Rand.weighted(r, new Sex[] {Sex.FEMALE, Sex.MALE}, new double[] {0.65, 0.35});
                break;
            default:
                p.age = Rand.weighted(r, new Integer[] {Rand.between(r, 18, 24), Rand.between(r, 25, 34),
                    Rand.between(r, 35, 49), Rand.between(r, 50, 80)}, new double[] {0.32, 0.36, 0.24, 0.08});
                p.sex = Rand.weighted(r, new Sex[] {Sex.MALE, Sex.FEMALE}, new double[] {0.8, 0.2});
                break;
        }
        if (Rand.chance(r, 0.002)) {
            p.sex = Sex.UNDETERMINED;
        }
        p.estimatedAge = Rand.chance(r, settings.estimatedAgeShare());
        p.ageBasis = p.estimatedAge ? AgeBasis.ESTIMATED : Rand.chance(r, 0.65) ? AgeBasis.DOCUMENTED : AgeBasis.STATED;
        p.birthdayOffset = r.nextInt(365);
        if (p.sex == Sex.FEMALE && p.age >= 15 && p.age <= 45 && Rand.chance(r, settings.pregnantShare())) {
            p.pregnant = true;
            p.pregnancyWeeks = Rand.between(r, 6, 39);
            p.pregnancyKnownAtBookIn = Rand.chance(r, 0.75);
            p.pregnancyBasis = Rand.weighted(r, new PregnancyBasis[] {PregnancyBasis.SELF_REPORTED,
                PregnancyBasis.OBSERVED, PregnancyBasis.MEDICALLY_CONFIRMED}, new double[] {0.7, 0.2, 0.1});
            p.birth = Rand.chance(r, settings.birthInCustodyShare());
            if (p.birth) {
                p.pregnancyWeeks = Math.max(p.pregnancyWeeks, Rand.between(r, 34, 40));
            }
        } else if (p.sex == Sex.FEMALE && p.age >= 18 && p.age <= 45 && Rand.chance(r, 0.01)) {
            p.postpartum = true;
        }
        p.highRisk = Rand.chance(r, p.age >= 65 ? 0.5 : 0.03);
        double concern = settings.medicalConcernShare();
        p.concernObserved = Rand.chance(r, concern * 0.4);
        p.selfReport = Rand.chance(r, concern * 0.5);
        p.emergency = Rand.chance(r, 0.003);
        p.hospitalVisit = Rand.chance(r, settings.hospitalVisitShare());
        double medication = settings.medicationShare() * (p.age >= 40 ? 2.0 : p.age < 18 ? 0.4 : 1.0);
        p.medication = Rand.chance(r, Math.min(1.0, medication));
        p.screenPositive = Rand.chance(r, settings.infectiousPositiveShare());
        p.transfer = sites.size() > 1 && Rand.chance(r, settings.transferShare());
        p.minorClaim = populationClass == PopulationClass.SINGLE_ADULT && p.estimatedAge && p.age <= 21
                && Rand.chance(r, 0.15);
        p.interviewAnyway = Rand.chance(r, settings.adultInterviewShare());
        p.identified = Rand.chance(r, 0.97);
        p.givenName = p.sex == Sex.MALE ? Rand.pick(r, Synthetic.GIVEN_NAMES_M) : Rand.pick(r, Synthetic.GIVEN_NAMES_F);
        p.aNumber = Rand.chance(r, 0.9);
        return p;
    }

    // ---------------------------------------------------------------------------------------------------------
    // One person's episode

    /**
     * Builds one episode.
     *
     * @param home the booking facility
     * @param p the person
     * @param g the person's group
     * @param episodeId the episode id
     * @param number a number unique within the generator, for the A-number and subject id
     * @param r the person's own random stream
     * @return the episode
     */
    CustodyEpisode build(Site home, Person p, Group g, String episodeId, long number, SplittableRandom r) {
        return new Timeline(home, p, g, r).episode(episodeId, number);
    }

    Site site(int index) {
        return sites.get(index);
    }

    int siteCount() {
        return sites.size();
    }

    /** The events of one person, generated chain by chain and then cut at the end of custody. */
    private final class Timeline implements EpisodeTimeline {
        final Site home;
        final Person p;
        final Group g;
        final SplittableRandom r;
        final List<MedicalEvent> events = new ArrayList<>(64);
        final Instant bookIn;
        final double delayFactor;
        Instant end;
        Disposition disposition;
        int nextId = 1;
        Site target;
        Instant transferAt;
        String transferRoom;
        String room;
        Instant isolationStart;
        Instant isolationEnd;
        Instant postpartumFrom;
        Instant pregnancyKnownAt;
        CloseWatch atRiskWatch;
        final List<Instant[]> away = new ArrayList<>();
        boolean admitted;

        Timeline(Site home, Person p, Group g, SplittableRandom r) {
            this.home = home;
            this.p = p;
            this.g = g;
            this.r = r;
            this.bookIn = g.arrival.plusSeconds(r.nextInt(1200));
            this.end = bookIn.plus(g.stay);
            this.disposition = g.disposition;
            this.delayFactor = g.surge ? 1.6 : 1.0;
            this.room = initialRoom();
        }

        private String initialRoom() {
            switch (p.populationClass) {
                case UNACCOMPANIED_CHILD:
                    return "JUV-" + Rand.between(r, 1, 4);
                case SINGLE_ADULT:
                    return (p.sex == Sex.FEMALE ? "ADF-" : "ADM-") + Rand.between(r, 1, 6);
                default:
                    return "FAM-" + Rand.between(r, 1, 6);
            }
        }

        @Override
        public String id() {
            return "E" + nextId++;
        }

        @Override
        public SplittableRandom random() {
            return r;
        }

        @Override
        public Instant bookIn() {
            return bookIn;
        }

        @Override
        public Duration stay() {
            return g.stay;
        }

        @Override
        public Instant end() {
            return end;
        }

        Site siteAt(Instant at) {
            return transferAt != null && !at.isBefore(transferAt) ? target : home;
        }

        String roomAt(Instant at) {
            if (isolationStart != null && !at.isBefore(isolationStart)
                    && (isolationEnd == null || at.isBefore(isolationEnd))) {
                return "MED-1";
            }
            return transferAt != null && !at.isBefore(transferAt) ? transferRoom : room;
        }

        @Override
        public String agent(Instant at) {
            return "AGENT-SYN-" + (siteAt(at).index * 1000 + Rand.between(r, 100, 160));
        }

        String provider(Instant at) {
            return "MED-SYN-" + (siteAt(at).index * 100 + Rand.between(r, 10, 21));
        }

        String supervisor(Instant at) {
            return "SUP-SYN-" + (siteAt(at).index * 100 + Rand.between(r, 1, 8));
        }

        /** When a required act happens: null if missed, after the deadline if late, else a log-normal delay. */
        @Override
        public Instant due(Instant trigger, Duration deadline, Duration median) {
            if (Rand.chance(r, settings.missedActShare())) {
                return null;
            }
            if (Rand.chance(r, settings.lateActShare())) {
                long extra = Math.max(1800, deadline.getSeconds() / 2);
                return trigger.plus(deadline).plusSeconds(300 + (long) (r.nextDouble() * extra));
            }
            Duration delay = Rand.lognormal(r, Duration.ofSeconds(Math.round(median.getSeconds() * delayFactor)), 0.6);
            if (delay.compareTo(deadline) >= 0) {
                delay = Duration.ofSeconds((long) (deadline.getSeconds() * Rand.uniform(r, 0.5, 0.95)));
            }
            return trigger.plus(delay);
        }

        Provenance provenance(Instant at, String by, RecordSystem system, Duration maxDelay) {
            return Provenance.builder()
                    .recordedAt(at.plus(Rand.duration(r, Duration.ZERO, maxDelay)))
                    .recordedBy(by)
                    .system(system)
                    .build();
        }

        Interpretation interpretation(double cbpEmployeeWeight) {
            if (!g.interpreterNeeded) {
                return Interpretation.builder().mode(InterpretationMode.NOT_NEEDED).build();
            }
            InterpretationMode mode = Rand.weighted(r, new InterpretationMode[] {InterpretationMode.TELEPHONIC_SERVICE,
                InterpretationMode.QUALIFIED_STAFF, InterpretationMode.VIDEO_SERVICE,
                InterpretationMode.PROFESSIONAL_IN_PERSON, InterpretationMode.CBP_EMPLOYEE,
                InterpretationMode.FAMILY_OR_COMPANION, InterpretationMode.NONE},
                    new double[] {0.55, 0.18, 0.10, 0.05, cbpEmployeeWeight, 0.03, 0.02});
            Interpretation.Builder b = Interpretation.builder().mode(mode).language(g.language);
            if (mode == InterpretationMode.TELEPHONIC_SERVICE || mode == InterpretationMode.VIDEO_SERVICE) {
                b.interpreterId("LANGSVC-SYN-" + Rand.between(r, 1000, 9999));
            } else if (mode == InterpretationMode.QUALIFIED_STAFF || mode == InterpretationMode.CBP_EMPLOYEE) {
                b.interpreterId("AGENT-SYN-" + Rand.between(r, 100, 999));
            }
            return b.build();
        }

        Credential credential(Instant at) {
            switch (siteAt(at).support()) {
                case ON_SITE_CONTINUOUS:
                    return Rand.weighted(r, new Credential[] {Credential.PHYSICIAN_ASSISTANT, Credential.NURSE_PRACTITIONER,
                        Credential.PHYSICIAN, Credential.REGISTERED_NURSE}, new double[] {0.35, 0.35, 0.15, 0.15});
                case ON_SITE_PART_TIME:
                    return Rand.weighted(r, new Credential[] {Credential.NURSE_PRACTITIONER, Credential.REGISTERED_NURSE,
                        Credential.PHYSICIAN_ASSISTANT}, new double[] {0.4, 0.4, 0.2});
                default:
                    return Rand.weighted(r, new Credential[] {Credential.EMT, Credential.PARAMEDIC,
                        Credential.NURSE_PRACTITIONER}, new double[] {0.5, 0.3, 0.2});
            }
        }

        boolean supportAt(Instant at) {
            MedicalSupportLevel level = siteAt(at).support();
            return level != MedicalSupportLevel.NONE;
        }

        boolean onSiteAt(Instant at) {
            MedicalSupportLevel level = siteAt(at).support();
            return level == MedicalSupportLevel.ON_SITE_CONTINUOUS || level == MedicalSupportLevel.ON_SITE_PART_TIME;
        }

        CustodyEpisode episode(String episodeId, long number) {
            if (p.transfer) {
                planTransfer();
            }
            encounter();
            provisions();
            if (p.populationClass == PopulationClass.UNACCOMPANIED_CHILD) {
                unaccompanied();
            }
            if (p.minorClaim) {
                minorClaim();
            }
            screening();
            String pregnancyEvent = p.pregnant && !p.pregnancyKnownAtBookIn ? pregnancyIdentified() : null;
            intake(pregnancyEvent);
            interview();
            if (p.selfReport) {
                issue(bookIn.plus(Rand.duration(r, Duration.ofHours(1), g.stay)), IssueSource.SELF_REPORTED, null, null,
                        p.emergency, true);
            }
            if (p.hospitalVisit) {
                Instant at = bookIn.plus(Rand.duration(r, Duration.ofMinutes(30), g.stay));
                String issue = issue(at, Rand.pick(r, IssueSource.OBSERVED, IssueSource.WELFARE_CHECK,
                        IssueSource.SELF_REPORTED), null, null, false, false);
                hospital(at.plus(Rand.minutes(r, 20, 120)), issue, false);
            }
            // drawn from a stream of their own, so that these features leave the rest of the episode as it was
            SplittableRandom features = new SplittableRandom(Rand.mix(settings.seed(), -2, number));
            emergencies.contribute(this, Rand.chance(features, settings.emergencyShare()));
            atRiskWatch = CloseWatch.draw(settings, atRiskRounds.interval(), features);
            if (p.birth) {
                birth(pregnancyEvent);
            }
            if (p.medication) {
                medication();
            }
            if (transferAt != null) {
                add(Transfer.builder().id(id()).at(transferAt)
                        .fromFacilityId(home.facility.facilityId())
                        .toFacilityId(target.facility.facilityId())
                        .holdRoom(roomAt(transferAt)) // the isolation room, if isolated when moved
                        .medicationTransferred(p.medication ? Rand.chance(r, 0.85) : Rand.chance(r, 0.5))
                        .build());
            }
            welfareChecks();
            // Its own stream, drawn from only when planting is on: the rest of the generation is unchanged.
            return IntegrityPlanting.plant(assemble(episodeId, number), settings.integrityPatternShare(),
                    new SplittableRandom(Rand.mix(settings.seed(), -7, number)));
        }

        @Override
        public void add(MedicalEvent event) {
            events.add(event);
        }

        void planTransfer() {
            Duration latest = g.stay.minus(Duration.ofHours(2));
            if (latest.compareTo(Duration.ofHours(4)) <= 0) {
                return;
            }
            Duration when = Rand.duration(r, Duration.ofHours(3), latest.compareTo(Duration.ofHours(48)) < 0
                    ? latest : Duration.ofHours(48));
            int other = r.nextInt(sites.size() - 1);
            target = sites.get(other >= home.index ? other + 1 : other);
            transferAt = bookIn.plus(when);
            transferRoom = room;
        }

        void encounter() {
            if (Rand.chance(r, settings.missedActShare())) {
                return;
            }
            Instant at = bookIn.minus(Rand.minutes(r, 20, 240));
            add(EncounterObservation.builder().id(id()).at(at)
                    .observerId("AGENT-SYN-" + (home.index * 1000 + Rand.between(r, 100, 160)))
                    .concernObserved(p.concernObserved)
                    .toldToReport(Rand.chance(r, 0.95))
                    .build());
        }

        void provisions() {
            add(ProvisionOffered.builder().id(id()).at(bookIn.plus(Rand.minutes(r, 0, 30)))
                    .item(ProvisionItem.WATER).build());
            if (p.juvenile() || p.pregnant) {
                if (!Rand.chance(r, settings.missedActShare())) {
                    add(ProvisionOffered.builder().id(id()).at(bookIn.plus(Rand.minutes(r, 0, 45)))
                            .item(ProvisionItem.SNACK).declined(Rand.chance(r, 0.03)).build());
                }
            }
            Instant meal = bookIn.plus(Rand.minutes(r, 20, 180));
            while (!meal.isAfter(end)) {
                if (!Rand.chance(r, settings.missedActShare())) {
                    add(ProvisionOffered.builder().id(id()).at(meal).item(ProvisionItem.MEAL)
                            .declined(Rand.chance(r, 0.04)).build());
                }
                meal = meal.plus(Duration.ofHours(6)).plus(Rand.minutes(r, -45, 45));
                if (Rand.chance(r, settings.lateActShare() / 2)) {
                    meal = meal.plus(Rand.minutes(r, 30, 180));
                }
            }
            if (p.age <= 1) {
                Instant feed = bookIn.plus(Rand.minutes(r, 10, 90));
                while (!feed.isAfter(end)) {
                    add(ProvisionOffered.builder().id(id()).at(feed).item(ProvisionItem.INFANT_FORMULA).build());
                    feed = feed.plus(Rand.minutes(r, 180, 270));
                }
            }
            Instant shower = p.juvenile() ? due(bookIn, Duration.ofHours(48), Duration.ofHours(20))
                    : due(bookIn, Duration.ofHours(72), Duration.ofHours(36));
            if (shower != null) {
                add(ProvisionOffered.builder().id(id()).at(shower).item(ProvisionItem.SHOWER)
                        .declined(Rand.chance(r, 0.05)).build());
                add(ProvisionOffered.builder().id(id()).at(shower.plus(Rand.minutes(r, 0, 5)))
                        .item(ProvisionItem.HYGIENE).build());
            }
        }

        void unaccompanied() {
            Instant at = bookIn.plus(Rand.minutes(r, 10, 240));
            String determination = id();
            add(UnaccompaniedDetermination.builder().id(determination).at(at).build());
            Instant notify = due(at, Duration.ofHours(48), Duration.ofHours(3));
            if (notify != null) {
                add(Notification.builder().id(id()).at(notify).recipient(NotificationRecipient.HHS_ORR)
                        .subjectEventId(determination).build());
            }
            if (Duration.between(at, end).compareTo(Duration.ofHours(72)) > 0 && Rand.chance(r, 0.7)) {
                Instant exceptionAt = at.plus(Duration.ofHours(72)).minus(Rand.minutes(r, 0, 360));
                add(ExceptionRecorded.builder().id(id()).at(exceptionAt).requirementId("TVPRA-TRANSFER")
                        .reasonCode(Rand.pick(r, Synthetic.EXCEPTION_REASONS))
                        .approvedBy(supervisor(exceptionAt))
                        .note(Rand.pick(r, Synthetic.EXCEPTION_NOTES))
                        .build());
            }
        }

        void minorClaim() {
            Instant at = bookIn.plus(Rand.minutes(r, 30, 720));
            String claim = id();
            add(MinorClaim.builder().id(claim).at(at)
                    .basis(Rand.chance(r, 0.7) ? MinorClaimBasis.CLAIMED : MinorClaimBasis.SUSPECTED).build());
            Instant notify = due(at, Duration.ofHours(48), Duration.ofHours(4));
            if (notify != null) {
                add(Notification.builder().id(id()).at(notify).recipient(NotificationRecipient.HHS_ORR)
                        .subjectEventId(claim).build());
            }
        }

        void screening() {
            Instant at = due(bookIn, Duration.ofHours(12), Duration.ofMinutes(90));
            if (at == null) {
                return;
            }
            String screening = id();
            InfectiousDiseaseScreening.Builder b = InfectiousDiseaseScreening.builder().id(screening).at(at);
            if (p.screenPositive) {
                int symptoms = Rand.between(r, 1, 3);
                int first = r.nextInt(Synthetic.SYMPTOMS.size());
                for (int i = 0; i < symptoms; i++) {
                    b.addSymptoms(Synthetic.SYMPTOMS.get((first + i) % Synthetic.SYMPTOMS.size()));
                }
                b.addTests(DiagnosticTest.builder().test(Synthetic.TESTS.get(r.nextInt(2)))
                        .result(Rand.chance(r, 0.8) ? ScreeningResult.POSITIVE : ScreeningResult.INCONCLUSIVE).build());
                b.result(ScreeningResult.POSITIVE);
            } else {
                if (Rand.chance(r, 0.3)) {
                    b.addTests(DiagnosticTest.builder().test(Synthetic.TESTS.get(0)).result(ScreeningResult.NEGATIVE)
                            .build());
                }
                b.result(Rand.chance(r, 0.01) ? ScreeningResult.INCONCLUSIVE : ScreeningResult.NEGATIVE);
            }
            add(b.build());
            if (!p.screenPositive) {
                return;
            }
            Instant isolate = due(at, Duration.ofHours(2), Duration.ofMinutes(40));
            if (isolate != null) {
                String start = id();
                add(IsolationStart.builder().id(start).at(isolate)
                        .mode(Rand.chance(r, 0.6) ? IsolationMode.ISOLATION : IsolationMode.COHORTING)
                        .reasonEventId(screening).build());
                add(HoldRoomPlacement.builder().id(id()).at(isolate).facilityId(siteAt(isolate).facility.facilityId())
                        .holdRoom("MED-1").build());
                isolationStart = isolate;
                Instant release = isolate.plus(Rand.duration(r, Duration.ofHours(24), Duration.ofHours(96)));
                if (release.isBefore(end)) {
                    isolationEnd = release;
                    add(IsolationEnd.builder().id(id()).at(release).startEventId(start).build());
                    add(HoldRoomPlacement.builder().id(id()).at(release)
                            .facilityId(siteAt(release).facility.facilityId()).holdRoom(roomAt(release)).build());
                }
            }
            issue(at.plus(Rand.minutes(r, 0, 15)), IssueSource.SCREENING, null, null, false, true);
        }

        String pregnancyIdentified() {
            Instant at = bookIn.plus(Rand.minutes(r, 30, 24 * 60));
            String id = id();
            pregnancyKnownAt = at;
            add(PregnancyIdentified.builder().id(id).at(at).weeks(p.pregnancyWeeks).basis(p.pregnancyBasis).build());
            if (onSiteAt(at)) {
                Instant assess = due(at, Duration.ofHours(12), settings.medianAssessmentDelay());
                if (assess != null) {
                    assessment(assess, List.of(id), true);
                }
            }
            return id;
        }

        void intake(String pregnancyEvent) {
            List<String> reasons = new ArrayList<>();
            Duration deadline = null;
            if (p.concernObserved) {
                reasons.add(issue(bookIn.plus(Rand.minutes(r, 0, 20)), IssueSource.OBSERVED, null, null, false, false));
                deadline = Duration.ofHours(4);
            }
            if (p.highRisk) {
                deadline = Duration.ofHours(4);
            }
            if (p.pregnant && p.pregnancyKnownAtBookIn && onSiteAt(bookIn)) {
                deadline = min(deadline, Duration.ofHours(12));
            }
            if (p.age <= 12 && supportAt(bookIn)) {
                deadline = min(deadline, Duration.ofHours(24));
            }
            if (deadline == null) {
                return;
            }
            if (!supportAt(bookIn)) {
                if (!reasons.isEmpty()) {
                    Instant visit = due(bookIn, Duration.ofHours(4), Duration.ofHours(2));
                    if (visit != null) {
                        hospital(visit, reasons.get(0), false);
                    }
                }
                return;
            }
            Instant at = due(bookIn, deadline, deadline.compareTo(Duration.ofHours(4)) <= 0
                    ? settings.medianAssessmentDelay() : settings.medianAssessmentDelay().multipliedBy(3));
            if (at != null) {
                assessment(at, reasons, true);
            }
        }

        Duration min(Duration a, Duration b) {
            return a == null || b.compareTo(a) < 0 ? b : a;
        }

        void interview() {
            boolean referred = p.concernObserved || p.highRisk || p.pregnant;
            if (!p.juvenile() && !referred && !p.interviewAnyway) {
                return;
            }
            Instant at = due(bookIn, Duration.ofHours(12), settings.medianInterviewDelay());
            if (at == null) {
                return;
            }
            String interviewer = agent(at);
            String interview = id();
            HealthInterview.Builder b = HealthInterview.builder().id(interview).at(at)
                    .formRevision(Synthetic.FORM_REVISION)
                    .interviewerId(interviewer)
                    .language(g.language)
                    .interpretation(interpretation(0.07))
                    .provenance(provenance(at, interviewer, RecordSystem.E3, Duration.ofMinutes(40)));
            List<String> yes = new ArrayList<>();
            if (Rand.chance(r, 0.01)) {
                b.refused(true);
            } else {
                double q = settings.medicalConcernShare() / Synthetic.QUESTIONS;
                for (int n = 1; n <= Synthetic.QUESTIONS; n++) {
                    String question = Synthetic.question(n);
                    Answer answer;
                    if (question.equals(Synthetic.PREGNANCY_QUESTION) && p.pregnant && p.pregnancyKnownAtBookIn) {
                        answer = Answer.YES;
                    } else if (Rand.chance(r, q)) {
                        answer = Answer.YES;
                    } else {
                        answer = Rand.weighted(r, new Answer[] {Answer.NO, Answer.UNKNOWN_ANSWER, Answer.REFUSED},
                                new double[] {0.97, 0.02, 0.01});
                    }
                    if (answer == Answer.YES && !question.equals(Synthetic.PREGNANCY_QUESTION)) {
                        yes.add(question);
                    }
                    b.addAnswers(InterviewAnswer.builder().question(question).answer(answer).build());
                }
            }
            add(b.build());
            for (int i = 0; i < yes.size(); i++) {
                issue(at.plus(Rand.minutes(r, 0, 10)), IssueSource.INTERVIEW_ANSWER, interview, yes.get(i), false,
                        i == 0);
            }
        }

        /** A medical issue with its notifications, and an assessment (or EMS, or a referral) when asked. */
        String issue(Instant at, IssueSource source, String interview, String question, boolean emergency,
                boolean assess) {
            String issue = id();
            MedicalIssue.Builder b = MedicalIssue.builder().id(issue).at(at).source(source).emergency(emergency)
                    .highRisk(p.highRisk && Rand.chance(r, 0.5))
                    .description(Rand.pick(r, Synthetic.ISSUES));
            if (interview != null) {
                b.interviewEventId(interview).questionCode(question);
            }
            add(b.build());
            Instant notify = due(at, Duration.ofHours(1), Duration.ofMinutes(20));
            if (notify != null) {
                add(Notification.builder().id(id()).at(notify).recipient(NotificationRecipient.MEDICAL_PERSONNEL)
                        .subjectEventId(issue).build());
                if (Rand.chance(r, 0.5)) {
                    add(Notification.builder().id(id()).at(notify.plus(Rand.minutes(r, 0, 30)))
                            .recipient(NotificationRecipient.SUPERVISOR).subjectEventId(issue).build());
                }
            }
            if (emergency) {
                Instant callAt = at.plus(Rand.minutes(r, 0, Rand.chance(r, settings.lateActShare()) ? 30 : 5));
                String call = id();
                add(EmsCall.builder().id(call).at(callAt).issueEventId(issue).build());
                Instant arrival = callAt.plus(Rand.minutes(r, 8, 35));
                add(EmsArrival.builder().id(id()).at(arrival).callEventId(call).build());
                hospital(arrival.plus(Rand.minutes(r, 15, 40)), issue, true);
            } else if (assess) {
                if (supportAt(at)) {
                    Instant when = due(at, Duration.ofHours(4), settings.medianAssessmentDelay());
                    if (when != null) {
                        assessment(when, List.of(issue), false);
                    }
                } else {
                    Instant visit = due(at, Duration.ofHours(4), Duration.ofHours(2));
                    if (visit != null) {
                        hospital(visit, issue, false);
                    }
                }
            }
            return issue;
        }

        void assessment(Instant at, List<String> reasons, boolean intake) {
            String provider = provider(at);
            String assessment = id();
            MedicalAssessment.Builder b = MedicalAssessment.builder().id(assessment).at(at)
                    .providerId(provider)
                    .credential(credential(at))
                    .addAllReasonEventIds(reasons)
                    .interpretation(interpretation(0.02))
                    .provenance(provenance(at, provider, RecordSystem.MEDICAL_RECORD, Duration.ofMinutes(90)));
            if (Rand.chance(r, 0.02)) {
                add(b.refused(true).build());
                return;
            }
            double followUp = settings.followUpShare();
            double referred = reasons.isEmpty() ? 0.02 : 0.07;
            double transported = reasons.isEmpty() ? 0.005 : 0.02;
            AssessmentDisposition disposition = Rand.weighted(r, new AssessmentDisposition[] {
                AssessmentDisposition.CLEARED, AssessmentDisposition.FOLLOW_UP, AssessmentDisposition.REFERRED,
                AssessmentDisposition.TRANSPORTED_TO_HOSPITAL},
                    new double[] {Math.max(0, 1 - followUp - referred - transported), followUp, referred, transported});
            b.disposition(disposition).findings(Rand.pick(r, Synthetic.FINDINGS));
            int diagnoses = disposition == AssessmentDisposition.CLEARED && intake ? r.nextInt(2) : Rand.between(r, 1, 2);
            for (int i = 0; i < diagnoses; i++) {
                String code = Rand.pick(r, Synthetic.ICD10);
                b.addDiagnoses(code);
                if (Rand.chance(r, 0.6)) {
                    break;
                }
            }
            add(b.build());
            switch (disposition) {
                case FOLLOW_UP:
                    monitoring(at.plus(Rand.minutes(r, 0, 30)), assessment, p.pregnant ? MonitoringReason.PREGNANCY
                            : p.highRisk ? MonitoringReason.MEDICALLY_FRAGILE : MonitoringReason.ASSESSMENT_FOLLOW_UP,
                            provider);
                    break;
                case REFERRED:
                    Instant visit = due(at, Duration.ofHours(4), Duration.ofMinutes(90));
                    if (visit != null) {
                        hospital(visit, assessment, false);
                    }
                    break;
                case TRANSPORTED_TO_HOSPITAL:
                    hospital(at.plus(Rand.minutes(r, 10, 40)), assessment, true);
                    break;
                default:
                    break;
            }
        }

        void monitoring(Instant at, String assessment, MonitoringReason reason, String provider) {
            String placement = id();
            MonitoringPlacement.Builder b = MonitoringPlacement.builder().id(placement).at(at).reason(reason);
            if (assessment != null) {
                b.assessmentEventId(assessment);
            }
            add(b.build());
            Instant removal = at.plus(Rand.duration(r, Duration.ofHours(8), Duration.ofHours(72)));
            Instant stop = removal.isBefore(end) ? removal : end;
            CloseWatch watch = CloseWatch.draw(settings, FIFTEEN_MINUTES, r);
            Instant check = at.plus(watch.first(r));
            Instant reevaluation = at.plus(Duration.ofHours(24));
            while (!check.isAfter(stop)) {
                boolean medical = !check.isBefore(reevaluation);
                if (medical) {
                    reevaluation = reevaluation.plus(Duration.ofHours(24));
                }
                add(MonitoringCheck.builder().id(id()).at(check).placementEventId(placement)
                        .observerId(medical ? provider : agent(check))
                        .medicalReevaluation(medical)
                        .outcome(Rand.chance(r, 0.01) ? CheckOutcome.CONCERN_ESCALATED : CheckOutcome.NO_CONCERN)
                        .build());
                check = check.plus(watch.next(r));
            }
            if (removal.isBefore(end)) {
                add(MonitoringRemoval.builder().id(id()).at(removal).placementEventId(placement).build());
            }
        }

        /** A hospital visit with its discharge; an admission ends the episode. */
        @Override
        public void hospital(Instant at, String reason, boolean urgent) {
            String visit = id();
            HospitalVisit.Builder b = HospitalVisit.builder().id(visit).at(at)
                    .hospitalName(Rand.pick(r, Synthetic.HOSPITALS))
                    .hospitalWatch(Rand.chance(r, 0.9))
                    .interpretation(interpretation(0.25))
                    .admitted(Rand.chance(r, urgent ? 0.3 : 0.08));
            if (reason != null) {
                b.reasonEventId(reason);
            }
            HospitalVisit built = b.build();
            add(built);
            if (built.admitted()) {
                Instant out = at.plus(Rand.minutes(r, 30, 240));
                if (out.isBefore(end)) {
                    end = out;
                    disposition = Disposition.HOSPITAL_ADMISSION;
                    admitted = true;
                }
                return;
            }
            Instant discharge = at.plus(Rand.duration(r, Duration.ofHours(2), Duration.ofHours(10)));
            add(HospitalDischarge.builder().id(id()).at(discharge).visitEventId(visit).build());
            away.add(new Instant[] {at, discharge});
            if (Rand.chance(r, 0.3)) {
                monitoring(discharge.plus(Rand.minutes(r, 5, 30)), null, MonitoringReason.POST_HOSPITAL,
                        provider(discharge));
            }
        }

        void birth(String pregnancyEvent) {
            Duration room = g.stay.minus(Duration.ofHours(3));
            if (room.compareTo(Duration.ofHours(3)) <= 0 || admitted) {
                return;
            }
            Instant at = bookIn.plus(Rand.duration(r, Duration.ofHours(2), room));
            BirthPlace place = Rand.weighted(r, new BirthPlace[] {BirthPlace.HOSPITAL, BirthPlace.FACILITY,
                BirthPlace.EN_ROUTE}, new double[] {0.7, 0.2, 0.1});
            Instant visitAt;
            if (place == BirthPlace.HOSPITAL) {
                visitAt = at.minus(Rand.minutes(r, 60, 300));
                if (visitAt.isBefore(bookIn)) {
                    visitAt = bookIn;
                }
            } else {
                if (place == BirthPlace.FACILITY) {
                    String call = id();
                    Instant callAt = at.minus(Rand.minutes(r, 5, 30));
                    if (callAt.isBefore(bookIn)) {
                        callAt = bookIn;
                    }
                    add(EmsCall.builder().id(call).at(callAt).build());
                    add(EmsArrival.builder().id(id()).at(callAt.plus(Rand.minutes(r, 8, 25))).callEventId(call).build());
                }
                visitAt = at.plus(Rand.minutes(r, 10, 40));
            }
            String visit = id();
            HospitalVisit.Builder hb = HospitalVisit.builder().id(visit).at(visitAt)
                    .hospitalName(Rand.pick(r, Synthetic.HOSPITALS)).hospitalWatch(true)
                    .interpretation(interpretation(0.25));
            if (pregnancyEvent != null && !pregnancyKnownAt.isAfter(visitAt)) {
                hb.reasonEventId(pregnancyEvent); // a reference only to a pregnancy already known at the visit
            }
            add(hb.build());
            String birth = id();
            add(Birth.builder().id(birth).at(at).place(place)
                    .newbornSubjectId("SUBJ-SYN-NB-" + Rand.between(r, 100000, 999999))
                    .newbornUsCitizen(true)
                    .build());
            Instant discharge = (at.isAfter(visitAt) ? at : visitAt).plus(Rand.duration(r, Duration.ofHours(24),
                    Duration.ofHours(48)));
            add(HospitalDischarge.builder().id(id()).at(discharge).visitEventId(visit).build());
            away.add(new Instant[] {visitAt, discharge});
            Instant after = discharge.plus(Rand.duration(r, Duration.ofHours(4), Duration.ofHours(36)));
            if (after.isAfter(end)) {
                end = after; // the mother stays at least until shortly after discharge
            }
            postpartumFrom = at;
            Instant report = due(at, Duration.ofHours(24), Duration.ofHours(5));
            if (report != null) {
                add(SignificantIncidentReport.builder().id(id()).at(report).category(IncidentCategory.BIRTH)
                        .subjectEventId(birth).build());
            }
            Instant release = due(discharge, Duration.ofHours(24), Duration.ofHours(8));
            if (release != null) {
                add(NewbornRelease.builder().id(id()).at(release).birthEventId(birth)
                        .releasedTo(Rand.weighted(r, new NewbornCaregiver[] {NewbornCaregiver.PARENT,
                            NewbornCaregiver.OTHER_RELATIVE, NewbornCaregiver.CHILD_WELFARE, NewbornCaregiver.OTHER},
                                new double[] {0.85, 0.07, 0.05, 0.03}))
                        .build());
            }
        }

        void medication() {
            Instant at = bookIn.plus(Rand.minutes(r, 0, 45));
            String reported = id();
            boolean possession = Rand.chance(r, 0.8);
            add(MedicationReported.builder().id(reported).at(at).reportedOnly(!possession)
                    .medication(Rand.pick(r, Synthetic.MEDICATIONS)).build());
            Instant reviewAt = due(at, Duration.ofHours(12), Duration.ofHours(4));
            if (reviewAt == null) {
                return;
            }
            String provider = provider(reviewAt);
            String review = id();
            MedicationDecision decision = Rand.weighted(r, new MedicationDecision[] {MedicationDecision.CONTINUE,
                MedicationDecision.HOLD, MedicationDecision.REPLACE}, new double[] {0.7, 0.15, 0.15});
            MedicationReview.Builder b = MedicationReview.builder().id(review).at(reviewAt).medicationEventId(reported)
                    .providerId(provider).credential(credential(reviewAt)).decision(decision)
                    .provenance(provenance(reviewAt, provider, RecordSystem.MEDICAL_RECORD, Duration.ofMinutes(30)));
            if (decision == MedicationDecision.HOLD) {
                add(b.build());
                return;
            }
            Duration interval = Duration.ofHours(Rand.pick(r, 8, 12, 24));
            add(b.doseInterval(interval).build());
            Instant scheduled = reviewAt.plus(Rand.minutes(r, 30, 120));
            while (!scheduled.isAfter(end)) {
                if (!Rand.chance(r, settings.missedActShare())) {
                    Instant given = scheduled.plus(Rand.minutes(r, -30, Rand.chance(r, settings.lateActShare()) ? 150 : 45));
                    add(MedicationAdministration.builder().id(id()).at(given).reviewEventId(review)
                            .scheduledAt(scheduled)
                            .status(Rand.weighted(r, new AdministrationStatus[] {AdministrationStatus.GIVEN,
                                AdministrationStatus.REFUSED, AdministrationStatus.NOT_GIVEN}, new double[] {0.9, 0.06, 0.04}))
                            .givenBy(provider(given))
                            .build());
                }
                scheduled = scheduled.plus(interval);
            }
        }

        void welfareChecks() {
            Instant t = atRiskAt(bookIn) ? bookIn.plus(atRiskWatch.first(r))
                    : bookIn.plus(Rand.duration(r, Duration.ZERO, FIFTEEN_MINUTES));
            Instant stop = end;
            int guard = 0;
            while (!t.isAfter(stop) && guard++ < 5000) {
                Instant[] window = awayAt(t);
                if (window != null) {
                    t = window[1].plus(Rand.minutes(r, 1, 10));
                    continue;
                }
                boolean atRisk = atRiskAt(t);
                WelfareCheck.Builder b = WelfareCheck.builder().id(id()).at(t)
                        .observerId(agent(t))
                        .method(Rand.weighted(r, new CheckMethod[] {CheckMethod.VISUAL, CheckMethod.VERBAL,
                            CheckMethod.VIDEO, CheckMethod.PHYSICAL}, new double[] {0.70, 0.15, 0.10, 0.05}))
                        .outcome(Rand.chance(r, 0.003) ? CheckOutcome.CONCERN_ESCALATED : CheckOutcome.NO_CONCERN)
                        .holdRoom(roomAt(t));
                if (Rand.chance(r, 0.08)) {
                    b.observations(Rand.pick(r, Synthetic.OBSERVATIONS));
                }
                if (Rand.chance(r, 0.05)) {
                    b.provenance(Provenance.builder().recordedAt(t.plus(Rand.minutes(r, 60, 480)))
                            .recordedBy(agent(t)).system(RecordSystem.PAPER).build());
                }
                add(b.build());
                if (atRisk) {
                    t = t.plus(atRiskWatch.next(r));
                    continue;
                }
                Instant last = t;
                long step = Math.round(siteAt(t).welfareBase.getSeconds() * Rand.uniform(r, 0.8, 1.2) * (g.surge ? 1.2 : 1));
                t = t.plusSeconds(Math.max(60, step));
                if (Rand.chance(r, settings.welfareCheckGapShare() * (g.surge ? 3 : 1))) {
                    t = t.plus(Rand.minutes(r, 120, 360));
                }
                // the round changes when the facility learns of a pregnancy or a birth: the first close check follows
                for (Instant start : new Instant[] {pregnancyKnownAt, postpartumFrom}) {
                    if (start != null && start.isAfter(last) && start.isBefore(t) && atRiskAt(start)) {
                        Instant first = start.plus(atRiskWatch.first(r));
                        t = first.isBefore(t) ? first : t;
                    }
                }
            }
        }

        /** Whether the person is on the at-risk rounds at an instant: in an at-risk state the facility knows of. */
        boolean atRiskAt(Instant at) {
            boolean known = p.pregnant && (p.pregnancyKnownAtBookIn || pregnancyKnownAt != null && !at.isBefore(pregnancyKnownAt));
            boolean state = known || p.postpartum || p.nursing || p.age == 0
                    || postpartumFrom != null && !at.isBefore(postpartumFrom);
            return state && atRiskRounds.inForceAt(at, siteAt(at).zone);
        }

        Instant[] awayAt(Instant t) {
            for (Instant[] window : away) {
                if (!t.isBefore(window[0]) && t.isBefore(window[1])) {
                    return window;
                }
            }
            return null;
        }

        CustodyEpisode assemble(String episodeId, long number) {
            boolean open = settings.openAtEnd() && !admitted && end.isAfter(home.periodEnd);
            Instant cut = open ? home.periodEnd : end;
            List<MedicalEvent> kept = new ArrayList<>(events.size());
            for (MedicalEvent event : events) {
                if (!event.at().isAfter(cut)) {
                    kept.add(event);
                }
            }
            kept.sort(Comparator.comparing(MedicalEvent::at));
            CustodyEpisode.Builder b = CustodyEpisode.builder()
                    .episodeId(episodeId)
                    .detainee(detainee(number))
                    .addFacilities(home.facility)
                    .bookIn(BookIn.builder().at(bookIn).facilityId(home.facility.facilityId()).holdRoom(room).build())
                    .addAllEvents(kept);
            if (transferAt != null && !transferAt.isAfter(cut)) {
                b.addFacilities(target.facility);
            }
            if (!open) {
                b.bookOut(BookOut.builder().at(end).disposition(disposition).build());
            }
            return b.build();
        }

        Detainee detainee(long number) {
            LocalDate bookInDate = LocalDate.ofInstant(bookIn, home.zone);
            Detainee.Builder d = Detainee.builder()
                    .subjectId("SUBJ-SYN-" + number)
                    .sex(p.sex)
                    .populationClass(p.populationClass)
                    .ageBasis(p.ageBasis)
                    .medicallyHighRisk(p.highRisk)
                    .postpartum(p.postpartum)
                    .nursing(p.nursing)
                    .language(LanguageProfile.builder().preferred(g.language).interpreterNeeded(g.interpreterNeeded)
                            .build());
            if (p.estimatedAge) {
                d.estimatedAgeYears(p.age);
            } else {
                d.dateOfBirth(bookInDate.minusYears(p.age).minusDays(p.birthdayOffset));
            }
            if (p.identified) {
                PersonalIdentifiers.Builder ids = PersonalIdentifiers.builder().familyName(g.familyName)
                        .givenName(p.givenName);
                if (p.aNumber) {
                    ids.aNumber(String.format(Locale.ROOT, "A-SYN-%09d", number));
                }
                d.identifiers(ids.build());
            }
            if (g.familyUnitId != null) {
                d.familyUnitId(g.familyUnitId);
            }
            if (p.pregnant && p.pregnancyKnownAtBookIn) {
                d.pregnancy(Pregnancy.builder().weeks(p.pregnancyWeeks).basis(p.pregnancyBasis).build());
            }
            return d.build();
        }
    }
}
