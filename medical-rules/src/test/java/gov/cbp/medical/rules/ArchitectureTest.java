package gov.cbp.medical.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.immutables.value.Value;

@AnalyzeClasses(packages = "gov.cbp.medical.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("gov.cbp.medical.rules.(*)..")
            .should().beFreeOfCycles()
            .because("standards, evaluation, worklist and impact must be understandable and changeable on their own");

    @ArchTest
    static final ArchRule evaluation_is_clock_free = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the evaluation instant is a parameter: evaluation is pure and replayable");

    @ArchTest
    static final ArchRule internal_is_private_to_its_feature = noClasses()
            .that().resideOutsideOfPackages("gov.cbp.medical.rules.standard..")
            .should().dependOnClassesThat().resideInAPackage("gov.cbp.medical.rules.standard.internal..")
            .because("internal packages are not API and may change in any release");

    @ArchTest
    static final ArchRule evaluation_internal_is_private = noClasses()
            .that().resideOutsideOfPackages("gov.cbp.medical.rules.evaluation..")
            .should().dependOnClassesThat().resideInAPackage("gov.cbp.medical.rules.evaluation.internal..")
            .because("internal packages are not API and may change in any release");

    @ArchTest
    static final ArchRule rules_do_not_reach_into_model_internals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("gov.cbp.medical.model.validation.internal..")
            .because("the rules use the model's API only");

    @ArchTest
    static final ArchRule value_types_are_jackson_bound = classes()
            .that().areAnnotatedWith(Value.Immutable.class)
            .should().beAnnotatedWith(JsonSerialize.class).andShould().beAnnotatedWith(JsonDeserialize.class)
            .because("every value type is part of a JSON document or report");

    @ArchTest
    static final ArchRule no_console_output = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library prints nothing; it reports through its API");

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule problems_come_from_the_one_collector = noClasses()
            .should().callMethod(Problem.class, "of", Severity.class, String.class, String.class, String.class, List.class)
            .because("every reader lists its problems through the model's validation.reading.ProblemCollector: bounded,"
                    + " and rendered from a bundle in the caller's locale");

    @ArchTest
    static final ArchRule messages_come_from_the_one_mechanism = noClasses()
            .should().dependOnClassesThat().areAssignableTo(MessageFormat.class)
            .because("problem messages are rendered by the model's validation.reading.Messages");

    @ArchTest
    static final ArchRule each_component_looks_up_its_one_bundle_in_one_place = noClasses()
            .that().doNotHaveFullyQualifiedName("gov.cbp.medical.rules.standard.internal.StandardReader")
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.rules.measure.MeasureSetReader")
            .and().doNotHaveFullyQualifiedName("gov.cbp.medical.rules.evaluation.EvaluationFailure")
            .should().dependOnClassesThat().areAssignableTo(ResourceBundle.class)
            .because("one bundle per component (standards and policies, measure sets, evaluation), looked up in this"
                    + " module, where the module path lets it be read, and handed to validation.reading.Messages");
}
