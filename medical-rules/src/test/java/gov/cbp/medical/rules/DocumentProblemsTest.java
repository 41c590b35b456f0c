package gov.cbp.medical.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.model.validation.Severity;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.measure.MeasureSetReader;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules' document readers share the model's problem collector and message mechanism: problems are bounded
 * per document as a payload's are, and their messages come in the locale of the call (a test-only Spanish
 * bundle stands in for a translation) with the same codes, pointers and arguments.
 */
class DocumentProblemsTest {
    private static final Locale SPANISH = new Locale("es");

    private static CatalogueLoad load(String json) throws IOException {
        return Catalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A JSON object with {@code count} properties no format knows. */
    private static String unknownProperties(int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"x").append(i).append("\":1");
        }
        return json.append('}').toString();
    }

    @Test
    void catalogueProblems_inTheLocaleOfTheCall_keepCodesPointersArguments() throws IOException {
        CatalogueLoad load = load("{\"id\":");
        List<Problem> english = load.problems();
        List<Problem> spanish = load.problems(SPANISH);
        assertThat(english).extracting(Problem::code).containsExactly("catalogue.json.malformed");
        assertThat(spanish.get(0).message()).startsWith("El documento no es JSON bien formado");
        assertThat(spanish).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message").isEqualTo(english);
        assertThat(load.problems(Locale.ROOT)).isEqualTo(english);
    }

    @Test
    void catalogueProblems_aLocaleWithoutTheMessage_fallsBackToEnglish() throws IOException {
        CatalogueLoad load = load("{}");
        assertThat(load.problems(SPANISH)).isEqualTo(load.problems());
    }

    @Test
    void catalogueProblems_nullLocale_isRejected() throws IOException {
        CatalogueLoad load = load("{}");
        assertThatNullPointerException().isThrownBy(() -> load.problems(null));
    }

    @Test
    void measureSetReader_withLocale_rendersInThatLocale() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        ValidationResult<MeasureSet> english = MeasureSetReader.create().read(json);
        ValidationResult<MeasureSet> spanish = MeasureSetReader.create().withLocale(SPANISH).read(json);
        assertThat(english.problems()).extracting(Problem::pointer).containsExactly("/id", "/measures", "/title", "/version");
        assertThat(spanish.problems().get(0).message()).isEqualTo("La propiedad \"id\" es obligatoria.");
        assertThat(spanish.problems()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("message")
                .isEqualTo(english.problems());
        assertThatNullPointerException().isThrownBy(() -> MeasureSetReader.create().withLocale(null));
    }

    @Test
    void aStandardWithMoreProblemsThanTheLimit_listsTheLimitAndOneClosingError() throws IOException {
        CatalogueLoad load = load(unknownProperties(Limits.MAX_PROBLEMS + 300));
        assertThat(load.isValid()).isFalse();
        assertThat(load.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        List<Problem> closing = load.problems().stream().filter(p -> p.code().equals("catalogue.problems.truncated"))
                .collect(Collectors.toList());
        assertThat(closing).hasSize(1);
        assertThat(closing.get(0).pointer()).isEmpty();
        assertThat(closing.get(0).severity()).isEqualTo(Severity.ERROR);
        // 1,300 unknown properties and the 7 required ones missing: 307 beyond the limit
        assertThat(closing.get(0).arguments()).containsExactly("307", Integer.toString(Limits.MAX_PROBLEMS));
    }

    @Test
    void aMeasureSetWithMoreProblemsThanTheLimit_listsTheLimitAndOneClosingError() {
        ValidationResult<MeasureSet> result = MeasureSetReader.create()
                .read(unknownProperties(Limits.MAX_PROBLEMS + 10).getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        Problem closing = result.problems().stream().filter(p -> p.code().equals("measure.problems.truncated"))
                .findFirst().orElseThrow();
        assertThat(closing.severity()).isEqualTo(Severity.ERROR);
        // 1,010 unknown properties and the 4 required ones missing: 14 beyond the limit
        assertThat(closing.arguments()).containsExactly("14", Integer.toString(Limits.MAX_PROBLEMS));
        assertThat(result.value()).isEmpty();
    }
}
