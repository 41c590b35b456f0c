package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import gov.cbp.medical.rules.standard.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Everything a rule needs to judge one requirement for one episode: facts, versions, matching, finding assembly. */
final class RequirementContext {
    private static final ZoneId EARLIEST = ZoneOffset.ofHours(14);
    private static final ZoneId LATEST = ZoneOffset.ofHours(-12);

    final EpisodeFacts facts;
    final Catalogue catalogue;
    final String requirementId;
    final String standardId;
    final Matcher matcher;
    final ApplicabilityCheck applicability;
    final Optional<Waiver> waiver;
    final boolean disabled;

    RequirementContext(EpisodeFacts facts, Catalogue catalogue, String requirementId, String standardId) {
        this.facts = facts;
        this.catalogue = catalogue;
        this.requirementId = requirementId;
        this.standardId = standardId;
        this.matcher = new Matcher(facts);
        this.applicability = new ApplicabilityCheck(facts);
        this.waiver = catalogue.waiver(requirementId);
        this.disabled = catalogue.isDisabled(requirementId);
    }

    /** The version in force at an instant, or {@code unknown} when the facility's zone is not known and the local date matters. */
    static final class VersionLookup {
        final Optional<Standard> standard;
        final boolean unknown;

        VersionLookup(Optional<Standard> standard, boolean unknown) {
            this.standard = standard;
            this.unknown = unknown;
        }

        boolean is(Standard version) {
            return !unknown && standard.isPresent() && standard.get().equals(version);
        }
    }

    VersionLookup versionAt(Instant at) {
        Optional<ZoneId> zone = facts.zoneAt(at);
        if (zone.isPresent()) {
            return new VersionLookup(catalogue.inForce(standardId, at, zone.get()), false);
        }
        Optional<Standard> early = catalogue.inForce(standardId, at, EARLIEST);
        Optional<Standard> late = catalogue.inForce(standardId, at, LATEST);
        return early.equals(late) ? new VersionLookup(early, false) : new VersionLookup(Optional.empty(), true);
    }

    /** The versions of the standard that hold the requirement. */
    List<Standard> versionsHolding() {
        List<Standard> result = new ArrayList<>();
        for (Standard version : catalogue.versions(standardId)) {
            if (version.requirement(requirementId).isPresent()) {
                result.add(version);
            }
        }
        return result;
    }

    /** The instants at which the standard's version may change, for the zones of the episode. */
    TreeSet<Instant> versionBoundaries() {
        TreeSet<Instant> points = new TreeSet<>();
        List<ZoneId> zones = facts.zones();
        for (Standard version : catalogue.versions(standardId)) {
            List<LocalDate> dates = new ArrayList<>();
            dates.add(version.effectiveFrom());
            version.effectiveTo().ifPresent(dates::add);
            for (LocalDate date : dates) {
                for (ZoneId zone : zones) {
                    points.add(date.atStartOfDay(zone).toInstant());
                }
            }
        }
        return points;
    }

    Finding.Builder base(Standard version, Requirement requirement, Optional<Instant> triggerAt, List<String> triggerIds,
            boolean estimatedAge) {
        Finding.Builder builder = Finding.builder()
                .episodeId(facts.episode.episodeId())
                .requirementId(requirementId)
                .standardId(version.id())
                .standardVersion(version.version())
                .severity(requirement.severity().code())
                .citation(requirement.citation().text())
                .triggerAt(triggerAt)
                .triggerEventIds(triggerIds)
                .interpretation(requirement.isInterpretation())
                .estimatedAge(estimatedAge);
        waiver.ifPresent(w -> builder.waiver(w.text()));
        return builder;
    }

    /**
     * Completes a finding: its status and explanation, the facility and hold room at the instant given (clamped
     * to the evaluation instant), and a disabled requirement's waiver turning an open or failed status into
     * {@code EXEMPT}.
     */
    Finding finish(Finding.Builder builder, FindingStatus status, Instant locateAt, String explanation) {
        FindingStatus finalStatus = status;
        String finalExplanation = explanation;
        if (disabled && (status == FindingStatus.DUE || status == FindingStatus.OVERDUE || status == FindingStatus.NOT_MET)) {
            finalStatus = FindingStatus.EXEMPT;
            finalExplanation = "exempt: waived locally" + waiver.map(w -> " (" + w.id() + ")").orElse("")
                    + "; was " + status.code();
            builder.lateBy(Optional.empty()).overdueBy(Optional.empty());
        }
        Instant at = locateAt.isAfter(facts.asOf) ? facts.asOf : locateAt;
        facts.facilityAt(at).map(Facility::facilityId).ifPresent(builder::facilityId);
        facts.holdRoomAt(at).ifPresent(builder::holdRoom);
        return builder.status(finalStatus).explanation(requirementId + " " + finalExplanation).build();
    }

    static String describe(List<Satisfier> satisfiers, boolean all) {
        List<String> names = new ArrayList<>();
        for (Satisfier satisfier : satisfiers) {
            String name = satisfier.event();
            if (Satisfier.TRIGGER.equals(name)) {
                List<String> parts = new ArrayList<>(satisfier.where().keySet());
                satisfier.conditions().forEach(c -> parts.add(c.code()));
                name = String.join(" and ", parts) + " on the triggering event";
            } else if (satisfier.where().size() == 1) {
                var entry = satisfier.where().entrySet().iterator().next();
                name += " (" + entry.getKey() + " " + String.join("/", entry.getValue()) + ")";
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(all ? " and " : " or ", names);
    }
}
