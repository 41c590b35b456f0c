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
import java.time.ZoneId;
import java.util.ArrayList;
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
    private final Catalogue catalogue;

    private IntegrityInspector(Catalogue catalogue) {
        this.catalogue = catalogue;
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
        ZoneId zone = episode.bookInZone();
        List<IntegrityFinding> findings = new ArrayList<>();
        for (String standardId : catalogue.standardIds()) {
            Optional<Standard> inForce = catalogue.inForce(standardId, episode.bookIn().at(), zone);
            if (inForce.isEmpty()) {
                continue;
            }
            Standard standard = inForce.get();
            for (IntegrityCheck check : standard.integrityChecks()) {
                if (catalogue.isDisabled(check.id())) {
                    continue;
                }
                List<Entry> entries = entries(episode, check, asOf);
                if (entries.isEmpty()) {
                    continue;
                }
                for (Sign sign : Detector.of(check).find(check, episode, entries)) {
                    findings.add(finding(episode, standard, check, sign));
                }
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private static List<Entry> entries(CustodyEpisode episode, IntegrityCheck check, Instant asOf) {
        List<Entry> entries = new ArrayList<>();
        for (MedicalEvent event : episode.timeline()) {
            if (event.at().isAfter(asOf)) {
                break;
            }
            if (check.events().contains(event.type().code())) {
                entries.add(Entry.of(event));
            }
        }
        return entries;
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
