package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A recurring requirement judged by the gaps between checks ({@code max-gap}) over one window: the first check is
 * due one interval after the window's start, each next one interval after the previous check.
 *
 * <p>One finding per gap that owed a check: a gap ended by a check within the interval is MET, one ended by a later
 * check MET_LATE by the excess; the gap from the last check to the window's end (book-out, a transfer, a hospital
 * visit, the end of the state) is NOT_MET by the excess if longer than the interval and owes nothing otherwise.
 * While the window is open, the last finding is the one next check: DUE until the instant it falls due (that
 * instant included), OVERDUE after. A lapse with an exception recorded in it is EXEMPT, one with an event in it that
 * may be a check (missing data) INDETERMINATE; neither stops the clock of the next check. The findings are as many
 * as the checks, whatever the length of the window.
 */
final class GapChecks {
    private GapChecks() {}

    /** A check: the instant it was complete and the events that make it. */
    private record Check(Instant at, List<String> ids) {
        /** The ids as explanations name the check. */
        String text() {
            return ids.size() == 1 ? ids.get(0) : String.join(" ", ids);
        }
    }

    /**
     * Judges one window.
     *
     * @param window the window, already ended at the instant the records are complete through if they end inside it
     */
    static void judge(RequirementContext ctx, Standard version, Requirement requirement, Span window,
            List<Finding> findings) {
        EpisodeSnapshot facts = ctx.facts;
        Duration every = requirement.recurrence().orElseThrow().every();
        Satisfaction satisfaction = requirement.satisfaction().orElseThrow();
        List<String> missing = new ArrayList<>();
        List<Instant> maybes = new ArrayList<>();
        List<Check> checks = checks(ctx, satisfaction, window, maybes, missing);
        List<ExceptionRecorded> exceptions = facts.exceptions(ctx.requirementId);
        String what = ctx.plan.describe(satisfaction);
        // durations in the unit the rule is written in (a 60-minute rule speaks of 90m, not 1h30m)
        RequirementPlan.Stamp stamp = ctx.stamp(requirement);
        String clock = " (every " + stamp.everyText + ")";
        List<String> anchorIds = window.anchorId.isPresent() ? List.of(window.anchorId.get()) : List.of();
        String from = window.anchorId.isPresent() ? window.anchorId.get()
                : window.start.equals(facts.bookIn) ? "book-in"
                : stamp.text(Duration.between(facts.bookIn, window.start)) + " after book-in";
        Instant previous = window.start;
        boolean afterCheck = false;
        String previousText = "the start of the window (" + from + ")";
        for (Check check : checks) {
            if (afterCheck && check.at.equals(previous)) {
                continue; // a second record of the same instant's check: no gap
            }
            Instant due = previous.plus(every);
            Duration gap = Duration.between(previous, check.at);
            Finding.Builder builder = ctx.base(version, requirement, Optional.of(previous), anchorIds, false)
                    .dueAt(due).intervalEnd(check.at).longestGap(gap).satisfiedAt(check.at)
                    .evidenceEventIds(check.ids);
            String checkText = check.text();
            String gapText = stamp.text(gap) + " gap from " + previousText + " to " + checkText;
            if (!check.at.isAfter(due)) {
                findings.add(ctx.finish(builder, FindingStatus.MET, due, ctx.prefix + "met: " + gapText + clock));
            } else {
                lapse(ctx, stamp, builder, previous, check.at, due, maybes, missing, exceptions, findings,
                        "met " + stamp.text(Duration.between(due, check.at)) + " late: " + gapText + clock,
                        FindingStatus.MET_LATE);
            }
            previous = check.at;
            afterCheck = true;
            previousText = checkText;
        }
        Instant due = previous.plus(every);
        Instant end = window.end;
        Duration gap = Duration.between(previous, end);
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(previous), anchorIds, false).dueAt(due)
                .longestGap(gap);
        if (window.open) {
            builder.intervalEnd(due);
            if (!end.isAfter(due)) {
                String when = !due.isBefore(facts.asOf) ? "due in " + stamp.text(Duration.between(facts.asOf, due))
                        : "due: the records end " + stamp.text(Duration.between(end, due)) + " before it (complete through "
                                + end + ")";
                findings.add(ctx.finish(builder, FindingStatus.DUE, due, ctx.prefix + when + ": next " + what + ", "
                        + stamp.text(every) + " after " + previousText + clock));
            } else {
                Duration over = Duration.between(due, end);
                builder.overdueBy(over);
                findings.add(ctx.finish(builder, FindingStatus.OVERDUE, due, ctx.prefix + "overdue by " + stamp.text(over)
                        + ": no " + what + " for " + stamp.text(gap) + " since " + previousText + clock));
            }
        } else if (end.isAfter(due)) {
            builder.intervalEnd(end);
            Duration over = Duration.between(due, end);
            builder.overdueBy(over);
            lapse(ctx, stamp, builder, previous, end, due, maybes, missing, exceptions, findings, "not met: no " + what + " for "
                    + stamp.text(gap) + " from " + previousText + " to the end of the window" + clock, FindingStatus.NOT_MET);
        }
    }

    /** A gap longer than the interval: failed as given, unless an exception or a possible check lies in it. */
    private static void lapse(RequirementContext ctx, RequirementPlan.Stamp stamp, Finding.Builder builder, Instant start, Instant end, Instant due,
            List<Instant> maybes, List<String> missing, List<ExceptionRecorded> exceptions, List<Finding> findings,
            String failed, FindingStatus status) {
        for (Instant maybe : maybes) {
            if (maybe.isAfter(start) && maybe.isBefore(end)) {
                builder.missingData(missing).lateBy(Optional.empty()).overdueBy(Optional.empty());
                findings.add(ctx.finish(builder, FindingStatus.INDETERMINATE, due, ctx.prefix
                        + "indeterminate: an event in a " + stamp.text(Duration.between(start, end))
                        + " gap may be a check; missing " + String.join(", ", missing)));
                return;
            }
        }
        for (ExceptionRecorded exception : exceptions) {
            if (exception.at().isAfter(start) && !exception.at().isAfter(end)) {
                builder.evidenceEventIds(List.of(exception.id())).lateBy(Optional.empty()).overdueBy(Optional.empty());
                findings.add(ctx.finish(builder, FindingStatus.EXEMPT, due, ctx.prefix + "exempt: exception "
                        + exception.id() + " recorded in a " + stamp.text(Duration.between(start, end)) + " gap"));
                return;
            }
        }
        if (status == FindingStatus.MET_LATE) {
            builder.lateBy(Duration.between(due, end));
        }
        findings.add(ctx.finish(builder, status, due, ctx.prefix + failed));
    }

    /**
     * The checks in the window, in time order: each satisfying event (any-of), or the instant by which every
     * satisfier has matched since the previous check (all-of). Events that may satisfy (missing data) are collected
     * apart.
     */
    private static List<Check> checks(RequirementContext ctx, Satisfaction satisfaction, Span window,
            List<Instant> maybes, List<String> missing) {
        List<Satisfier> satisfiers = satisfaction.satisfiers();
        List<Happening> matches = new ArrayList<>();
        List<Integer> by = new ArrayList<>();
        for (int s = 0; s < satisfiers.size(); s++) {
            Satisfier satisfier = satisfiers.get(s);
            for (Happening candidate : ctx.facts.happenings(satisfier.event())) {
                if (candidate.at.isBefore(window.start) || candidate.at.isAfter(window.end)) {
                    continue;
                }
                Judgement match = ctx.matcher.satisfies(satisfier, candidate, window.anchorId);
                if (match.value == Tri.YES) {
                    matches.add(candidate);
                    by.add(s);
                } else if (match.value == Tri.UNKNOWN) {
                    maybes.add(candidate.at);
                    for (String m : match.missing) {
                        if (!missing.contains(m)) {
                            missing.add(m);
                        }
                    }
                }
            }
        }
        List<Check> checks = new ArrayList<>(matches.size());
        if (satisfiers.size() == 1) {
            // one code's happenings come in time order: the sort below would leave them as they are
            for (Happening match : matches) {
                checks.add(new Check(match.at, match.ids()));
            }
            return checks;
        }
        Integer[] order = new Integer[matches.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable: equal instants keep the satisfiers' order
        Arrays.sort(order, (a, b) -> matches.get(a).at.compareTo(matches.get(b).at));
        if (!satisfaction.needsAll()) {
            for (Integer i : order) {
                checks.add(new Check(matches.get(i).at, matches.get(i).ids()));
            }
            return checks;
        }
        BitSet seen = new BitSet(satisfiers.size());
        List<String> ids = new ArrayList<>();
        for (Integer i : order) {
            seen.set(by.get(i));
            ids.addAll(matches.get(i).ids());
            if (seen.cardinality() == satisfiers.size()) {
                checks.add(new Check(matches.get(i).at, List.copyOf(ids)));
                seen.clear();
                ids = new ArrayList<>();
            }
        }
        return checks;
    }
}
