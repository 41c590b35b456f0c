package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.EpisodeArbitraries.episodes;

import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.common.Interpretation;
import gov.cbp.medical.model.common.Provenance;
import gov.cbp.medical.model.custody.BookIn;
import gov.cbp.medical.model.custody.BookOut;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.facility.SurgePeriod;
import gov.cbp.medical.model.intake.InterviewAnswer;
import gov.cbp.medical.model.person.Age;
import gov.cbp.medical.model.person.Detainee;
import gov.cbp.medical.model.person.LanguageProfile;
import gov.cbp.medical.model.person.PersonalIdentifiers;
import gov.cbp.medical.model.person.Pregnancy;
import gov.cbp.medical.model.publichealth.DiagnosticTest;
import gov.cbp.medical.model.validation.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;

/**
 * The arbitrary of each model type, for {@link ModelArbitraries#forType(Class)} and the {@code @ForAll} provider.
 */
final class ArbitrariesByType {
    private ArbitrariesByType() {}

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE = byType();

    private static Map<Class<?>, Supplier<Arbitrary<?>>> byType() {
        Map<Class<?>, Supplier<Arbitrary<?>>> map = new LinkedHashMap<>();
        map.put(CustodyEpisode.class, EpisodeArbitraries::episodes);
        map.put(Provenance.class, CommonArbitraries::provenances);
        map.put(Interpretation.class, CommonArbitraries::interpretations);
        map.put(Age.class, PersonArbitraries::ages);
        map.put(PersonalIdentifiers.class, PersonArbitraries::personalIdentifiers);
        map.put(Pregnancy.class, PersonArbitraries::pregnancies);
        map.put(LanguageProfile.class, PersonArbitraries::languageProfiles);
        map.put(Detainee.class, PersonArbitraries::detainees);
        map.put(SurgePeriod.class, FacilityArbitraries::surgePeriods);
        map.put(Facility.class, FacilityArbitraries::facilities);
        map.put(BookIn.class, CustodyArbitraries::bookIns);
        map.put(BookOut.class, CustodyArbitraries::bookOuts);
        map.put(InterviewAnswer.class, IntakeArbitraries::interviewAnswers);
        map.put(DiagnosticTest.class, PublicHealthArbitraries::diagnosticTests);
        map.put(Problem.class, ValidationArbitraries::problems);
        map.put(MedicalEvent.class, EventArbitraries::events);
        for (EventType type : EventType.values()) {
            if (type != EventType.UNKNOWN) {
                map.put(type.eventClass(), () -> EventArbitraries.events(type)); // each event type's own arbitrary
            }
        }
        return Collections.unmodifiableMap(map);
    }

    static List<Class<?>> types() {
        return List.copyOf(BY_TYPE.keySet());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Optional<Arbitrary<T>> forType(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return Optional.of((Arbitrary<T>) coded((Class) type));
        }
        Supplier<Arbitrary<?>> supplier = BY_TYPE.get(type);
        return supplier == null ? Optional.empty() : Optional.of((Arbitrary<T>) supplier.get());
    }
}
