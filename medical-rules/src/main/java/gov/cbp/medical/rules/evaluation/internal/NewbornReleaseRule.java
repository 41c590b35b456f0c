package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.maternal.Birth;
import gov.cbp.medical.model.maternal.BirthPlace;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Satisfaction;
import gov.cbp.medical.rules.standard.Satisfier;
import gov.cbp.medical.rules.standard.Standard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code newborn-release} rule (OIG49-NEWBORN-RELEASE). In the record of the parent, each birth of a
 * U.S.-citizen newborn starts the clock at the birth, or, when the birth was at a hospital or during a hospital
 * visit, at the first hospital discharge after it (until then nothing is owed); a {@code newborn-release} of the
 * birth or the parent's book-out satisfies it. In the record of a U.S.-citizen newborn, the clock starts at the
 * first hospital discharge, or at book-in if none; book-out or a {@code newborn-release} satisfies it. The finding
 * names the event that started the clock: its trigger ids and explanation name the discharge, not the birth.
 */
final class NewbornReleaseRule implements Rule {
    @Override
    public Result evaluate(RequirementContext ctx) {
        EpisodeSnapshot facts = ctx.facts;
        List<Finding> findings = new ArrayList<>();
        for (Happening happening : facts.happenings("birth")) {
            Birth birth = (Birth) happening.source;
            if (!birth.newbornUsCitizen()) {
                continue;
            }
            in(ctx, happening.at).ifPresent(version -> {
                Requirement requirement = ctx.plan.in(version).orElseThrow();
                boolean atHospital = birth.place() == BirthPlace.HOSPITAL || facts.isAwayAt(birth.at());
                Optional<Happening> clock = atHospital ? firstDischargeFrom(facts, birth.at()) : Optional.of(happening);
                if (clock.isEmpty()) {
                    Finding.Builder builder = ctx.base(version, requirement, Optional.of(birth.at()), happening.ids(), false);
                    findings.add(ctx.finish(builder, FindingStatus.NOT_APPLICABLE, birth.at(),
                            ctx.prefix + "not applicable yet: " + happening.label() + " at a hospital, not yet discharged"));
                    return;
                }
                Satisfaction satisfaction = Satisfaction.anyOf(
                        Satisfier.builder().event("newborn-release").linkField("birthEventId").build(),
                        Satisfier.of(EventVocabulary.BOOK_OUT));
                findings.add(Occurrences.judge(ctx, version, requirement, happening, clock.get(), clock.get().at,
                        requirement.deadline(), satisfaction, false));
            });
        }
        if (facts.episode.detainee().usCitizenNewborn()) {
            for (Happening bookIn : facts.happenings(EventVocabulary.BOOK_IN)) {
                in(ctx, bookIn.at).ifPresent(version -> {
                    Requirement requirement = ctx.plan.in(version).orElseThrow();
                    Happening clock = firstDischargeFrom(facts, bookIn.at).orElse(bookIn);
                    Satisfaction satisfaction = Satisfaction.anyOf(Satisfier.of("newborn-release"),
                            Satisfier.of(EventVocabulary.BOOK_OUT));
                    findings.add(Occurrences.judge(ctx, version, requirement, bookIn, clock, clock.at,
                            requirement.deadline(), satisfaction, false));
                });
            }
        }
        return new Result(findings, ctx.prefix + "not applicable: no birth of a U.S.-citizen newborn and not a U.S.-citizen newborn's record");
    }

    private static Optional<Standard> in(RequirementContext ctx, Instant at) {
        VersionTimeline.VersionLookup lookup = ctx.versionAt(at);
        return lookup.standard.filter(version -> ctx.plan.in(version).isPresent());
    }

    /** The first hospital discharge at or after an instant, as the happening that starts the clock. */
    private static Optional<Happening> firstDischargeFrom(EpisodeSnapshot facts, Instant from) {
        for (Happening discharge : facts.happenings("hospital-discharge")) {
            if (!discharge.at.isBefore(from)) {
                return Optional.of(discharge);
            }
        }
        return Optional.empty();
    }
}
