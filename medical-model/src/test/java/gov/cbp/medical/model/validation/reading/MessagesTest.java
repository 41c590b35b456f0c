package gov.cbp.medical.model.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The one message mechanism: a component's bundle, the locale chosen per call, MessageFormat syntax. */
class MessagesTest {
    private static final Locale SPANISH = new Locale("es");

    /** The test component's messages, looked up as a component does. */
    static Messages messages(Locale locale) {
        return Messages.of(ResourceBundle.getBundle("gov.cbp.medical.model.validation.reading.TestMessages", locale));
    }

    @Test
    void root_isEnglish_withArguments() {
        assertThat(messages(Locale.ROOT).format("test.field.required", "at")).isEqualTo("The property 'at' is required.");
    }

    @Test
    void locale_isChosenPerCall() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        problems.add(Severity.ERROR, "test.field.required", "/at", "at");
        assertThat(problems.toProblems(messages(SPANISH)).get(0).message()).isEqualTo("La propiedad 'at' es obligatoria.");
        assertThat(problems.toProblems(messages(Locale.ROOT)).get(0).message()).isEqualTo("The property 'at' is required.");
    }

    @Test
    void aLocaleWithoutTheKey_fallsBackToTheRoot() {
        assertThat(messages(SPANISH).format("test.plain.quote")).isEqualTo("The document's end.");
    }

    @Test
    void noArguments_keepsApostrophes_unknownCode_isTheCode() {
        Messages messages = messages(Locale.ROOT);
        assertThat(messages.format("test.plain.quote")).isEqualTo("The document's end.");
        assertThat(messages.format("no.such.code", "x")).isEqualTo("no.such.code");
        assertThat(messages.has("test.plain.quote")).isTrue();
        assertThat(messages.has("no.such.code")).isFalse();
    }

    @Test
    void render_keepsEverythingButTheMessage() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        problems.add(Severity.WARNING, "test.field.required", "/at", "at");
        Problem english = problems.toProblems(messages(Locale.ROOT)).get(0);
        Problem spanish = messages(SPANISH).render(english);
        assertThat(spanish.message()).isEqualTo("La propiedad 'at' es obligatoria.");
        assertThat(spanish).usingRecursiveComparison().ignoringFields("message").isEqualTo(english);
        assertThat(messages(Locale.ROOT).render(english)).isEqualTo(english);
    }

    @Test
    void nullBundle_isRejected() {
        assertThatNullPointerException().isThrownBy(() -> Messages.of(null));
    }
}
