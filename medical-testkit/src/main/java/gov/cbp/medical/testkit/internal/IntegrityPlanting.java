package gov.cbp.medical.testkit.internal;

import gov.cbp.medical.model.care.HospitalDischarge;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.common.RecordSystem;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the record-integrity patterns of the baseline catalogue's checks (RECORD-INTEGRITY) into generated
 * episodes, so that demos and tests show them with data: a check entered hours late, a burst of entries made at
 * once, a run of exactly regular checks, one observer in two hold rooms within a minute, and a check of a
 * person who was elsewhere (at the hospital, or in a hold room of the facility left after a transfer).
 *
 * <p>A chosen episode gets one pattern; one that cannot carry the chosen pattern (too few checks, no transfer or
 * hospital stay) tries the next. Planted events stay inside custody, so the episode stays valid. The random
 * stream is the episode's own and is not drawn from at all when the share is zero, so that other episodes and
 * the settings' defaults are unchanged.
 */
public final class IntegrityPlanting {
    /** The patterns, in the order they are tried from the one drawn. */
    enum Pattern { LATE, BURST, REGULAR, OBSERVER, ELSEWHERE }

    private IntegrityPlanting() {}

    /**
     * Plants one pattern into an episode with a probability.
     *
     * @param episode the generated episode
     * @param share the probability that the episode gets a pattern, 0 for none
     * @param r the episode's own random stream
     * @return the episode, changed or not
     */
    public static CustodyEpisode plant(CustodyEpisode episode, double share, SplittableRandom r) {
        if (share <= 0 || !Rand.chance(r, share)) {
            return episode;
        }
        Pattern[] patterns = Pattern.values();
        int first = r.nextInt(patterns.length);
        for (int k = 0; k < patterns.length; k++) {
            CustodyEpisode planted = plant(episode, patterns[(first + k) % patterns.length], r);
            if (planted != null) {
                return planted;
            }
        }
        return episode;
    }

    /**
     * Plants one pattern.
     *
     * @param episode the episode
     * @param pattern the pattern
     * @param r the random stream
     * @return the changed episode, or null if the episode cannot carry the pattern
     */
    static CustodyEpisode plant(CustodyEpisode episode, Pattern pattern, SplittableRandom r) {
        List<WelfareCheck> checks = episode.eventsOf(WelfareCheck.class);
        switch (pattern) {
            case LATE:
                return late(episode, checks, r);
            case BURST:
                return burst(episode, checks, r);
            case REGULAR:
                return regular(episode, checks, r);
            case OBSERVER:
                return observer(episode, checks, r);
            default:
                return elsewhere(episode, checks, r);
        }
    }

    /** One check recorded in e3 three to ten hours after it happened. */
    private static CustodyEpisode late(CustodyEpisode episode, List<WelfareCheck> checks, SplittableRandom r) {
        if (checks.isEmpty()) {
            return null;
        }
        WelfareCheck check = checks.get(r.nextInt(checks.size()));
        Instant recorded = check.at().plus(Rand.minutes(r, 180, 600));
        return replace(episode, List.of(check), List.of(recordedLater(check, recorded)));
    }

    /** Six to twelve consecutive checks spanning two hours or more, all recorded within five minutes after the last. */
    private static CustodyEpisode burst(CustodyEpisode episode, List<WelfareCheck> checks, SplittableRandom r) {
        int count = Rand.between(r, 6, 8);
        for (int start = 0; start + count <= checks.size(); start++) {
            int end = start + count - 1;
            while (end < checks.size()
                    && Duration.between(checks.get(start).at(), checks.get(end).at()).compareTo(Duration.ofMinutes(125)) < 0) {
                end++;
            }
            if (end >= checks.size() || end - start + 1 > 12) {
                continue;
            }
            List<WelfareCheck> old = checks.subList(start, end + 1);
            Instant t = old.get(old.size() - 1).at().plus(Rand.minutes(r, 10, 120));
            List<WelfareCheck> changed = new ArrayList<>();
            int step = Math.min(40, 280 / (old.size() - 1));
            for (WelfareCheck check : old) {
                changed.add(recordedLater(check, t));
                t = t.plusSeconds(Rand.between(r, 10, step));
            }
            return replace(episode, old, changed);
        }
        return null;
    }

    /** Ten consecutive checks rewritten to exactly the same spacing (their mean, to the minute). */
    private static CustodyEpisode regular(CustodyEpisode episode, List<WelfareCheck> checks, SplittableRandom r) {
        int n = 10;
        if (checks.size() < n + 1) {
            return null;
        }
        int start = r.nextInt(checks.size() - n);
        List<WelfareCheck> old = checks.subList(start, start + n);
        long spacing = Duration.between(old.get(0).at(), old.get(n - 1).at()).toMinutes() / (n - 1);
        Instant last = old.get(0).at().plus(Duration.ofMinutes(spacing * (n - 1)));
        if (spacing < 5 || !last.isBefore(checks.get(start + n).at()) || hasEventBetween(episode, old.get(0).at(), last)) {
            return null;
        }
        List<WelfareCheck> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            changed.add(old.get(i).toBuilder().at(old.get(0).at().plus(Duration.ofMinutes(spacing * i))).build());
        }
        return replace(episode, old, changed);
    }

    /** A second entry by a check's observer a minute later for another hold room. */
    private static CustodyEpisode observer(CustodyEpisode episode, List<WelfareCheck> checks, SplittableRandom r) {
        List<WelfareCheck> candidates = new ArrayList<>();
        for (WelfareCheck check : checks) {
            if (check.observerId().isPresent() && check.holdRoom().isPresent() && episode.bookOut()
                    .map(out -> check.at().plusSeconds(90).isBefore(out.at())).orElse(true)) {
                candidates.add(check);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        WelfareCheck check = candidates.get(r.nextInt(candidates.size()));
        WelfareCheck twin = check.toBuilder().id(check.id() + "-B").at(check.at().plusSeconds(Rand.between(r, 30, 90)))
                .holdRoom(check.holdRoom().get() + "-B").observations(java.util.Optional.empty()).build();
        return add(episode, twin);
    }

    /** A check during a hospital stay, or in the hold room of the facility left after a transfer. */
    private static CustodyEpisode elsewhere(CustodyEpisode episode, List<WelfareCheck> checks, SplittableRandom r) {
        if (checks.isEmpty()) {
            return null;
        }
        WelfareCheck model = checks.get(0);
        for (HospitalDischarge discharge : episode.eventsOf(HospitalDischarge.class)) {
            MedicalEvent visit = episode.event(discharge.visitEventId()).orElse(null);
            if (visit instanceof HospitalVisit && Duration.between(visit.at(), discharge.at()).toMinutes() > 30) {
                Instant at = visit.at().plus(Duration.between(visit.at(), discharge.at()).dividedBy(2));
                return add(episode, model.toBuilder().id(model.id() + "-H").at(at).build());
            }
        }
        String homeRoom = episode.bookIn().holdRoom().orElse(null);
        for (Transfer transfer : episode.eventsOf(Transfer.class)) {
            Instant at = transfer.at().plus(Rand.minutes(r, 20, 90));
            boolean inCustody = episode.bookOut().map(out -> at.isBefore(out.at())).orElse(true);
            if (homeRoom != null && !transfer.holdRoom().map(homeRoom::equals).orElse(false) && inCustody) {
                return add(episode, model.toBuilder().id(model.id() + "-T").at(at).holdRoom(homeRoom).build());
            }
        }
        return null;
    }

    private static WelfareCheck recordedLater(WelfareCheck check, Instant recordedAt) {
        return check.toBuilder().provenance(Provenance.builder().recordedAt(recordedAt)
                .recordedBy(check.observerId().orElse("AGENT-SYN-0")).system(RecordSystem.E3).build()).build();
    }

    private static boolean hasEventBetween(CustodyEpisode episode, Instant from, Instant to) {
        for (MedicalEvent event : episode.events()) {
            boolean away = event instanceof HospitalVisit || event instanceof Transfer;
            if (away && !event.at().isBefore(from) && !event.at().isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    private static CustodyEpisode replace(CustodyEpisode episode, List<WelfareCheck> old, List<WelfareCheck> changed) {
        List<MedicalEvent> events = new ArrayList<>(episode.events());
        for (int i = 0; i < old.size(); i++) {
            events.set(events.indexOf(old.get(i)), changed.get(i));
        }
        events.sort(java.util.Comparator.comparing(MedicalEvent::at));
        return episode.toBuilder().events(events).build();
    }

    private static CustodyEpisode add(CustodyEpisode episode, WelfareCheck check) {
        List<MedicalEvent> events = new ArrayList<>(episode.events());
        events.add(check);
        events.sort(java.util.Comparator.comparing(MedicalEvent::at));
        return episode.toBuilder().events(events).build();
    }
}
