package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EpisodeArbitraries.episodes;
import static gov.cbp.medical.testkit.TextArbitraries.identifiers;
import static gov.cbp.medical.testkit.TextArbitraries.languageTags;
import static gov.cbp.medical.testkit.TextArbitraries.personalTexts;
import static gov.cbp.medical.testkit.TimeArbitraries.datesOfBirth;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.AgeBasis;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.PopulationClass;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.person.PregnancyBasis;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.testkit.internal.Synthetic;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The values of {@code model.person}: ages, identifiers, pregnancies, language profiles, detainees. */
final class PersonArbitraries {
    private PersonArbitraries() {}

    static Arbitrary<Age> ages() {
        return Combinators.combine(Arbitraries.integers().between(0, Limits.MAX_AGE_YEARS), Arbitraries.of(false, true))
                .as(Age::of);
    }

    static Arbitrary<PersonalIdentifiers> personalIdentifiers() {
        Arbitrary<String> family = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.FAMILY_NAMES)),
                Tuple.of(1, personalTexts()));
        List<String> given = new ArrayList<>(Synthetic.GIVEN_NAMES_F);
        given.addAll(Synthetic.GIVEN_NAMES_M);
        Arbitrary<String> aNumbers = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 999_999_999).map(n -> String.format("A-SYN-%09d", n))),
                Tuple.of(1, personalTexts()));
        return Builders.withBuilder(PersonalIdentifiers::builder)
                .use(family).withProbability(0.9).in((b, v) -> b.familyName(v))
                .use(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(given)), Tuple.of(1, personalTexts())))
                .withProbability(0.9).in((b, v) -> b.givenName(v))
                .use(aNumbers).withProbability(0.8).in((b, v) -> b.aNumber(v))
                .build(PersonalIdentifiers.Builder::build);
    }

    static Arbitrary<Pregnancy> pregnancies() {
        return Builders.withBuilder(Pregnancy::builder)
                .use(Arbitraries.integers().between(0, Limits.MAX_PREGNANCY_WEEKS)).withProbability(0.8)
                .in((b, v) -> b.weeks(v))
                .use(coded(PregnancyBasis.class)).in((b, v) -> b.basis(v))
                .build(Pregnancy.Builder::build);
    }

    static Arbitrary<LanguageProfile> languageProfiles() {
        return Combinators.combine(languageTags(), Arbitraries.of(true, false))
                .as((tag, needed) -> LanguageProfile.builder().preferred(tag).interpreterNeeded(needed).build());
    }

    static Arbitrary<Detainee> detainees() {
        return Builders.withBuilder(Detainee::builder)
                .use(identifiers()).in((b, v) -> b.subjectId(v))
                .use(personalIdentifiers()).withProbability(0.8).in((b, v) -> b.identifiers(v))
                .use(datesOfBirth()).withProbability(0.6).in((b, v) -> b.dateOfBirth(v))
                .use(Arbitraries.integers().between(0, Limits.MAX_AGE_YEARS)).withProbability(0.3)
                .in((b, v) -> b.estimatedAgeYears(v))
                .use(coded(AgeBasis.class)).withProbability(0.6).in((b, v) -> b.ageBasis(v))
                .use(coded(Sex.class)).in((b, v) -> b.sex(v))
                .use(coded(PopulationClass.class)).in((b, v) -> b.populationClass(v))
                .use(identifiers()).withProbability(0.3).in((b, v) -> b.familyUnitId(v))
                .use(pregnancies()).withProbability(0.1).in((b, v) -> b.pregnancy(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.postpartum(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.nursing(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.medicallyHighRisk(v))
                .use(languageProfiles()).withProbability(0.8).in((b, v) -> b.language(v))
                .use(Arbitraries.of(false, true)).in((b, v) -> b.usCitizenNewborn(v))
                .build(Detainee.Builder::build);
    }
}
