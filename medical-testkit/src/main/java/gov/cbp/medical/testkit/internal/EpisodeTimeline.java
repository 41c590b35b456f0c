package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.Credential;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.InterpretationMode;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.Disposition;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.MedicalSupportLevel;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The timeline of one person's episode while it is generated: the frame (who, where, from when), the person's
 * random stream, the events so far, what the contributors have learned on the way (a planned transfer, an
 * isolation, a hospital stay, a pregnancy identified, a birth, an admission) and the shared steps every feature
 * uses (ids, staff on duty, when a required act happens, interpretation, credentials, provenance).
 *
 * <p>Every draw of every contributor comes from {@link #random()}, in the fixed order in which
 * {@link EpisodeScript} calls them; the order is part of the generator's output for a seed.
 *
 * <p>Implementation Requirements: mutable, confined to the thread that generates the episode.
 */
final class EpisodeTimeline {
    private final GeneratorSettings settings;
    private final List<Site> sites;
    private final AtRiskRounds atRiskRounds;
    private final Site home;
    private final Person person;
    private final ArrivalGroup group;
    private final SplittableRandom r;
    private final List<MedicalEvent> events = new ArrayList<>(64);
    private final Instant bookIn;
    private final double delayFactor;
    private final String room;
    private final boolean emergency;
    private final CloseWatch atRiskWatch;
    private final List<Instant[]> away = new ArrayList<>();
    private Instant end;
    private Disposition disposition;
    private boolean admitted;
    private int nextId = 1;
    private TransferPlan transfer;
    private Instant isolationStart;
    private Instant isolationEnd;
    private String pregnancyEventId;
    private Instant pregnancyKnownAt;
    private Instant postpartumFrom;

    /**
     * Starts the timeline: draws the book-in instant and the hold room from the person's stream, and the
     * features drawn from a stream of their own (so that adding them left the rest of the episode as it was).
     *
     * @param context the generator's settings, sites and at-risk rounds
     * @param home the booking facility
     * @param person the person
     * @param group the person's group
     * @param number the number unique within the generator that seeds the features' stream
     * @param r the person's own random stream
     */
    EpisodeTimeline(GeneratorContext context, Site home, Person person, ArrivalGroup group, long number,
            SplittableRandom r) {
        this.settings = context.settings();
        this.sites = context.sites();
        this.atRiskRounds = context.atRiskRounds();
        this.home = home;
        this.person = person;
        this.group = group;
        this.r = r;
        this.bookIn = group.arrival().plusSeconds(r.nextInt(1200));
        this.end = bookIn.plus(group.stay());
        this.disposition = group.disposition();
        this.delayFactor = group.surge() ? 1.6 : 1.0;
        this.room = initialRoom();
        SplittableRandom features = new SplittableRandom(Rand.mix(settings.seed(), -2, number));
        this.emergency = Rand.chance(features, settings.emergencyShare());
        this.atRiskWatch = CloseWatch.draw(settings, atRiskRounds.interval(), features);
    }

    private String initialRoom() {
        switch (person.profile().populationClass()) {
            case UNACCOMPANIED_CHILD:
                return "JUV-" + Rand.between(r, 1, 4);
            case SINGLE_ADULT:
                return (person.profile().sex() == Sex.FEMALE ? "ADF-" : "ADM-") + Rand.between(r, 1, 6);
            default:
                return "FAM-" + Rand.between(r, 1, 6);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The frame

    /** The settings. */
    GeneratorSettings settings() {
        return settings;
    }

    /** All facilities of the generator, by index. */
    List<Site> sites() {
        return sites;
    }

    /** The booking facility. */
    Site home() {
        return home;
    }

    /** The person. */
    Person person() {
        return person;
    }

    /** Who the person is. */
    Profile profile() {
        return person.profile();
    }

    /** The person's pregnancy, birth and nursing. */
    Maternity maternity() {
        return person.maternity();
    }

    /** What will happen to the person. */
    CareNeeds needs() {
        return person.needs();
    }

    /** The person's group. */
    ArrivalGroup group() {
        return group;
    }

    /** The person's own random stream; every draw of a contributor comes from it, in a fixed order. */
    SplittableRandom random() {
        return r;
    }

    /** The book-in instant. */
    Instant bookIn() {
        return bookIn;
    }

    /** The planned time in custody. */
    Duration stay() {
        return group.stay();
    }

    /** The hold room at book-in. */
    String bookInRoom() {
        return room;
    }

    /** Whether the person has a medical emergency in custody (drawn from the features' stream). */
    boolean hasEmergency() {
        return emergency;
    }

    /** How the person's at-risk rounds are kept (drawn from the features' stream). */
    CloseWatch atRiskWatch() {
        return atRiskWatch;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The events and the end of custody

    /** A new event id, unique in the episode. */
    String id() {
        return "E" + nextId++;
    }

    /** Adds an event to the timeline. */
    void add(MedicalEvent event) {
        events.add(event);
    }

    /** The events so far, in the order they were added. */
    List<MedicalEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The end of custody as planned so far (a hospital admission may bring it forward, a birth push it back). */
    Instant end() {
        return end;
    }

    /** The disposition at book-out as planned so far. */
    Disposition disposition() {
        return disposition;
    }

    /** Whether the person was admitted to hospital, which ended the episode. */
    boolean admitted() {
        return admitted;
    }

    /**
     * Ends custody with a hospital admission, if it comes before the planned end.
     *
     * @param out when the person leaves custody for the hospital
     */
    void admitToHospital(Instant out) {
        if (out.isBefore(end)) {
            end = out;
            disposition = Disposition.HOSPITAL_ADMISSION;
            admitted = true;
        }
    }

    /**
     * Keeps the person in custody at least until an instant.
     *
     * @param atLeastUntil the earliest end
     */
    void extendTo(Instant atLeastUntil) {
        if (atLeastUntil.isAfter(end)) {
            end = atLeastUntil;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Where the person is

    /** The planned transfer, or null. */
    TransferPlan transfer() {
        return transfer;
    }

    /** Plans the transfer to another facility. */
    void planTransfer(TransferPlan plan) {
        this.transfer = plan;
    }

    /** The facility the person is in at an instant. */
    Site siteAt(Instant at) {
        return transfer != null && !at.isBefore(transfer.at()) ? transfer.target() : home;
    }

    /** The hold room the person is in at an instant: the medical room while isolated. */
    String roomAt(Instant at) {
        if (isolationStart != null && !at.isBefore(isolationStart)
                && (isolationEnd == null || at.isBefore(isolationEnd))) {
            return Screenings.ISOLATION_ROOM;
        }
        return transfer != null && !at.isBefore(transfer.at()) ? transfer.room() : room;
    }

    /** Starts the person's isolation in the medical room. */
    void isolateFrom(Instant start) {
        this.isolationStart = start;
    }

    /** Ends the person's isolation. */
    void endIsolationAt(Instant release) {
        this.isolationEnd = release;
    }

    /** Records a stay away from the facility (at a hospital), when no welfare check can be made. */
    void awayBetween(Instant from, Instant until) {
        away.add(new Instant[] {from, until});
    }

    /** The stay away from the facility that covers an instant, {@code {from, until}}, or null. */
    Instant[] awayAt(Instant t) {
        for (Instant[] window : away) {
            if (!t.isBefore(window[0]) && t.isBefore(window[1])) {
                return window;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the facility knows

    /** Records that a pregnancy not known at book-in was identified. */
    void pregnancyIdentified(String eventId, Instant at) {
        this.pregnancyEventId = eventId;
        this.pregnancyKnownAt = at;
    }

    /** The id of the pregnancy-identified event, or null. */
    String pregnancyEventId() {
        return pregnancyEventId;
    }

    /** When a pregnancy not known at book-in was identified, or null. */
    Instant pregnancyKnownAt() {
        return pregnancyKnownAt;
    }

    /** Records a birth: the person is postpartum from then on. */
    void postpartumFrom(Instant birth) {
        this.postpartumFrom = birth;
    }

    /** When the person gave birth in custody, or null. */
    Instant postpartumFrom() {
        return postpartumFrom;
    }

    /** Whether the person is on the at-risk rounds at an instant: in an at-risk state the facility knows of. */
    boolean atRiskAt(Instant at) {
        Maternity m = person.maternity();
        boolean known = m.pregnant() && (m.knownAtBookIn() || pregnancyKnownAt != null && !at.isBefore(pregnancyKnownAt));
        boolean state = known || m.postpartum() || m.nursing() || person.profile().age() == 0
                || postpartumFrom != null && !at.isBefore(postpartumFrom);
        return state && atRiskRounds.inForceAt(at, siteAt(at).zone());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Shared steps

    /** An id of an agent on duty at the facility the person is in at an instant. */
    String agent(Instant at) {
        return "AGENT-SYN-" + (siteAt(at).index() * 1000 + Rand.between(r, 100, 160));
    }

    /** An id of medical personnel on duty at the facility the person is in at an instant. */
    String provider(Instant at) {
        return "MED-SYN-" + (siteAt(at).index() * 100 + Rand.between(r, 10, 21));
    }

    /** An id of a supervisor on duty at the facility the person is in at an instant. */
    String supervisor(Instant at) {
        return "SUP-SYN-" + (siteAt(at).index() * 100 + Rand.between(r, 1, 8));
    }

    /** When a required act happens: null if missed, after the deadline if late, else a log-normal delay. */
    Instant due(Instant trigger, Duration deadline, Duration median) {
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

    /** Who recorded an act, where, and a little after it happened. */
    Provenance provenance(Instant at, String by, RecordSystem system, Duration maxDelay) {
        return Provenance.builder()
                .recordedAt(at.plus(Rand.duration(r, Duration.ZERO, maxDelay)))
                .recordedBy(by)
                .system(system)
                .build();
    }

    /** How an act was interpreted, if the person needs an interpreter; a CBP employee with the given weight. */
    Interpretation interpretation(double cbpEmployeeWeight) {
        if (!group.interpreterNeeded()) {
            return Interpretation.builder().mode(InterpretationMode.NOT_NEEDED).build();
        }
        InterpretationMode mode = Rand.weighted(r, new InterpretationMode[] {InterpretationMode.TELEPHONIC_SERVICE,
            InterpretationMode.QUALIFIED_STAFF, InterpretationMode.VIDEO_SERVICE,
            InterpretationMode.PROFESSIONAL_IN_PERSON, InterpretationMode.CBP_EMPLOYEE,
            InterpretationMode.FAMILY_OR_COMPANION, InterpretationMode.NONE},
                new double[] {0.55, 0.18, 0.10, 0.05, cbpEmployeeWeight, 0.03, 0.02});
        Interpretation.Builder b = Interpretation.builder().mode(mode).language(group.language());
        if (mode == InterpretationMode.TELEPHONIC_SERVICE || mode == InterpretationMode.VIDEO_SERVICE) {
            b.interpreterId("LANGSVC-SYN-" + Rand.between(r, 1000, 9999));
        } else if (mode == InterpretationMode.QUALIFIED_STAFF || mode == InterpretationMode.CBP_EMPLOYEE) {
            b.interpreterId("AGENT-SYN-" + Rand.between(r, 100, 999));
        }
        return b.build();
    }

    /** The credential of medical personnel on duty, by the medical support of the facility the person is in. */
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

    /** Whether the facility the person is in at an instant has any medical support. */
    boolean supportAt(Instant at) {
        MedicalSupportLevel level = siteAt(at).support();
        return level != MedicalSupportLevel.NONE;
    }

    /** Whether the facility the person is in at an instant has medical personnel on site. */
    boolean onSiteAt(Instant at) {
        MedicalSupportLevel level = siteAt(at).support();
        return level == MedicalSupportLevel.ON_SITE_CONTINUOUS || level == MedicalSupportLevel.ON_SITE_PART_TIME;
    }
}
