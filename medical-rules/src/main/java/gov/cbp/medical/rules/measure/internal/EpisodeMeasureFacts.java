package gov.cbp.medical.rules.measure.internal;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.PregnancyIdentified;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.measure.StratifierDimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the measures need to know about one episode and its evaluation, computed once and shared by every
 * measure: book-in facility and local date, age, pregnancy, findings by requirement, and the stratum values
 * of the episode and of each finding.
 */
public final class EpisodeMeasureFacts {
    /** The stratum value when the data does not decide. */
    public static final String UNKNOWN = "unknown";
    private static final int DIMENSIONS = StratifierDimension.values().length;

    private final CustodyEpisode episode;
    private final EpisodeEvaluation evaluation;
    private final Facility bookInFacility;
    private final ZoneId zone;
    private final LocalDate bookInDate;
    private final Age age;
    private final boolean pregnant;
    private final boolean usCitizenNewborn;
    /** Asked by many measures for every member, so decided once. */
    private final boolean custodyClosed;
    private final Set<EventType> eventTypes = EnumSet.noneOf(EventType.class);
    private final Map<String, List<Finding>> findings = new HashMap<>(64);
    private final Map<String, Facility> facilities = new HashMap<>();
    private final StratumValues shared;
    /**
     * The anchor span of the last member asked for: every measure of a finding asks in turn. Other members are
     * found again among {@link #spans}, two instant comparisons per span.
     */
    private Finding lastMember;
    private AnchorSpan lastMemberSpan;
    private AnchorSpan selfSpan;
    /** The spans of the anchors computed so far: most members of an episode fall in a few (a facility's day). */
    private final List<AnchorSpan> spans = new ArrayList<>(4);
    /** The age band of the last bounds asked for (stratifiers share one list of bounds, usually the default). */
    private List<Integer> lastAgeBands;
    private String lastAgeBand;
    private final String[] episodeValues;

    /**
     * Gathers the facts.
     *
     * @param episode the episode
     * @param evaluation its evaluation
     */
    public EpisodeMeasureFacts(CustodyEpisode episode, EpisodeEvaluation evaluation) {
        this(episode, evaluation, new StratumValues());
    }

    /**
     * Gathers the facts, sharing stratum values with the other episodes of a run.
     *
     * @param episode the episode
     * @param evaluation its evaluation
     * @param shared the run's stratum values, used by one thread at a time
     */
    public EpisodeMeasureFacts(CustodyEpisode episode, EpisodeEvaluation evaluation, StratumValues shared) {
        this.shared = shared;
        this.episode = episode;
        this.evaluation = evaluation;
        for (Facility facility : episode.facilities()) {
            facilities.putIfAbsent(facility.facilityId(), facility);
        }
        this.bookInFacility = episode.bookInFacility().orElse(null);
        this.zone = episode.bookInZone();
        this.bookInDate = episode.bookInLocalDate();
        Detainee detainee = episode.detainee();
        this.age = episode.ageAtBookIn().orElse(null);
        boolean pregnancy = detainee.pregnancy().isPresent();
        boolean newborn = detainee.usCitizenNewborn();
        for (MedicalEvent event : episode.events()) {
            eventTypes.add(event.type());
            pregnancy |= event instanceof PregnancyIdentified;
            newborn |= event instanceof Birth && ((Birth) event).newbornUsCitizen();
        }
        this.pregnant = pregnancy;
        this.usCitizenNewborn = newborn;
        this.custodyClosed = episode.bookOut().map(out -> !out.at().isAfter(evaluation.asOf())).orElse(false);
        groupFindings(evaluation.findings());
        this.episodeValues = new String[DIMENSIONS];
        episodeValues[StratifierDimension.POPULATION_CLASS.ordinal()] = detainee.populationClass().code();
        episodeValues[StratifierDimension.PREGNANCY.ordinal()] = pregnant ? "pregnant" : "not-pregnant";
        episodeValues[StratifierDimension.LANGUAGE.ordinal()] = detainee.language()
                .map(l -> l.preferred().toLowerCase(Locale.ROOT)).orElse(UNKNOWN);
        episodeValues[StratifierDimension.INTERPRETER_NEED.ordinal()] = detainee.language()
                .map(l -> l.interpreterNeeded() ? "needed" : "not-needed").orElse(UNKNOWN);
    }

    /**
     * Groups the findings by requirement. The evaluator orders them by requirement id, so each requirement is
     * one run and becomes a view of the list; an evaluation in another order is grouped finding by finding.
     */
    private void groupFindings(List<Finding> all) {
        int start = 0;
        for (int i = 1; i <= all.size(); i++) {
            String requirement = all.get(start).requirementId();
            if (i < all.size() && all.get(i).requirementId().equals(requirement)) {
                continue;
            }
            if (findings.putIfAbsent(requirement, all.subList(start, i)) != null) {
                findings.clear();
                for (Finding finding : all) {
                    findings.computeIfAbsent(finding.requirementId(), k -> new ArrayList<>(4)).add(finding);
                }
                return;
            }
            start = i;
        }
    }

    /** @return the episode */
    public CustodyEpisode episode() {
        return episode;
    }

    /** @return the evaluation */
    public EpisodeEvaluation evaluation() {
        return evaluation;
    }

    /** @return the book-in facility, null if the episode does not list it */
    public Facility bookInFacility() {
        return bookInFacility;
    }

    /** @return the book-in's local date in the book-in facility's zone (UTC if unknown) */
    public LocalDate bookInDate() {
        return bookInDate;
    }

    /** @return the age at book-in, null if unknown */
    public Age age() {
        return age;
    }

    /** @return whether pregnant at book-in or identified in custody */
    public boolean pregnant() {
        return pregnant;
    }

    /** @return whether a U.S.-citizen newborn or with a U.S.-citizen birth in the episode */
    public boolean usCitizenNewborn() {
        return usCitizenNewborn;
    }

    /**
     * Whether the episode has an event of a type.
     *
     * @param type the type
     * @return true if present
     */
    public boolean hasEvent(EventType type) {
        return eventTypes.contains(type);
    }

    /**
     * The findings of a requirement.
     *
     * @param requirementId the id
     * @return the findings in evaluation order, not null
     */
    public List<Finding> findings(String requirementId) {
        return findings.getOrDefault(requirementId, List.of());
    }

    /**
     * Whether the episode is closed at its evaluation instant.
     *
     * @return true if booked out at or before the evaluation instant
     */
    public boolean custodyClosed() {
        return custodyClosed;
    }

    /**
     * The stratum value of one dimension for a member.
     *
     * @param dimension the dimension
     * @param finding the member finding, or null for the episode itself
     * @param ageBands the age-band lower bounds
     * @return the value, not null
     */
    public String value(StratifierDimension dimension, Finding finding, List<Integer> ageBands) {
        if (dependsOnMember(dimension)) {
            return span(finding).values[dimension.ordinal()];
        }
        if (dimension == StratifierDimension.AGE_BAND) {
            if (ageBands != lastAgeBands) {
                lastAgeBand = ageBand(ageBands);
                lastAgeBands = ageBands;
            }
            return lastAgeBand;
        }
        return episodeValues[dimension.ordinal()];
    }

    /**
     * Whether a dimension's value depends on the member (its facility or time, from {@link #anchor}) rather than
     * on the episode alone (age band, population class, pregnancy, language, interpreter need).
     *
     * @param dimension the dimension
     * @return true if it is one of the member's anchor values
     */
    static boolean dependsOnMember(StratifierDimension dimension) {
        switch (dimension) {
            case AGE_BAND:
            case POPULATION_CLASS:
            case PREGNANCY:
            case LANGUAGE:
            case INTERPRETER_NEED:
                return false;
            default:
                return true;
        }
    }

    private String ageBand(List<Integer> bands) {
        return age == null ? UNKNOWN : shared.ageBand(bands, age.years());
    }

    static String ageBand(List<Integer> bands, int years) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (years >= bands.get(i)) {
                return i == bands.size() - 1 ? bands.get(i) + "+" : bands.get(i) + "-" + (bands.get(i + 1) - 1);
            }
        }
        return UNKNOWN;
    }

    /**
     * The anchor span of a member: the instants at its facility that share its anchor values.
     *
     * @param finding the member, or null for the episode
     * @return the span, its values set
     */
    AnchorSpan span(Finding finding) {
        if (finding == null) {
            if (selfSpan == null) {
                selfSpan = findSpan(null);
            }
            return selfSpan;
        }
        if (finding != lastMember) {
            lastMemberSpan = findSpan(finding);
            lastMember = finding;
        }
        return lastMemberSpan;
    }

    private AnchorSpan findSpan(Finding finding) {
        Facility facility = bookInFacility;
        String facilityId = episode.bookIn().facilityId();
        Instant at = episode.bookIn().at();
        if (finding != null) {
            if (finding.facilityId().isPresent()) {
                facilityId = finding.facilityId().get();
                facility = facilities.get(facilityId);
            }
            at = finding.triggerAt().or(finding::dueAt).orElse(at);
        }
        for (AnchorSpan span : spans) {
            if (span.holds(facilityId, facility, at)) {
                return span;
            }
        }
        AnchorSpan span = AnchorSpan.around(facilityId, facility, at);
        LocalDate date = span.date();
        String component = facility == null ? UNKNOWN : facility.component().code();
        String area = facility == null ? UNKNOWN : facility.area();
        String surge = facility == null ? UNKNOWN : facility.surgeLevelAt(at).code();
        // The key holds every input of the values: episodes may describe the same facility id differently.
        span.values = shared.anchor(List.of(facilityId, component, area, surge, date), k -> {
            String[] values = new String[DIMENSIONS];
            values[StratifierDimension.FACILITY.ordinal()] = (String) k.get(0);
            values[StratifierDimension.COMPONENT.ordinal()] = (String) k.get(1);
            values[StratifierDimension.AREA.ordinal()] = (String) k.get(2);
            values[StratifierDimension.SURGE_LEVEL.ordinal()] = (String) k.get(3);
            String day = date.toString();
            values[StratifierDimension.DAY.ordinal()] = day;
            values[StratifierDimension.WEEK.ordinal()] = week(date);
            values[StratifierDimension.MONTH.ordinal()] = day.substring(0, 7);
            return values;
        });
        spans.add(span);
        return span;
    }

    /** The ISO week as {@code %d-W%02d}, without a Formatter. */
    private static String week(LocalDate date) {
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return date.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
}
