package gov.cbp.medical.model.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one problem collector: bounded, counts what it drops, renders messages at the end. */
class ProblemCollectorTest {
    private static final Messages MESSAGES = MessagesTest.messages(Locale.ROOT);

    @Test
    void empty_hasNoErrorsAndNoProblems() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        assertThat(problems.isEmpty()).isTrue();
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.count()).isZero();
        assertThat(problems.toProblems(MESSAGES)).isEmpty();
    }

    @Test
    void add_keepsCodePointerArgumentsAndRendersTheMessage() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        problems.add(Severity.WARNING, "test.field.required", "/b", "b");
        problems.error("test.field.required", "/a", "a");
        assertThat(problems.hasErrors()).isTrue();
        assertThat(problems.count()).isEqualTo(2);
        List<Problem> sorted = problems.sorted(MESSAGES);
        assertThat(sorted).extracting(Problem::pointer).containsExactly("/a", "/b");
        assertThat(sorted.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(sorted.get(0).arguments()).containsExactly("a");
        assertThat(problems.toProblems(MESSAGES)).extracting(Problem::pointer).containsExactly("/b", "/a");
    }

    @Test
    void warningsOnly_isNotAnError() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        problems.add(Severity.WARNING, "test.field.required", "", "x");
        problems.add(Severity.INFORMATION, "test.field.required", "", "y");
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.isEmpty()).isFalse();
    }

    @Test
    void beyondTheLimit_problemsAreCountedInOneClosingProblem() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        for (int i = 0; i < Limits.MAX_PROBLEMS; i++) {
            problems.add(Severity.WARNING, "test.field.required", "/" + i, "x");
        }
        assertThat(problems.hasErrors()).isFalse();
        problems.add(Severity.WARNING, "test.field.required", "/w", "x");
        problems.error("test.field.required", "/e", "x");
        assertThat(problems.count()).isEqualTo(Limits.MAX_PROBLEMS + 2L);
        assertThat(problems.hasErrors()).isTrue();
        List<Problem> list = problems.toProblems(MESSAGES);
        assertThat(list).hasSize(Limits.MAX_PROBLEMS + 1);
        Problem closing = list.get(list.size() - 1);
        assertThat(closing.code()).isEqualTo("test.problems.truncated");
        assertThat(closing.pointer()).isEmpty();
        assertThat(closing.severity()).isEqualTo(Severity.ERROR);
        assertThat(closing.arguments()).containsExactly("2", Integer.toString(Limits.MAX_PROBLEMS));
    }

    @Test
    void droppedWarningsOnly_closeWithAWarning() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        for (int i = 0; i <= Limits.MAX_PROBLEMS; i++) {
            problems.add(Severity.WARNING, "test.field.required", "/" + i, "x");
        }
        List<Problem> list = problems.toProblems(MESSAGES);
        assertThat(list.get(list.size() - 1).severity()).isEqualTo(Severity.WARNING);
        assertThat(list.get(list.size() - 1).arguments()).first().isEqualTo("1");
    }

    @Test
    void nullTruncatedCode_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> new ProblemCollector(null));
    }
}
