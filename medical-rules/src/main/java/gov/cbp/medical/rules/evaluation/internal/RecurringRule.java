package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Recurrence;
import gov.cbp.medical.rules.standard.RecurrenceWindow;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code recurring} rule: while the recurrence's state holds, the requirement applies and its standard
 * version holds it, a fixed grid of intervals from the start of each window; one finding per interval that has
 * begun by the evaluation instant and is owed (a last interval cut short by the window's end is not owed).
 *
 * <p>The first interval of a window is {@code [start, start + every]}, each later one
 * {@code (end of previous, end of previous + every]}. An interval is MET if a satisfying event lies in it,
 * NOT_MET once it has closed without one, and DUE while it is open. The longest gap is measured inside the
 * interval, from its start to its end (or to the evaluation instant for the current interval).
 */
final class RecurringRule implements Rule {
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
            List<Span> base = recurrence.during() == RecurrenceWindow.IN_FACILITY ? ctx.facts.inFacility()
                    : ctx.facts.inMonitoring();
            if (base.isEmpty() && reason == null) {
                reason = recurrence.during() == RecurrenceWindow.IN_FACILITY ? "not in custody at the facility"
                        : "no monitoring-placement";
            }
            Instant[] points = ctx.timeline.cutPoints();
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
                        grid(ctx, version, requirement, new Span(windowStart, from, span.anchorId, false), findings);
                        windowStart = null;
                    }
                    if (value != Tri.UNKNOWN && unknownStart != null) {
                        findings.add(indeterminate(ctx, version, requirement, unknownStart, from, span, unknownMissing));
                        unknownStart = null;
                        unknownMissing = new ArrayList<>();
                    }
                    if (value == Tri.YES && windowStart == null) {
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
                    grid(ctx, version, requirement, new Span(windowStart, span.end, span.anchorId, span.open), findings);
                }
                if (unknownStart != null) {
                    findings.add(indeterminate(ctx, version, requirement, unknownStart, span.end, span, unknownMissing));
                }
            }
        }
        if (findings.isEmpty() && anyWindow) {
            reason = "in the state for less than one interval";
        }
        return new Result(findings, findings.isEmpty() ? "not applicable: " + (reason == null ? "requirement not in force" : reason) : null);
    }

    private static Finding indeterminate(RequirementContext ctx, Standard version, Requirement requirement, Instant from,
            Instant to, Span span, List<String> missing) {
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(from),
                span.anchorId.map(List::of).orElse(List.of()), false).intervalEnd(to).missingData(missing);
        return ctx.finish(builder, FindingStatus.INDETERMINATE, to,
                ctx.prefix + "indeterminate: whether it applies for " + Durations.text(Duration.between(from, to))
                        + "; missing " + String.join(", ", missing));
    }

    private static void grid(RequirementContext ctx, Standard version, Requirement requirement, Span window,
            List<Finding> findings) {
        EpisodeFacts facts = ctx.facts;
        Duration every = requirement.recurrence().orElseThrow().every();
        Satisfaction satisfaction = requirement.satisfaction().orElseThrow();
        List<Satisfier> satisfiers = satisfaction.satisfiers();
        long everyNanos = every.toNanos();
        Instant last = window.open ? facts.asOf : window.end;
        // matches of each satisfier inside the window, bucketed by interval index
        List<List<List<Happening>>> buckets = new ArrayList<>();
        List<List<Happening>> maybes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Satisfier satisfier : satisfiers) {
            List<List<Happening>> bySatisfier = new ArrayList<>();
            List<Happening> maybe = new ArrayList<>();
            for (Happening candidate : facts.happenings(satisfier.event())) {
                if (candidate.at.isBefore(window.start) || candidate.at.isAfter(last)) {
                    continue;
                }
                Judgement match = ctx.matcher.satisfies(satisfier, candidate, window.anchorId);
                if (match.value == Tri.NO) {
                    continue;
                }
                int index = index(window.start, candidate.at, everyNanos);
                List<List<Happening>> target = bySatisfier;
                if (match.value == Tri.UNKNOWN) {
                    maybe.add(candidate);
                    missing.addAll(match.missing);
                    continue;
                }
                while (target.size() <= index) {
                    target.add(new ArrayList<>());
                }
                target.get(index).add(candidate);
            }
            buckets.add(bySatisfier);
            maybes.add(maybe);
        }
        List<ExceptionRecorded> exceptions = facts.exceptions(ctx.requirementId);
        String what = ctx.plan.describe(satisfaction);
        // the same for every interval of the window: worked out once
        String intervalOf = " of " + ctx.plan.stamp(requirement).everyText + " from " + (window.anchorId.isPresent() ? window.anchorId.get()
                : window.start.equals(facts.bookIn) ? "book-in"
                : Durations.text(Duration.between(facts.bookIn, window.start)) + " after book-in");
        List<String> anchorIds = window.anchorId.isPresent() ? List.of(window.anchorId.get()) : List.of();
        Instant end = window.start;
        for (int k = 0; ; k++) {
            // each interval starts where the previous ended: the same instant as start + k * every, without BigDecimal
            Instant start = end;
            end = start.plus(every);
            boolean current;
            if (window.open) {
                if (k > 0 && !start.isBefore(facts.asOf)) {
                    break;
                }
                current = !end.isBefore(facts.asOf);
            } else {
                if (end.isAfter(window.end)) {
                    break;
                }
                current = false;
            }
            Instant stop = current ? facts.asOf : end;
            // one satisfier (the usual case): its bucket is already in time order and serves as is
            List<Happening> hits = buckets.size() == 1 ? null : new ArrayList<>();
            boolean all = true;
            Instant satisfiedAt = null;
            for (List<List<Happening>> bySatisfier : buckets) {
                List<Happening> bucket = k < bySatisfier.size() ? bySatisfier.get(k) : List.of();
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
                    .intervalEnd(end).dueAt(end).longestGap(longestGap(start, stop, hits));
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
                findings.add(ctx.finish(builder, FindingStatus.MET, end, ctx.prefix + "met: " + what + " in " + interval));
                continue;
            }
            final int index = k;
            boolean maybe = false;
            for (List<Happening> list : maybes) {
                for (Happening h : list) {
                    maybe |= index(window.start, h.at, everyNanos) == index;
                }
            }
            if (maybe) {
                builder.missingData(missing);
                findings.add(ctx.finish(builder, FindingStatus.INDETERMINATE, end,
                        ctx.prefix + "indeterminate: an event in " + interval + " may satisfy it; missing " + String.join(", ", missing)));
                continue;
            }
            ExceptionRecorded exception = null;
            for (int x = 0; x < exceptions.size() && exception == null; x++) {
                ExceptionRecorded candidate = exceptions.get(x);
                if (index(window.start, candidate.at(), everyNanos) == index && !candidate.at().isBefore(window.start)) {
                    exception = candidate;
                }
            }
            if (exception != null) {
                builder.evidenceEventIds(List.of(exception.id()));
                findings.add(ctx.finish(builder, FindingStatus.EXEMPT, end,
                        ctx.prefix + "exempt: exception " + exception.id() + " recorded in " + interval));
            } else if (current) {
                findings.add(ctx.finish(builder, FindingStatus.DUE, end, ctx.prefix + "due in "
                        + Durations.text(Duration.between(facts.asOf, end)) + ": " + what + " in " + interval));
            } else {
                findings.add(ctx.finish(builder, FindingStatus.NOT_MET, end, ctx.prefix + "not met: no " + what + " in " + interval));
            }
        }
    }

    /** The grid index of an instant: 0 for {@code [start, start + every]}, k for {@code (start + k every, start + (k+1) every]}. */
    static int index(Instant start, Instant at, long everyNanos) {
        long offset = Duration.between(start, at).toNanos();
        if (offset <= everyNanos) {
            return 0;
        }
        return (int) ((offset + everyNanos - 1) / everyNanos) - 1;
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
