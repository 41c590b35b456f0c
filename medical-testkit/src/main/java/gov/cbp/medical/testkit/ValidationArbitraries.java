package gov.cbp.medical.testkit;

import static gov.cbp.medical.testkit.CodedArbitraries.coded;
import static gov.cbp.medical.testkit.TextArbitraries.TOKEN_CHARS;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The values of {@code model.validation}: problems as the validator reports them. */
final class ValidationArbitraries {
    private ValidationArbitraries() {}

    static Arbitrary<Problem> problems() {
        Arbitrary<String> codes = Arbitraries.of("payload.field.required", "payload.field.type", "payload.text.tooLong",
                "episode.event.beforeBookIn", "episode.reference.unknown", "json.syntax.truncated");
        Arbitrary<String> pointers = Arbitraries.of("", "/episodeId", "/detainee/sex", "/events/0/at",
                "/events/12/reasonEventIds/0", "/facilities/1/timeZone");
        return Combinators.combine(coded(Severity.class), codes, pointers,
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(12).list().ofMaxSize(3))
                .as(Problem::of);
    }
}
