package gov.cbp.medical.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.common.CodeTable;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.monitoring.WelfareCheck;
import gov.cbp.medical.model.person.Sex;
import gov.cbp.medical.model.validation.ValidationResult;
import java.util.EnumSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import org.junit.jupiter.api.Test;

/** The arbitraries cover every model type, never write UNKNOWN, and serve {@code @ForAll} through the provider. */
class ModelArbitrariesTest {
    @Test
    void forType_coversEveryJsonBoundTypeAndEveryCodedEnumOfTheModel() {
        for (Class<?> type : ModelTypes.jsonTypes()) {
            assertThat(ModelArbitraries.forType(type)).as(type.getName()).isPresent();
        }
        for (Class<?> type : ModelTypes.codedEnums()) {
            assertThat(ModelArbitraries.forType(type)).as(type.getName()).isPresent();
        }
        assertThat(ModelTypes.jsonTypes()).hasSizeGreaterThan(40);
        assertThat(ModelTypes.codedEnums()).hasSizeGreaterThan(25);
        assertThat(ModelArbitraries.forType(String.class)).isEmpty();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void coded_neverYieldsUnknown_codedWithUnknownDoes() {
        for (Class<?> type : ModelTypes.codedEnums()) {
            CodeTable<?> table = CodeTable.of((Class) type);
            Set<Object> seen = (Set<Object>) ModelArbitraries.coded((Class) type).sampleStream().limit(1000)
                    .collect(Collectors.toSet());
            assertThat(seen).as(type.getSimpleName()).allSatisfy(c -> assertThat(table.isKnown(((Coded) c).code())).isTrue());
            assertThat(seen).hasSize(table.codes().size());
        }
        assertThat(ModelArbitraries.codedWithUnknown(Sex.class).sampleStream().limit(300)).contains(Sex.UNKNOWN);
    }

    @Test
    void events_ofEveryType_areOfThatType() {
        for (String code : EventType.codes().codes()) {
            EventType type = EventType.fromCode(code);
            assertThat(ModelArbitraries.events(type).sample().type()).isEqualTo(type);
        }
        assertThatThrownBy(() -> ModelArbitraries.events(EventType.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void episodes_fromFewHundredSamples_containEveryEventType() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        ModelArbitraries.episodes().sampleStream().limit(250)
                .forEach(e -> e.events().forEach(event -> seen.add(event.type())));

        assertThat(seen).hasSize(EventType.codes().codes().size());
    }

    @Test
    void provider_isRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(p -> p.type().getName()))
                .contains(ModelArbitraryProvider.class.getName());
    }

    @Property(tries = 50)
    void forAll_ofModelTypes_usesTheTestkit(@ForAll CustodyEpisode episode, @ForAll Sex sex,
            @ForAll WelfareCheck check, @ForAll MedicalEvent event) {
        ValidationResult<CustodyEpisode> result = BeanValidationCheck.payload(episode);

        assertThat(result.problems()).isEmpty();
        assertThat(sex).isNotEqualTo(Sex.UNKNOWN);
        assertThat(check.method().code()).isNotEqualTo("unknown");
        assertThat(event.type()).isNotEqualTo(EventType.UNKNOWN);
    }

    /** Validates an episode's payload with the test clock. */
    static final class BeanValidationCheck {
        static ValidationResult<CustodyEpisode> payload(CustodyEpisode episode) {
            return PayloadTree.VALIDATOR.validate(PayloadTree.tree(episode).toString());
        }
    }
}
