package gov.cbp.medical.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.immutables.value.Value;

@AnalyzeClasses(packages = "gov.cbp.medical.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("gov.cbp.medical.model.(*)..")
            .should().beFreeOfCycles()
            // The one registration of event types names each type's interface (EventType) and its generated
            // field table (EventFields): edges from the registry, not coupling between features.
            .ignoreDependency(JavaClass.Predicates.belongToAnyOf(EventType.class)
                    .or(HasName.Predicates.name("gov.cbp.medical.model.event.EventFields")), DescribedPredicate.alwaysTrue())
            .because("features must be understandable and changeable on their own");

    @ArchTest
    static final ArchRule only_the_registry_names_every_event_type = noClasses()
            .that().resideInAPackage("gov.cbp.medical.model.event")
            .and().doNotBelongToAnyOf(EventType.class)
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.model.event.EventFields")
            .should().dependOnClassesThat().resideOutsideOfPackages("gov.cbp.medical.model.event", "gov.cbp.medical.model.common",
                    "java..", "jakarta..", "com.fasterxml..", "org.immutables..")
            .because("the event package is the root of the features: only the registry may name their types");

    @ArchTest
    static final ArchRule model_depends_on_nothing_above_it = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("gov.cbp.medical.rules..", "picocli..", "gov.cbp.medical.examples..")
            .because("the model is the bottom layer that every application embeds");

    @ArchTest
    static final ArchRule internal_is_private_to_its_feature = noClasses()
            .that().resideOutsideOfPackages("gov.cbp.medical.model.validation..")
            .should().dependOnClassesThat().resideInAPackage("gov.cbp.medical.model.validation.internal..")
            .because("internal packages are not API and may change in any release");

    @ArchTest
    static final ArchRule value_types_are_jackson_bound = classes()
            .that().areAnnotatedWith(Value.Immutable.class).and().doNotHaveSimpleName("ValidationResult")
            .should().beAnnotatedWith(JsonSerialize.class).andShould().beAnnotatedWith(JsonDeserialize.class)
            .because("every value type is part of the JSON payload or report format");

    @ArchTest
    static final ArchRule no_console_output = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library prints nothing; it reports through its API");

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private static final String READING = "gov.cbp.medical.model.validation.reading..";

    @ArchTest
    static final ArchRule problems_come_from_the_one_collector = noClasses()
            .that().resideOutsideOfPackage(READING)
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.model.validation.BeanValidation")
            .should().callMethod(Problem.class, "of", Severity.class, String.class, String.class, String.class, List.class)
            .because("every reader lists its problems through validation.reading.ProblemCollector (bounded, rendered"
                    + " from a bundle in the caller's locale); BeanValidation only converts a provider's violations");

    @ArchTest
    static final ArchRule messages_come_from_the_one_mechanism = noClasses()
            .that().resideOutsideOfPackage(READING)
            .should().dependOnClassesThat().areAssignableTo(MessageFormat.class)
            .because("problem messages are rendered by validation.reading.Messages");

    @ArchTest
    static final ArchRule payload_messages_are_looked_up_in_one_place = noClasses()
            .that().resideOutsideOfPackage(READING)
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.model.validation.internal.EpisodeReader")
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.model.validation.internal.ConstraintMessages")
            .should().dependOnClassesThat().areAssignableTo(ResourceBundle.class)
            .because("the payload bundle is looked up by EpisodeReader.messages(locale) only; ConstraintMessages is the"
                    + " Bean Validation interpolator over the constraints' own bundle, in Bean Validation's template grammar");

    @ArchTest
    static final ArchRule reading_serves_validation_only = noClasses()
            .that().resideOutsideOfPackage("gov.cbp.medical.model.validation..")
            .should().dependOnClassesThat().resideInAPackage(READING)
            .because("the shared readers' toolkit is for payload validation here and the rules' document readers");
}
