package gov.cbp.medical.rules.evaluation.internal;

import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.rules.standard.Applicability;
import gov.cbp.medical.rules.standard.MaternalState;
import java.time.Instant;
import java.util.Optional;

/** Judges an {@link Applicability} at an instant, three-valued; reasons name codes and bounds only. */
final class ApplicabilityCheck {
    private final EpisodeSnapshot facts;

    ApplicabilityCheck(EpisodeSnapshot facts) {
        this.facts = facts;
    }

    Judgement judge(Applicability applicability, Instant at) {
        Judgement result = Judgement.YES;
        PopulationClass populationClass = facts.episode.detainee().populationClass();
        if (!applicability.populationClasses().isEmpty()) {
            if (populationClass == PopulationClass.UNKNOWN) {
                result = result.and(Judgement.unknown("/detainee/populationClass"));
            } else if (!applicability.populationClasses().contains(populationClass)) {
                return Judgement.no("population class " + populationClass.code() + " not covered");
            }
        }
        if (applicability.minAgeYears().isPresent() || applicability.maxAgeYears().isPresent()) {
            result = result.and(age(applicability, at));
            if (result.value == Tri.NO) {
                return result;
            }
        }
        if (!applicability.maternalStates().isEmpty()) {
            Tri any = Tri.NO;
            for (MaternalState state : applicability.maternalStates()) {
                Tri value = facts.maternal(state, at);
                if (value == Tri.YES) {
                    any = Tri.YES;
                    break;
                }
                if (value == Tri.UNKNOWN) {
                    any = Tri.UNKNOWN;
                }
            }
            if (any == Tri.NO) {
                return Judgement.no("not pregnant, postpartum, nursing or an infant as covered");
            }
            if (any == Tri.UNKNOWN) {
                result = result.and(Judgement.unknown(dateOfBirthPointer()));
            }
        }
        if (!applicability.components().isEmpty() || !applicability.medicalSupport().isEmpty()
                || !applicability.surgeLevels().isEmpty()) {
            Optional<Facility> facility = facts.facilityAt(at);
            if (facility.isEmpty()) {
                result = result.and(Judgement.unknown("/facilities"));
            } else {
                Facility f = facility.get();
                if (!applicability.components().isEmpty() && !applicability.components().contains(f.component())) {
                    return Judgement.no("component " + f.component().code() + " not covered");
                }
                if (!applicability.medicalSupport().isEmpty() && !applicability.medicalSupport().contains(f.medicalSupport())) {
                    return Judgement.no("facility " + f.facilityId() + " medical support " + f.medicalSupport().code() + " not covered");
                }
                if (!applicability.surgeLevels().isEmpty() && !applicability.surgeLevels().contains(f.surgeLevelAt(at))) {
                    return Judgement.no("surge level " + f.surgeLevelAt(at).code() + " not covered");
                }
            }
        }
        if (applicability.interpreterNeeded()) {
            Optional<LanguageProfile> language = facts.episode.detainee().language();
            if (language.isEmpty()) {
                result = result.and(Judgement.unknown("/detainee/language"));
            } else if (!language.get().interpreterNeeded()) {
                return Judgement.no("no interpreter needed");
            }
        }
        return result;
    }

    private String dateOfBirthPointer() {
        return "/detainee/dateOfBirth";
    }

    private Judgement age(Applicability applicability, Instant at) {
        Optional<Age> age = facts.ageAt(at);
        Optional<Integer> minAge = applicability.minAgeYears();
        Optional<Integer> maxAge = applicability.maxAgeYears();
        // no boxing of the open bounds
        int min = minAge.isPresent() ? minAge.get() : 0;
        int max = maxAge.isPresent() ? maxAge.get() : Integer.MAX_VALUE;
        if (age.isPresent()) {
            int years = age.get().years();
            if (years < min) {
                return Judgement.no("age below " + min + " years").estimated(age.get().isEstimated());
            }
            if (years > max) {
                return Judgement.no("age above " + max + " years").estimated(age.get().isEstimated());
            }
            return Judgement.YES.estimated(age.get().isEstimated());
        }
        Tri juvenile = facts.juvenileByClass();
        boolean onlyEighteen = (min == 0 || min == 18) && (max == Integer.MAX_VALUE || max == 17);
        if (juvenile != Tri.UNKNOWN && onlyEighteen) {
            boolean covered = juvenile == Tri.YES ? min == 0 : max == Integer.MAX_VALUE;
            return covered ? Judgement.YES : Judgement.no("population class outside the age range");
        }
        if (juvenile == Tri.NO && max < 18) {
            return Judgement.no("population class outside the age range");
        }
        return Judgement.unknown(dateOfBirthPointer(), "/detainee/estimatedAgeYears");
    }
}
