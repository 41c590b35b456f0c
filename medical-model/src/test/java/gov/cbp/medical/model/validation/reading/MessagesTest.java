package gov.cbp.medical.model.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.cbp.medical.model.validation.Severity;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The one message mechanism: a component's bundle, the locale chosen per call, MessageFormat syntax. */
class MessagesTest {
    private static final String BUNDLE = "gov.cbp.medical.model.validation.reading.TestMessages";
    private static final Module OWNER = MessagesTest.class.getModule();

    @Test
    void root_isEnglish_withArguments() {
        assertThat(Messages.of(BUNDLE, OWNER, Locale.ROOT).format("test.field.required", "at"))
                .isEqualTo("The property 'at' is required.");
    }

    @Test
    void locale_isChosenPerCall() {
        ProblemCollector problems = new ProblemCollector("test.problems.truncated");
        problems.add(Severity.ERROR, "test.field.required", "/at", "at");
        assertThat(problems.toProblems(Messages.of(BUNDLE, OWNER, new Locale("es"))).get(0).message())
                .isEqualTo("La propiedad 'at' es obligatoria.");
        assertThat(problems.toProblems(Messages.of(BUNDLE, OWNER, Locale.ROOT)).get(0).message())
                .isEqualTo("The property 'at' is required.");
    }

    @Test
    void aLocaleWithoutTheKey_fallsBackToTheRoot() {
        assertThat(Messages.of(BUNDLE, OWNER, new Locale("es")).format("test.plain.quote"))
                .isEqualTo("The document's end.");
    }

    @Test
    void noArguments_keepsApostrophes_unknownCode_isTheCode() {
        Messages messages = Messages.of(BUNDLE, OWNER, Locale.ROOT);
        assertThat(messages.format("test.plain.quote")).isEqualTo("The document's end.");
        assertThat(messages.format("no.such.code", "x")).isEqualTo("no.such.code");
        assertThat(messages.has("test.plain.quote")).isTrue();
        assertThat(messages.has("no.such.code")).isFalse();
    }

    @Test
    void missingBundle_isAPackagingDefect() {
        assertThatThrownBy(() -> Messages.of("no.such.Bundle", OWNER, Locale.ROOT))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void nulls_areRejected() {
        assertThatNullPointerException().isThrownBy(() -> Messages.of(null, OWNER, Locale.ROOT));
        assertThatNullPointerException().isThrownBy(() -> Messages.of(BUNDLE, null, Locale.ROOT));
        assertThatNullPointerException().isThrownBy(() -> Messages.of(BUNDLE, OWNER, null));
    }
}
