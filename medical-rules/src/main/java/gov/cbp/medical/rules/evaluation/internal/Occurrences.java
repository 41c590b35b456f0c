package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Lapse;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.SatisfierScope;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one deadline occurrence: searches the satisfiers, then decides MET, MET_LATE, EXEMPT, NOT_MET, DUE,
 * OVERDUE, NOT_APPLICABLE or INDETERMINATE. The deadline instant itself is on time.
 */
final class Occurrences {
    private Occurrences() {}

    /** The earliest definite match of one satisfier, and the earliest match that the data cannot decide. */
    static final class Search {
        Happening found;
        Satisfier foundBy;
        Happening maybe;
        String rejected;
        final List<String> missing = new ArrayList<>();
    }

    static Search search(RequirementContext ctx, Satisfier satisfier, Happening trigger, Instant from,
            Optional<String> linkTarget, Instant until) {
        Search search = new Search();
        List<Happening> pool = Satisfier.TRIGGER.equals(satisfier.event()) ? List.of(trigger)
                : ctx.facts.happenings(satisfier.event());
        for (Happening candidate : pool) {
            if (candidate.at.isAfter(until) || candidate.at.isAfter(ctx.facts.custodyEnd)) {
                break;
            }
            if (satisfier.scope() == SatisfierScope.AFTER_TRIGGER && candidate.at.isBefore(from)) {
                continue;
            }
            Judgement match = ctx.matcher.satisfies(satisfier, candidate, linkTarget);
            if (match.value == Tri.YES) {
                search.found = candidate;
                search.foundBy = satisfier;
                return search;
            }
            if (match.value == Tri.NO && candidate == trigger && search.rejected == null) {
                search.rejected = match.reason;
            }
            if (match.value == Tri.UNKNOWN && search.maybe == null) {
                search.maybe = candidate;
                search.missing.addAll(match.missing);
            }
        }
        return search;
    }

    /**
     * Judges an occurrence.
     *
     * @param trigger the triggering happening
     * @param start when the clock starts (usually the trigger's instant)
     * @param deadline the duration from start
     */
    static Finding judge(RequirementContext ctx, Standard version, Requirement requirement, Happening trigger,
            Instant start, Duration deadline, Satisfaction satisfaction, boolean estimatedAge) {
        EpisodeFacts facts = ctx.facts;
        Instant due = start.plus(deadline);
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(start), trigger.ids(), estimatedAge)
                .dueAt(due);
        String what = ctx.plan.describe(satisfaction);
        String none = "no " + what;
        String clock = (deadline.isZero() ? "at " : Durations.text(deadline) + " of ") + trigger.label();
        Happening satisfied = null;
        Satisfier satisfiedBy = null;
        Happening maybe = null;
        List<String> missing = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean incomplete = false;
        String rejected = null;
        for (Satisfier satisfier : satisfaction.satisfiers()) {
            Search search = search(ctx, satisfier, trigger, start, trigger.id, facts.custodyEnd);
            rejected = rejected == null ? search.rejected : rejected;
            if (search.found != null) {
                if (satisfaction.needsAll()) {
                    evidence.addAll(search.found.ids());
                    if (satisfied == null || search.found.at.isAfter(satisfied.at)) {
                        satisfied = search.found;
                        satisfiedBy = satisfier;
                    }
                } else if (satisfied == null || search.found.at.isBefore(satisfied.at)) {
                    satisfied = search.found;
                    satisfiedBy = satisfier;
                }
            } else if (satisfaction.needsAll()) {
                incomplete = true;
            }
            if (search.maybe != null && (maybe == null || search.maybe.at.isBefore(maybe.at))) {
                maybe = search.maybe;
                missing.addAll(search.missing);
            }
        }
        if (satisfaction.needsAll() && incomplete) {
            satisfied = null;
        }
        if (satisfied != null && (maybe == null || !satisfied.at.isAfter(due) || maybe.at.isAfter(due))) {
            builder.satisfiedAt(satisfied.at);
            if (!satisfaction.needsAll()) {
                evidence = new ArrayList<>(satisfied.ids());
            }
            builder.evidenceEventIds(evidence);
            String when = Durations.text(Duration.between(start, satisfied.at));
            boolean refusal = !satisfiedBy.exemptWhere().isEmpty()
                    && ctx.matcher.fields(satisfied, satisfiedBy.exemptWhere()).value == Tri.YES;
            if (!satisfied.at.isAfter(due)) {
                if (refusal) {
                    return ctx.finish(builder, FindingStatus.EXEMPT, due,
                            ctx.prefix + "exempt: refusal recorded in " + satisfied.label() + " at " + when + ", " + (deadline.isZero() ? "" : "within ") + clock);
                }
                return ctx.finish(builder, FindingStatus.MET, due,
                        ctx.prefix + "met: " + satisfied.label() + " at " + when + ", " + (deadline.isZero() ? "" : "within ") + clock);
            }
            Duration late = Duration.between(due, satisfied.at);
            builder.lateBy(late);
            return ctx.finish(builder, FindingStatus.MET_LATE, due, ctx.prefix + "met " + Durations.text(late) + " late: "
                    + satisfied.label() + (refusal ? " (refusal)" : "") + " at " + when + ", deadline " + clock);
        }
        if (maybe != null) {
            builder.missingData(missing).evidenceEventIds(maybe.ids());
            return ctx.finish(builder, FindingStatus.INDETERMINATE, due,
                    ctx.prefix + "indeterminate: " + maybe.label() + " may satisfy it; missing " + String.join(", ", missing));
        }
        builder.evidenceEventIds(evidence);
        if (rejected != null) {
            none = rejected;
        }
        for (ExceptionRecorded exception : facts.exceptions(ctx.requirementId)) {
            if (!exception.at().isBefore(trigger.at) && !exception.at().isAfter(facts.custodyEnd)) {
                builder.evidenceEventIds(List.of(exception.id()));
                return ctx.finish(builder, FindingStatus.EXEMPT, due,
                        ctx.prefix + "exempt: exception " + exception.id() + " recorded for " + what + (deadline.isZero() ? " " : " within ") + clock);
            }
        }
        if (!facts.open && facts.custodyEnd.isBefore(due)) {
            if (requirement.lapse() == Lapse.NOT_OWED) {
                return ctx.finish(builder, FindingStatus.NOT_APPLICABLE, facts.custodyEnd,
                        ctx.prefix + "not applicable: custody ended " + Durations.text(Duration.between(facts.custodyEnd, due))
                                + " before the deadline (" + clock + ")");
            }
            return ctx.finish(builder, FindingStatus.NOT_MET, facts.custodyEnd,
                    ctx.prefix + "not met: custody ended without " + what + ", " + Durations.text(Duration.between(facts.custodyEnd, due))
                            + " before the deadline (" + clock + ")");
        }
        if (!facts.open || requirement.closesAtDeadline() && facts.asOf.isAfter(due)) {
            Duration over = Duration.between(due, facts.custodyEnd);
            builder.overdueBy(over);
            return ctx.finish(builder, FindingStatus.NOT_MET, due, ctx.prefix + "not met: " + none + (deadline.isZero() ? " " : " within ") + clock
                    + (facts.open ? "" : "; custody ended " + Durations.text(over) + " after the deadline"));
        }
        if (!facts.asOf.isAfter(due)) {
            return ctx.finish(builder, FindingStatus.DUE, due, ctx.prefix + "due in " + Durations.text(Duration.between(facts.asOf, due))
                    + ": " + what + (deadline.isZero() ? " " : " within ") + clock);
        }
        // as far as the records go: they prove nothing after the instant they are complete through
        Duration over = Duration.between(due, facts.recordsThrough.isAfter(due) ? facts.recordsThrough : due);
        builder.overdueBy(over);
        return ctx.finish(builder, FindingStatus.OVERDUE, due,
                ctx.prefix + "overdue by " + Durations.text(over) + ": " + none + (deadline.isZero() ? " " : " within ") + clock);
    }

    static Finding indeterminate(RequirementContext ctx, Standard version, Requirement requirement, Happening trigger,
            List<String> missing) {
        Finding.Builder builder = ctx.base(version, requirement, Optional.of(trigger.at), trigger.ids(), false)
                .missingData(missing);
        return ctx.finish(builder, FindingStatus.INDETERMINATE, trigger.at,
                ctx.prefix + "indeterminate: whether " + trigger.label() + " starts it; missing " + String.join(", ", missing));
    }
}
