package gov.cbp.medical.testkit;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.testkit.internal.Synthetic;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Strings of the model: identifiers, codes, labels, free text, ICD-10 codes and language tags. */
final class TextArbitraries {
    static final String TOKEN_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-";
    private static final List<String> LANGUAGES =
            List.of("es", "quc", "mam", "ht", "pt", "fr", "en", "ru", "tr", "pt-BR", "es-MX", "zh-Hans");

    private TextArbitraries() {}

    static Arbitrary<String> identifiers() {
        return tokens("SYN-", Limits.MAX_ID_LENGTH);
    }

    static Arbitrary<String> tokens() {
        return tokens("C-", Limits.MAX_CODE_LENGTH);
    }

    static Arbitrary<String> tokens(String prefix, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 999_999).map(n -> prefix + n)),
                Tuple.of(3, Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(max)),
                Tuple.of(1, Arbitraries.strings().withChars(TOKEN_CHARS).ofLength(max)));
    }

    static Arbitrary<String> labels() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(Synthetic.HOSPITALS)),
                Tuple.of(4, text(150).map(s -> "Synthetic " + s)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(Limits.MAX_LABEL_LENGTH)));
    }

    static Arbitrary<String> personalTexts() {
        List<String> notes = new ArrayList<>();
        notes.addAll(Synthetic.OBSERVATIONS);
        notes.addAll(Synthetic.ISSUES);
        notes.addAll(Synthetic.FINDINGS);
        notes.addAll(Synthetic.MEDICATIONS);
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(notes)),
                Tuple.of(4, text(200).map(s -> "Synthetic: " + s)),
                Tuple.of(1, text(Limits.MAX_TEXT_LENGTH)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(Limits.MAX_TEXT_LENGTH)));
    }

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0391', '\u03c9')
                .withCharRange('\u0410', '\u044f')
                .withCharRange('\u4e00', '\u4e3f')
                .withChars("\n\t\r\u2019\u201c\u201d\u2014\u2026")
                .ofMaxLength(maxLength);
    }

    static Arbitrary<String> icd10Codes() {
        Arbitrary<String> shaped = Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().range('0', '9'),
                Arbitraries.chars().with("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMaxLength(4))
                .as((a, b, c, rest) -> "" + a + b + c + (rest.isEmpty() ? "" : "." + rest));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Synthetic.ICD10)), Tuple.of(1, shaped));
    }

    static Arbitrary<String> languageTags() {
        return Arbitraries.of(LANGUAGES);
    }
}
