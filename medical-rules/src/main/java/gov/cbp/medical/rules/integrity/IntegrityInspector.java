package gov.cbp.medical.rules.integrity;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.rules.integrity.internal.Detector;
import gov.cbp.medical.rules.integrity.internal.Entry;
import gov.cbp.medical.rules.integrity.internal.Sign;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inspects custody episodes with the record-integrity checks of a catalogue: which events look back-filled or
 * falsified, and why.
 *
 * <p>The checks are those of every standard version in force at book-in (the book-in facility's local date),
 * with a local policy's overrides applied and its disabled checks left out. Only events at or before the
 * evaluation instant are read. Before book-in nothing is inspected. Findings are ordered by the time of their
 * first event, then check id, then first event id.
 *
 * <pre>{@code
 * List<IntegrityFinding> concerns = IntegrityInspector.of(Catalogue.baseline()).inspect(episode, asOf);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable, pure, deterministic and thread-safe; reads no clock.
 *
 * @since 0.2
 */
public final class IntegrityInspector {
    private static final Comparator<IntegrityFinding> ORDER = Comparator.comparing(IntegrityFinding::at)
            .thenComparing(IntegrityFinding::checkId).thenComparing(f -> f.eventIds().get(0));
    /** Each standard's versions, by standard id, with their enabled checks: the catalogue's lookups done once. */
    private final List<StandardChecks> standards;

    private IntegrityInspector(Catalogue catalogue) {
        List<StandardChecks> plans = new ArrayList<>();
        for (String standardId : catalogue.standardIds()) {
            List<Standard> versions = catalogue.versions(standardId);
            List<List<IntegrityCheck>> enabled = new ArrayList<>(versions.size());
            for (Standard version : versions) {
                List<IntegrityCheck> checks = new ArrayList<>();
                for (IntegrityCheck check : version.integrityChecks()) {
                    if (!catalogue.isDisabled(check.id())) {
                        checks.add(check);
                    }
                }
                enabled.add(List.copyOf(checks));
            }
            plans.add(new StandardChecks(versions, enabled));
        }
        this.standards = List.copyOf(plans);
    }

    /** One standard's versions by effective date, and the checks of each that are not disabled. */
    private record StandardChecks(List<Standard> versions, List<List<IntegrityCheck>> enabled) {
        /** As {@code Catalogue.inForce}: the index of the latest version in effect by the date, unless it has ended; or -1. */
        int inForce(LocalDate date) {
            int candidate = -1;
            for (int i = 0; i < versions.size(); i++) {
                if (!versions.get(i).effectiveFrom().isAfter(date)) {
                    candidate = i;
                }
            }
            if (candidate < 0) {
                return -1;
            }
            Optional<LocalDate> to = versions.get(candidate).effectiveTo();
            return to.isPresent() && !date.isBefore(to.get()) ? -1 : candidate;
        }
    }

    /**
     * Obtains an inspector for a catalogue.
     *
     * @param catalogue the catalogue, not null
     * @return the inspector, not null
     * @throws NullPointerException if the catalogue is null
     */
    public static IntegrityInspector of(Catalogue catalogue) {
        return new IntegrityInspector(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Inspects an episode as of an instant.
     *
     * @param episode the episode, not null; it need not be valid
     * @param asOf the evaluation instant (UTC), not null
     * @return the findings in a stable order, not null, empty if nothing looks doubtful
     * @throws NullPointerException if an argument is null
     */
    public List<IntegrityFinding> inspect(CustodyEpisode episode, Instant asOf) {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(episode.bookIn().at())) {
            return List.of();
        }
        LocalDate bookInDate = episode.bookInLocalDate();
        List<IntegrityFinding> findings = null;
        Entries entries = null;
        for (StandardChecks plan : standards) {
            int inForce = plan.inForce(bookInDate);
            if (inForce < 0) {
                continue;
            }
            Standard standard = plan.versions().get(inForce);
            for (IntegrityCheck check : plan.enabled().get(inForce)) {
                if (entries == null) {
                    entries = new Entries(episode.timeline(), asOf);
                }
                List<Entry> seen = entries.of(check.events());
                if (seen.isEmpty()) {
                    continue;
                }
                for (Sign sign : Detector.of(check).find(check, episode, seen)) {
                    if (findings == null) {
                        findings = new ArrayList<>();
                    }
                    findings.add(finding(episode, standard, check, sign));
                }
            }
        }
        if (findings == null) {
            return List.of();
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /**
     * The entries of the events seen at the evaluation instant, each made once and shared by the checks (which only
     * read them); the checks of one standard name the same event types, so their lists are shared too.
     */
    private static final class Entries {
        private final List<MedicalEvent> timeline;
        private final int seen;
        private final Entry[] made;
        private List<String> lastCodes;
        private List<Entry> lastEntries;

        Entries(List<MedicalEvent> timeline, Instant asOf) {
            this.timeline = timeline;
            int count = 0;
            while (count < timeline.size() && !timeline.get(count).at().isAfter(asOf)) {
                count++;
            }
            this.seen = count;
            this.made = new Entry[count];
        }

        /** The entries of the events of some type codes, by time then id. */
        List<Entry> of(List<String> codes) {
            if (codes.equals(lastCodes)) {
                return lastEntries;
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < seen; i++) {
                MedicalEvent event = timeline.get(i);
                if (codes.contains(event.type().code())) {
                    if (made[i] == null) {
                        made[i] = Entry.of(event);
                    }
                    entries.add(made[i]);
                }
            }
            lastCodes = codes;
            lastEntries = entries.isEmpty() ? List.of() : Collections.unmodifiableList(entries);
            return lastEntries;
        }
    }

    private static IntegrityFinding finding(CustodyEpisode episode, Standard standard, IntegrityCheck check,
            Sign sign) {
        IntegrityFinding.Builder b = IntegrityFinding.builder()
                .episodeId(episode.episodeId())
                .checkId(check.id())
                .kind(check.kind())
                .standardId(standard.id())
                .standardVersion(standard.version())
                .at(sign.at())
                .eventIds(sign.eventIds())
                .citation(check.citation().text())
                .explanation(check.id() + ": " + sign.explanation()
                        + (check.isInterpretation() ? "; the threshold is an interpretation" : ""))
                .interpretation(check.isInterpretation());
        episode.facilityAt(sign.at()).ifPresent(facility -> b.facilityId(facility.facilityId()));
        return b.build();
    }
}
