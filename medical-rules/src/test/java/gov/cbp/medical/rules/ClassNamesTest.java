package gov.cbp.medical.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names that say what they are, across every module on this test class path (model, rules, testkit): no two
 * top-level main classes share a simple name, and no main class is named like a test. {@code SourceFilesTest}
 * checks the same over the source files of every module, including those not on this class path.
 */
@AnalyzeClasses(packages = "gov.cbp.medical", importOptions = ImportOption.DoNotIncludeTests.class)
class ClassNamesTest {
    /** Simple names allowed to be shared: none since issue 12 merged the readers' messages and shapes. */
    static final Set<String> SHARED_FOR_NOW = Set.of();
    /** Domain nouns that end like a test: a diagnostic test is an event of the model (domain brief section 3). */
    static final Set<String> DOMAIN_NOUNS_ENDING_IN_TEST = Set.of("DiagnosticTest");

    private static final DescribedPredicate<JavaClass> TOP_LEVEL = DescribedPredicate.describe("top-level",
            c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"));

    @ArchTest
    static final ArchRule main_classes_have_distinct_simple_names = classes().that(TOP_LEVEL)
            .should(haveASimpleNameNoOtherClassHas())
            .because("two classes with one name are two concepts a reader must tell apart by package");

    @ArchTest
    static final ArchRule no_main_class_is_named_like_a_test = noClasses()
            .that(DescribedPredicate.describe("are not domain nouns (or their generated Immutables)",
                    c -> !DOMAIN_NOUNS_ENDING_IN_TEST.contains(c.getSimpleName().replaceFirst("^Immutable", ""))))
            .should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
            .because("main code that reads as a test misleads readers and test filters (-Dtest=*Test)");

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
        return new ArchCondition<>("have a simple name no other top-level main class has") {
            private final Map<String, Integer> counts = new HashMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                for (JavaClass c : all) {
                    counts.merge(c.getSimpleName(), 1, Integer::sum);
                }
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                int count = counts.getOrDefault(c.getSimpleName(), 0);
                boolean shared = count > 1 && !SHARED_FOR_NOW.contains(c.getSimpleName());
                events.add(new SimpleConditionEvent(c, !shared,
                        c.getName() + " shares its simple name with " + (count - 1) + " other class(es)"));
            }
        };
    }
}
