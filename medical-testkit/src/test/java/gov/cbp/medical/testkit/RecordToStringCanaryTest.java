package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.common.RecordId;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: {@code toString()} of every model value shows the type and its record ids only. Every
 * text and date attribute a builder takes (names, A-numbers, dates of birth, notes, diagnoses, staff ids,
 * findings) holds a canary; none may show, and the text must have the shape {@code Type{recordIds}}.
 */
class RecordToStringCanaryTest {
    private static final String CANARY = "CANARY-7f3a";
    private static final LocalDate CANARY_DATE = LocalDate.parse(PersonalDataCanaryTest.DATE_OF_BIRTH);
    /** The whole text: the type's name, then record ids only (never an id of a person or a staff member). */
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Za-z]*\\{((episodeId|facilityId|id)=[^,{}]*(, )?)*\\}");

    @Test
    void everyModelValue_withCanariesInEveryTextAndDate_printsTypeAndRecordIdsOnly() throws Exception {
        Set<String> typesChecked = new TreeSet<>();
        int planted = 0;
        for (Class<?> type : ModelTypes.all()) {
            if (!hasBuilder(type)) {
                continue;
            }
            for (int sample = 0; sample < 5; sample++) {
                Object value = ModelArbitraries.forType(type).orElseThrow(() -> new AssertionError(type)).sample();
                Object builder = type.getMethod("toBuilder").invoke(value);
                planted += plant(builder);
                Method build = builder.getClass().getMethod("build");
                build.setAccessible(true);
                String text = build.invoke(builder).toString();

                assertThat(PersonalDataCanaryTest.containsCanary(text)).as("%s leaks: %s", type.getSimpleName(), text)
                        .isFalse();
                assertThat(text).as(type.getSimpleName()).matches(SHAPE).startsWith(type.getSimpleName() + "{");
                typesChecked.add(type.getSimpleName());
            }
        }
        assertThat(typesChecked).contains("CustodyEpisode", "Detainee", "PersonalIdentifiers", "Pregnancy",
                "MedicalAssessment", "MedicalIssue", "WelfareCheck", "ExceptionRecorded", "Facility", "BookIn");
        assertThat(typesChecked).hasSizeGreaterThan(35);
        assertThat(planted).isGreaterThan(250);
    }

    @Test
    void recordIds_areShown_soThatALogLineStillNamesTheRecord() throws Exception {
        CustodyEpisode episode = ModelArbitraries.episodes().sample();

        assertThat(episode.toString()).isEqualTo("CustodyEpisode{episodeId=" + episode.episodeId() + "}");
        for (MedicalEvent event : episode.events()) {
            assertThat(event.toString()).isEqualTo(event.getClass().getSimpleName().substring("Immutable".length())
                    + "{id=" + event.id() + "}");
        }
        assertThat(episode.detainee().toString()).isEqualTo("Detainee{}");
        assertThat(episode.facilities().get(0).toString())
                .isEqualTo("Facility{facilityId=" + episode.facilities().get(0).facilityId() + "}");
    }

    @Test
    void recordId_marksNoPersonOrStaffIdentifier() {
        List<String> marked = new ArrayList<>();
        for (Class<?> type : ModelTypes.all()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(RecordId.class)) {
                    marked.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(marked).containsExactlyInAnyOrder("MedicalEvent.id", "CustodyEpisode.episodeId",
                "Facility.facilityId");
    }

    private static boolean hasBuilder(Class<?> type) {
        try {
            return type.isInterface() && Modifier.isPublic(type.getMethod("toBuilder").getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Sets every one-argument text or date attribute of the builder (but the record ids) to a canary. */
    private static int plant(Object builder) throws IllegalAccessException {
        int count = 0;
        for (Method setter : builder.getClass().getMethods()) {
            if (setter.getParameterCount() != 1 || Set.of("id", "episodeId", "facilityId", "from", "equals")
                    .contains(setter.getName()) || setter.getDeclaringClass() == Object.class) {
                continue;
            }
            Class<?> parameter = setter.getParameterTypes()[0];
            Object canary = parameter == String.class ? CANARY + "-" + setter.getName()
                    : parameter == LocalDate.class ? CANARY_DATE : null;
            if (canary == null) {
                continue;
            }
            setter.setAccessible(true);
            try {
                setter.invoke(builder, canary);
                count++;
            } catch (InvocationTargetException e) {
                // a setter that refuses the value (a checked format) leaves the attribute as sampled
            }
        }
        return count;
    }
}
