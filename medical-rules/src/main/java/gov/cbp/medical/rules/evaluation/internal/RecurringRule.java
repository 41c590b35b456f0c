package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Recurrence;
import gov.cbp.medical.rules.standard.RecurrenceMode;
import gov.cbp.medical.rules.standard.RecurrenceWindow;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code recurring} rule: while the recurrence's state holds, the requirement applies and its standard
 * version holds it, checks are judged over each window by the recurrence's mode: by the gaps between them
 * ({@link GapChecks}) or by a fixed grid of intervals from the start of the window ({@link #grid}). A window is
 * judged only as far as the records go: past the instant they are complete through it is open there.
 *
 * <p>In the grid, the first interval of a window is {@code [start, start + every]}, each later one
 * {@code (end of previous, end of previous + every]}; one finding per interval that has begun by the end of the
 * records and is owed (a last interval cut short by the window's end is not owed). An interval is MET if a
 * satisfying event lies in it, NOT_MET once it has closed without one, and DUE while it is open; once the current
 * interval is met (or excused), the next one is DUE, so an open window always has one next check. Consecutive closed intervals without anything in them are one NOT_MET
 * finding that counts them, so the findings follow the records, not the clock. The longest gap is measured inside
 * the interval, from its start to its end (or to the end of the records for the current interval).
 */
final class RecurringRule implements Rule {
    /** The largest interval index: centuries of minutes; larger offsets (records centuries apart) are capped here. */
    static final int MAX_INDEX = Integer.MAX_VALUE - 2;
    /** Offsets from this many seconds on do not fit in nanoseconds. */
    private static final long NANO_SAFE_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

    @Override
    public Result evaluate(RequirementContext ctx) {
        List<Finding> findings = new ArrayList<>();
        String reason = null;
        boolean anyWindow = false;
        List<Standard> holding = ctx.plan.holding;
        for (int v = 0; v < holding.size(); v++) {
            Standard version = holding.get(v);
            Requirement requirement = ctx.plan.definitions.get(v);
            Recurrence recurrence = requirement.recurrence().orElseThrow();
            // judged by gaps, a transfer ends the sending facility's duty and starts the receiving one's clock
            List<Instant> transfers = recurrence.mode() == RecurrenceMode.MAX_GAP ? ctx.facts.transferTimes() : List.of();
            List<Span> base = recurrence.during() == RecurrenceWindow.IN_FACILITY ? ctx.facts.inFacility()
                    : ctx.facts.inMonitoring();
            if (base.isEmpty() && reason == null) {
                reason = recurrence.during() == RecurrenceWindow.IN_FACILITY ? "not in custody at the facility"
                        : "no monitoring-placement";
            }
            // worked out only for a requirement with a window to cut (none without a monitoring placement)
            Instant[] points = base.isEmpty() ? null : ctx.timeline.cutPoints();
            for (Span span : base) {
                List<Instant> cuts = new ArrayList<>();
                cuts.add(span.start);
                // the points strictly inside the span, found by binary search over the sorted points
                int first = Arrays.binarySearch(points, span.start);
                first = first >= 0 ? first + 1 : -first - 1;
                for (int i = first; i < points.length && points[i].isBefore(span.end); i++) {
                    cuts.add(points[i]);
                }
                Instant windowStart = null;
                Instant unknownStart = null;
                List<String> unknownMissing = new ArrayList<>();
                for (Instant from : cuts) {
                    VersionTimeline.VersionLookup lookup = ctx.versionAt(from);
                    Judgement judgement;
                    if (lookup.unknown) {
                        judgement = Judgement.unknown("/facilities");
                    } else if (!lookup.is(version)) {
                        judgement = null;
                    } else {
                        judgement = ctx.applicability.judge(requirement.applicability(), from);
                    }
                    Tri value = judgement == null ? Tri.NO : judgement.value;
                    if (value != Tri.YES && windowStart != null) {
                        anyWindow = true;
                        judge(ctx, version, requirement, new Span(windowStart, from, span.anchorId, false), findings);
                        windowStart = null;
                    }
                    if (value != Tri.UNKNOWN && unknownStart != null) {
                        findings.add(indeterminate(ctx, version, requirement, unknownStart, from, span, unknownMissing));
                        unknownStart = null;
                        unknownMissing = new ArrayList<>();
                    }
                    if (value == Tri.YES && windowStart == null) {
                        windowStart = from;
                    } else if (value == Tri.YES && transfers.contains(from) && from.isAfter(windowStart)) {
                        anyWindow = true;
                        judge(ctx, version, requirement, new Span(windowStart, from, span.anchorId, false), findings);
                        windowStart = from;
                    } else if (value == Tri.UNKNOWN) {
                        unknownStart = unknownStart == null ? from : unknownStart;
                        for (String missing : judgement.missing) {
                            if (!unknownMissing.contains(missing)) {
                                unknownMissing.add(missing);
                            }
                        }
                    } else if (value == Tri.NO && judgement != null && reason == null) {
                        reason = judgement.reason;
                    }
                }
                if (windowStart != null) {
                    anyWindow = true;
                    judge(ctx, version, requirement, new Span(windowStart, span.end, span.anchorId, span.open), findings);
                }
                if (unknownStart != null) {
                    findings.add(indeterminate(ctx, version, requirement, unknownStart, span.end, span, unknownMissing));
                }
            }
        }
        if (findings.isEmpty() && anyWindow) {
            reason = "in the state for less than one interval";
        }
        return new Result(findings, findings.isEmpty() ? ctx.prefix + "not applicable: " + (reason == null ? "requirement not in force" : reason) : null);
    }

    private static Finding indeterminate(RequirementContext ctx, Standard version, Requirement requirement, Instant from,
            Instant to, Span span, List<String> missing) {
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(from),
                span.anchorId.map(List::of).orElse(List.of()), false).intervalEnd(to).missingData(missing);
        return ctx.finish(builder, FindingStatus.INDETERMINATE, to,
                ctx.prefix + "indeterminate: whether it applies for " + CompactDuration.text(Duration.between(from, to))
                        + "; missing " + String.join(", ", missing));
    }

    /** Judges one window in the recurrence's mode, ended at the instant the records are complete through. */
    private static void judge(RequirementContext ctx, Standard version, Requirement requirement, Span window,
            List<Finding> findings) {
        Instant through = ctx.facts.recordsThrough;
        Span judged = window;
        if (window.end.isAfter(through)) {
            judged = new Span(window.start, window.start.isAfter(through) ? window.start : through, window.anchorId, true);
        }
        if (requirement.recurrence().orElseThrow().mode() == RecurrenceMode.MAX_GAP) {
            GapChecks.judge(ctx, version, requirement, judged, findings);
        } else {
            grid(ctx, version, requirement, judged, findings);
        }
    }

    private static void grid(RequirementContext ctx, Standard version, Requirement requirement, Span window,
            List<Finding> findings) {
        EpisodeSnapshot facts = ctx.facts;
        Duration every = requirement.recurrence().orElseThrow().every();
        Satisfaction satisfaction = requirement.satisfaction().orElseThrow();
        List<Satisfier> satisfiers = satisfaction.satisfiers();
        long everyNanos = every.toNanos();
        // the window's end: for an open window the end of the records, the instant the grid is judged at
        Instant now = window.end;
        // matches of each satisfier inside the window, bucketed by interval index
        List<Map<Integer, List<Happening>>> buckets = new ArrayList<>();
        List<List<Happening>> maybes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        // the intervals with anything in them (a match, a possible match, an exception): the others need no look
        // (a sorted set, not a bit set: an event far in the future must not cost memory in proportion to its index)
        TreeSet<Integer> busy = new TreeSet<>();
        for (Satisfier satisfier : satisfiers) {
            Map<Integer, List<Happening>> bySatisfier = new HashMap<>();
            List<Happening> maybe = new ArrayList<>();
            for (Happening candidate : facts.happenings(satisfier.event())) {
                if (candidate.at.isBefore(window.start) || candidate.at.isAfter(now)) {
                    continue;
                }
                Judgement match = ctx.matcher.satisfies(satisfier, candidate, window.anchorId);
                if (match.value == Tri.NO) {
                    continue;
                }
                int index = index(window.start, candidate.at, everyNanos);
                busy.add(index);
                if (match.value == Tri.UNKNOWN) {
                    maybe.add(candidate);
                    missing.addAll(match.missing);
                    continue;
                }
                bySatisfier.computeIfAbsent(index, i -> new ArrayList<>()).add(candidate);
            }
            buckets.add(bySatisfier);
            maybes.add(maybe);
        }
        List<ExceptionRecorded> exceptions = facts.exceptions(ctx.requirementId);
        for (ExceptionRecorded exception : exceptions) {
            if (!exception.at().isBefore(window.start) && !exception.at().isAfter(now)) {
                busy.add(index(window.start, exception.at(), everyNanos));
            }
        }
        Grid grid = new Grid(ctx, version, requirement, window, every, everyNanos, satisfaction, buckets, maybes, missing,
                exceptions);
        // the last interval judged: the current one of an open window, the last whole one of a closed window
        int last = window.open ? index(window.start, now, everyNanos) : wholeIntervals(window.start, now, everyNanos) - 1;
        FindingStatus lastStatus = null;
        int k = 0;
        while (k <= last) {
            boolean current = window.open && k == last;
            if (!busy.contains(k) && !current) {
                Integer next = busy.higher(k);
                int stop = next == null || next > last ? (window.open ? last : last + 1) : next;
                if (stop - k >= 2) {
                    findings.add(grid.missedRun(k, stop));
                    lastStatus = FindingStatus.NOT_MET;
                    k = stop;
                    continue;
                }
            }
            Finding finding = grid.interval(k, current);
            findings.add(finding);
            lastStatus = finding.status();
            k++;
        }
        // the current interval's check done (or excused), the next check is the next interval's: always one due
        if (window.open && lastStatus != FindingStatus.DUE) {
            findings.add(grid.interval(last + 1, true));
        }
    }

    /** One window's grid, for judging its intervals one by one or a run of missed ones at once. */
    private static final class Grid {
        private final RequirementContext ctx;
        private final Standard version;
        private final Requirement requirement;
        private final Span window;
        private final Duration every;
        private final long everyNanos;
        private final Satisfaction satisfaction;
        private final List<Map<Integer, List<Happening>>> buckets;
        private final List<List<Happening>> maybes;
        private final List<String> missing;
        private final List<ExceptionRecorded> exceptions;
        private final String what;
        private final String intervalOf;
        private final List<String> anchorIds;

        Grid(RequirementContext ctx, Standard version, Requirement requirement, Span window, Duration every,
                long everyNanos, Satisfaction satisfaction, List<Map<Integer, List<Happening>>> buckets,
                List<List<Happening>> maybes, List<String> missing, List<ExceptionRecorded> exceptions) {
            this.ctx = ctx;
            this.version = version;
            this.requirement = requirement;
            this.window = window;
            this.every = every;
            this.everyNanos = everyNanos;
            this.satisfaction = satisfaction;
            this.buckets = buckets;
            this.maybes = maybes;
            this.missing = missing;
            this.exceptions = exceptions;
            this.what = ctx.plan.describe(satisfaction);
            EpisodeSnapshot facts = ctx.facts;
            // the same for every interval of the window: worked out once
            this.intervalOf = " of " + ctx.stamp(requirement).everyText + " from " + (window.anchorId.isPresent()
                    ? window.anchorId.get()
                    : window.start.equals(facts.bookIn) ? "book-in"
                    : CompactDuration.text(Duration.between(facts.bookIn, window.start)) + " after book-in");
            this.anchorIds = window.anchorId.isPresent() ? List.of(window.anchorId.get()) : List.of();
        }

        private Instant startOf(long k) {
            return window.start.plus(every.multipliedBy(k));
        }

        /** Consecutive closed intervals {@code from} to {@code stop} (exclusive) with nothing in them: one finding. */
        Finding missedRun(int from, int stop) {
            Instant start = startOf(from);
            Instant end = startOf(stop);
            long count = stop - from;
            Finding.Builder builder = ctx.base(version, requirement, Optional.of(start), anchorIds, false)
                    .intervalEnd(end).dueAt(start.plus(every)).longestGap(Duration.between(start, end))
                    .missedIntervals(count);
            return ctx.finish(builder, FindingStatus.NOT_MET, end, ctx.prefix + "not met: no " + what + " in "
                    + count + " consecutive intervals (" + (from + 1) + " to " + stop + ")" + intervalOf);
        }

        Finding interval(int k, boolean current) {
            EpisodeSnapshot facts = ctx.facts;
            Instant start = startOf(k);
            Instant end = start.plus(every);
            Instant stop = current ? window.end : end;
            // one satisfier (the usual case): its bucket is already in time order and serves as is
            List<Happening> hits = buckets.size() == 1 ? null : new ArrayList<>();
            boolean all = true;
            Instant satisfiedAt = null;
            for (Map<Integer, List<Happening>> bySatisfier : buckets) {
                List<Happening> bucket = bySatisfier.getOrDefault(k, List.of());
                if (hits == null) {
                    hits = bucket;
                } else {
                    hits.addAll(bucket);
                }
                if (bucket.isEmpty()) {
                    all = false;
                } else if (satisfaction.needsAll()) {
                    satisfiedAt = satisfiedAt == null || bucket.get(0).at.isAfter(satisfiedAt) ? bucket.get(0).at : satisfiedAt;
                } else if (satisfiedAt == null || bucket.get(0).at.isBefore(satisfiedAt)) {
                    satisfiedAt = bucket.get(0).at;
                }
            }
            if (buckets.size() > 1) {
                hits.sort((a, b) -> a.at.compareTo(b.at));
            }
            boolean met = satisfaction.needsAll() ? all : !hits.isEmpty();
            Finding.Builder builder = ctx.base(version, requirement, Optional.of(start), anchorIds, false)
                    .intervalEnd(end).dueAt(end).longestGap(longestGap(start, stop.isBefore(start) ? start : stop, hits));
            if (hits.size() == 1) {
                builder.evidenceEventIds(hits.get(0).ids());
            } else if (!hits.isEmpty()) {
                List<String> evidence = new ArrayList<>();
                for (Happening hit : hits) {
                    evidence.addAll(hit.ids());
                }
                builder.evidenceEventIds(evidence);
            }
            String interval = "interval " + (k + 1) + intervalOf;
            if (met) {
                builder.satisfiedAt(satisfiedAt);
                return ctx.finish(builder, FindingStatus.MET, end, ctx.prefix + "met: " + what + " in " + interval);
            }
            boolean maybe = false;
            for (List<Happening> list : maybes) {
                for (Happening h : list) {
                    maybe |= index(window.start, h.at, everyNanos) == k;
                }
            }
            if (maybe) {
                builder.missingData(missing);
                return ctx.finish(builder, FindingStatus.INDETERMINATE, end,
                        ctx.prefix + "indeterminate: an event in " + interval + " may satisfy it; missing " + String.join(", ", missing));
            }
            ExceptionRecorded exception = null;
            for (int x = 0; x < exceptions.size() && exception == null; x++) {
                ExceptionRecorded candidate = exceptions.get(x);
                if (index(window.start, candidate.at(), everyNanos) == k && !candidate.at().isBefore(window.start)) {
                    exception = candidate;
                }
            }
            if (exception != null) {
                builder.evidenceEventIds(List.of(exception.id()));
                return ctx.finish(builder, FindingStatus.EXEMPT, end,
                        ctx.prefix + "exempt: exception " + exception.id() + " recorded in " + interval);
            }
            if (current) {
                String when = !end.isBefore(facts.asOf) ? "due in " + CompactDuration.text(Duration.between(facts.asOf, end))
                        : "due: the records end " + CompactDuration.text(Duration.between(window.end, end))
                                + " before its end (complete through " + window.end + ")";
                return ctx.finish(builder, FindingStatus.DUE, end, ctx.prefix + when + ": " + what + " in " + interval);
            }
            return ctx.finish(builder, FindingStatus.NOT_MET, end, ctx.prefix + "not met: no " + what + " in " + interval);
        }
    }

    /** The grid index of an instant: 0 for {@code [start, start + every]}, k for {@code (start + k every, start + (k+1) every]}. */
    static int index(Instant start, Instant at, long everyNanos) {
        Duration offset = Duration.between(start, at);
        if (offset.getSeconds() >= NANO_SAFE_SECONDS) {
            return MAX_INDEX;
        }
        long nanos = offset.toNanos();
        if (nanos <= everyNanos) {
            return 0;
        }
        return (int) Math.min((nanos - 1) / everyNanos, MAX_INDEX);
    }

    /** The number of whole intervals from {@code start} to {@code end}, at most {@link #MAX_INDEX}. */
    static int wholeIntervals(Instant start, Instant end, long everyNanos) {
        Duration span = Duration.between(start, end);
        if (span.getSeconds() >= NANO_SAFE_SECONDS) {
            return MAX_INDEX;
        }
        return (int) Math.min(span.toNanos() / everyNanos, MAX_INDEX);
    }

    private static Duration longestGap(Instant start, Instant stop, List<Happening> hits) {
        Duration longest = Duration.ZERO;
        Instant previous = start;
        for (Happening hit : hits) {
            Duration gap = Duration.between(previous, hit.at);
            if (gap.compareTo(longest) > 0) {
                longest = gap;
            }
            previous = hit.at;
        }
        Duration tail = Duration.between(previous, stop);
        return tail.compareTo(longest) > 0 ? tail : longest;
    }
}
