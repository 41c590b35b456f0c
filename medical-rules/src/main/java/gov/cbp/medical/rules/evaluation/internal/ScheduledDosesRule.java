package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.ExceptionRecorded;
import gov.cbp.medical.model.medication.MedicationReview;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code scheduled-doses} rule (EMD-MEDADMIN): for each triggering medication review with a dose interval,
 * doses fall due at {@code review + k * interval} for {@code k >= 1} until custody ends or a later review of the
 * same medication; one occurrence per dose whose window ({@code due - tolerance}) has opened.
 *
 * <p>A satisfying administration (linked to the review) within {@code due +/- tolerance} meets the dose, a
 * refusal exempts it; one given later but before the next dose's window opens meets it late. Each administration
 * counts for one dose. A dose with nothing is DUE until {@code due + tolerance}, then OVERDUE until the next
 * dose's window opens, then NOT_MET. A review without a dose interval, or with one outside
 * {@link Limits#MIN_DOSE_INTERVAL} to {@link Limits#MAX_DOSE_INTERVAL}, is INDETERMINATE.
 */
final class ScheduledDosesRule implements Rule {
    @Override
    public Result evaluate(RequirementContext ctx) {
        List<DeadlineRule.Candidate> candidates = DeadlineRule.candidates(ctx);
        List<Finding> findings = new ArrayList<>();
        EpisodeSnapshot facts = ctx.facts;
        boolean reviewed = false;
        for (DeadlineRule.Candidate candidate : candidates) {
            Requirement requirement = candidate.requirement;
            Happening trigger = candidate.happening;
            if (candidate.judgement.value == Tri.NO) {
                continue;
            }
            if (candidate.judgement.value == Tri.UNKNOWN) {
                findings.add(Occurrences.indeterminate(ctx, candidate.version, requirement, trigger, candidate.judgement.missing));
                continue;
            }
            MedicationReview review = (MedicationReview) trigger.source;
            // outside the payload's plausible bounds (a value built in Java skips them): no schedule to judge
            if (review.doseInterval().isEmpty() || review.doseInterval().get().compareTo(Limits.MIN_DOSE_INTERVAL) < 0
                    || review.doseInterval().get().compareTo(Limits.MAX_DOSE_INTERVAL) > 0) {
                findings.add(Occurrences.indeterminate(ctx, candidate.version, requirement, trigger,
                        List.of(trigger.pointer("doseInterval"))));
                continue;
            }
            reviewed = true;
            Duration interval = review.doseInterval().get();
            Duration tolerance = requirement.tolerance().orElse(Duration.ZERO);
            RequirementPlan.Stamp stamp = ctx.stamp(requirement);
            Instant stop = facts.bookOut.map(out -> out.at()).orElse(Instant.MAX);
            for (MedicationReview later : facts.eventsOf(MedicationReview.class)) {
                if (later.at().isAfter(review.at()) && later.medicationEventId().equals(review.medicationEventId())
                        && later.at().isBefore(stop)) {
                    stop = later.at();
                }
            }
            Satisfier satisfier = requirement.satisfaction().orElseThrow().satisfiers().get(0);
            List<Happening> administrations = new ArrayList<>();
            for (Satisfier s : requirement.satisfaction().orElseThrow().satisfiers()) {
                for (Happening h : facts.happenings(s.event())) {
                    if (ctx.matcher.satisfies(s, h, trigger.id).value == Tri.YES && !h.at.isAfter(facts.custodyEnd)) {
                        administrations.add(h);
                    }
                }
            }
            administrations.sort((a, b) -> a.at.compareTo(b.at));
            List<ExceptionRecorded> exceptions = Occurrences.exceptionsFor(ctx, trigger, trigger);
            Set<String> used = new HashSet<>();
            // consecutive missed doses are one finding: where in findings it is, its first dose and how many
            int run = -1;
            Finding runFirst = null;
            int runFrom = 0;
            for (int k = 1; k < 10_000; k++) {
                Instant due = review.at().plus(interval.multipliedBy(k));
                Instant opens = due.minus(tolerance);
                if (opens.isAfter(facts.asOf) || due.isAfter(stop)) {
                    break;
                }
                Instant latest = due.plus(tolerance);
                Instant closes = due.plus(interval).minus(tolerance);
                Finding.Builder builder = ctx.base(candidate.version, requirement, Optional.of(opens), trigger.ids(),
                        candidate.judgement.estimatedAge).dueAt(latest).intervalEnd(closes);
                String dose = "dose " + k + " of " + trigger.label() + " (every " + stamp.text(interval)
                        + ", +/- " + stamp.text(tolerance) + ")";
                Happening match = null;
                for (Happening h : administrations) {
                    if (!used.contains(h.key()) && !h.at.isBefore(opens) && h.at.isBefore(closes)) {
                        match = h;
                        break;
                    }
                }
                // the exceptions recorded in this dose's window: by its deadline one excuses, later ones are only shown
                ExceptionRecorded excusing = null;
                ExceptionRecorded tooLate = null;
                List<String> exceptionIds = new ArrayList<>();
                for (ExceptionRecorded e : exceptions) {
                    if (!e.at().isBefore(opens) && e.at().isBefore(closes)) {
                        exceptionIds.add(e.id());
                        if (!e.at().isAfter(latest)) {
                            excusing = excusing == null ? e : excusing;
                        } else {
                            tooLate = tooLate == null ? e : tooLate;
                        }
                    }
                }
                builder.exceptionEventIds(exceptionIds);
                String lateException = tooLate == null ? "" : "; exception " + tooLate.id() + " recorded "
                        + stamp.text(Duration.between(latest, tooLate.at())) + " after the deadline does not excuse it";
                if (match != null) {
                    used.add(match.key());
                    builder.satisfiedAt(match.at).evidenceEventIds(match.ids());
                    boolean refusal = ctx.matcher.fields(match, satisfier.exemptWhere()).value == Tri.YES
                            && !satisfier.exemptWhere().isEmpty();
                    if (!match.at.isAfter(latest)) {
                        findings.add(ctx.finish(builder, refusal ? FindingStatus.EXEMPT : FindingStatus.MET, latest,
                                ctx.prefix + (refusal ? "exempt: refusal recorded in " : "met: ") + match.label() + " for " + dose));
                    } else if (excusing != null) {
                        builder.evidenceEventIds(List.of(match.id.orElse(match.key()), excusing.id()));
                        findings.add(ctx.finish(builder, FindingStatus.EXEMPT, latest,
                                ctx.prefix + "exempt: exception " + excusing.id() + " recorded by the deadline of " + dose
                                        + "; " + match.label() + " came " + stamp.text(Duration.between(latest, match.at))
                                        + " after it"));
                    } else {
                        Duration late = Duration.between(latest, match.at);
                        builder.lateBy(late);
                        findings.add(ctx.finish(builder, FindingStatus.MET_LATE, latest,
                                ctx.prefix + "met " + stamp.text(late) + " late: " + match.label() + " for " + dose
                                        + lateException));
                    }
                    continue;
                }
                if (excusing != null) {
                    builder.evidenceEventIds(List.of(excusing.id()));
                    findings.add(ctx.finish(builder, FindingStatus.EXEMPT, latest,
                            ctx.prefix + "exempt: exception " + excusing.id() + " recorded for " + dose));
                } else if (!facts.open && facts.custodyEnd.isBefore(latest)) {
                    findings.add(ctx.finish(builder, FindingStatus.NOT_APPLICABLE, facts.custodyEnd,
                            ctx.prefix + "not applicable: custody ended before the end of the window of " + dose));
                } else if (facts.open && !facts.asOf.isAfter(latest)) {
                    findings.add(ctx.finish(builder, FindingStatus.DUE, latest,
                            ctx.prefix + "due in " + CompactDuration.text(Duration.between(facts.asOf, latest)) + ": " + dose));
                } else if (facts.open && facts.asOf.isBefore(closes)) {
                    // as far as the records go (a window falling due after them is made due by finish)
                    Duration over = Duration.between(latest, facts.recordsThrough.isAfter(latest) ? facts.recordsThrough : latest);
                    builder.overdueBy(over);
                    findings.add(ctx.finish(builder, FindingStatus.OVERDUE, latest,
                            ctx.prefix + "overdue by " + CompactDuration.text(over) + ": " + dose));
                } else {
                    Instant end = facts.custodyEnd.isBefore(closes) ? facts.custodyEnd : closes;
                    builder.overdueBy(Duration.between(latest, end));
                    Finding missed = ctx.finish(builder, FindingStatus.NOT_MET, latest, ctx.prefix + "not met: no administration for " + dose);
                    if (missed.status() == FindingStatus.NOT_MET && run >= 0 && run == findings.size() - 1) {
                        findings.set(run, Finding.builder().from(runFirst).intervalEnd(closes).missedIntervals((long) (k - runFrom + 1))
                                .explanation(ctx.prefix + "not met: no administration for " + (k - runFrom + 1)
                                        + " consecutive doses (" + runFrom + " to " + k + ") of " + trigger.label() + " (every "
                                        + CompactDuration.text(interval) + ", +/- " + CompactDuration.text(tolerance) + ")")
                                .build());
                        continue;
                    }
                    if (missed.status() == FindingStatus.NOT_MET) {
                        run = findings.size();
                        runFirst = missed;
                        runFrom = k;
                    }
                    findings.add(missed);
                }
            }
        }
        if (!findings.isEmpty()) {
            return new Result(findings, null);
        }
        DeadlineRule.Candidate rejected = DeadlineRule.firstRejected(candidates);
        String reason = reviewed ? "no dose window has opened yet"
                : rejected != null ? DeadlineRule.rejection(rejected) : "no applicable medication-review with scheduled doses";
        return new Result(findings, ctx.prefix + "not applicable: " + reason);
    }
}
