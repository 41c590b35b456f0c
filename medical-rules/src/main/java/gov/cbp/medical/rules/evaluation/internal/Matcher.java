package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.care.MedicalIssue;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.custody.Transfer;
import gov.cbp.medical.model.intake.HealthInterview;
import gov.cbp.medical.model.medication.MedicationReported;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.publichealth.InfectiousDiseaseScreening;
import gov.cbp.medical.model.publichealth.ScreeningResult;
import gov.cbp.medical.model.care.HospitalVisit;
import gov.cbp.medical.model.care.MedicalAssessment;
import gov.cbp.medical.rules.internal.EventVocabulary;
import gov.cbp.medical.rules.standard.Condition;
import gov.cbp.medical.rules.standard.Satisfier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Three-valued matching of happenings against field values, named conditions and links. */
final class Matcher {
    private final EpisodeSnapshot facts;

    Matcher(EpisodeSnapshot facts) {
        this.facts = facts;
    }

    /** Whether every field has one of its accepted values; unknown if a field is not recorded. */
    Judgement fields(Happening happening, Map<String, List<String>> where) {
        Judgement result = Judgement.YES;
        for (Map.Entry<String, List<String>> entry : where.entrySet()) {
            Optional<EventVocabulary.Field> field = EventVocabulary.field(happening.code, entry.getKey());
            if (field.isEmpty()) {
                return Judgement.no("field not available");
            }
            Optional<List<String>> values = field.get().read(happening.source);
            if (values.isEmpty()) {
                result = result.and(Judgement.unknown(happening.pointer(entry.getKey())));
            } else if (!anyAccepted(values.get(), entry.getValue())) {
                return Judgement.no(entry.getKey() + " not as covered");
            }
        }
        return result;
    }

    private static boolean anyAccepted(List<String> values, List<String> accepted) {
        for (int i = 0; i < values.size(); i++) {
            if (accepted.contains(values.get(i))) {
                return true;
            }
        }
        return false;
    }

    Judgement conditions(Happening happening, List<Condition> conditions) {
        Judgement result = Judgement.YES;
        for (Condition condition : conditions) {
            result = result.and(condition(happening, condition));
            if (result.value == Tri.NO) {
                return result;
            }
        }
        return result;
    }

    private Judgement condition(Happening happening, Condition condition) {
        Object source = happening.source;
        switch (condition) {
            case POSITIVE_ANSWER:
                if (!(source instanceof HealthInterview) || !((HealthInterview) source).hasPositiveAnswer()) {
                    return Judgement.no("no positive answer");
                }
                boolean raised = facts.eventsOf(MedicalIssue.class).stream()
                        .anyMatch(issue -> issue.interviewEventId().filter(happening.key()::equals).isPresent());
                return raised ? Judgement.no("positive answer recorded as a medical issue") : Judgement.YES;
            case MEDICATION_IN_POSSESSION:
                boolean held = facts.eventsOf(MedicationReported.class).stream()
                        .anyMatch(m -> !m.reportedOnly() && !m.at().isAfter(happening.at));
                return held ? Judgement.YES : Judgement.no("no medication in possession");
            case LANGUAGE_ACCESS_MET:
                return languageAccess(happening);
            case POSITIVE_SCREEN_OR_TEST:
                if (source instanceof InfectiousDiseaseScreening) {
                    InfectiousDiseaseScreening screening = (InfectiousDiseaseScreening) source;
                    boolean positive = screening.result() == ScreeningResult.POSITIVE;
                    for (DiagnosticTest test : screening.tests()) {
                        positive |= test.result() == ScreeningResult.POSITIVE;
                    }
                    return positive ? Judgement.YES : Judgement.no("screening not positive");
                }
                return Judgement.no("not a screening");
            case MEDICALLY_HIGH_RISK:
                return facts.episode.detainee().medicallyHighRisk() ? Judgement.YES
                        : Judgement.no("not recorded as medically high-risk at book-in");
            default:
                throw new IllegalStateException("unhandled condition");
        }
    }

    private Judgement languageAccess(Happening happening) {
        Object source = happening.source;
        Optional<Interpretation> interpretation;
        Optional<String> language = Optional.empty();
        if (source instanceof HealthInterview) {
            interpretation = ((HealthInterview) source).interpretation();
            language = ((HealthInterview) source).language();
        } else if (source instanceof MedicalAssessment) {
            interpretation = ((MedicalAssessment) source).interpretation();
        } else if (source instanceof HospitalVisit) {
            interpretation = ((HospitalVisit) source).interpretation();
        } else {
            return Judgement.no("not an interview, assessment or hospital visit");
        }
        if (interpretation.isPresent()) {
            return interpretation.get().meetsLanguageAccess() ? Judgement.YES
                    : Judgement.no("interpretation mode " + interpretation.get().mode().code() + " does not meet language access");
        }
        Optional<String> preferred = facts.episode.detainee().language().map(LanguageProfile::preferred);
        if (language.isPresent() && preferred.isPresent() && primary(language.get()).equals(primary(preferred.get()))) {
            return Judgement.YES;
        }
        return Judgement.no("no interpretation recorded");
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a happening satisfies a satisfier for an occurrence whose trigger (or window anchor) has the given
     * id: fields, conditions, and the link when its reference is set.
     */
    Judgement satisfies(Satisfier satisfier, Happening candidate, Optional<String> linkTarget) {
        if (satisfier.linkField().isPresent() && linkTarget.isPresent()) {
            Optional<EventVocabulary.Field> field = EventVocabulary.field(candidate.code, satisfier.linkField().get());
            Optional<List<String>> refs = field.flatMap(f -> f.read(candidate.source));
            if (refs.isPresent() && !refs.get().contains(linkTarget.get())) {
                return Judgement.no("refers to another event");
            }
        }
        Judgement result = fields(candidate, satisfier.where());
        if (result.value == Tri.NO) {
            return result;
        }
        return result.and(conditions(candidate, satisfier.conditions()));
    }
}
