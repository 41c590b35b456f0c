package probe;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.BeanValidation;
import gov.cbp.medical.model.validation.PayloadSchema;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import java.time.Clock;

/**
 * Run by {@code ModulePathTest} in a JVM that has the model on the module path: reads a payload, binds it
 * with Jackson, validates it with Bean Validation (reflection across the module boundary) and loads the
 * bundled schema and messages from inside the module.
 */
public final class ModulePathProbe {
    private ModulePathProbe() {}

    public static void main(String[] args) throws Exception {
        if (!CustodyEpisode.class.getModule().isNamed()) {
            throw new IllegalStateException("the model is not on the module path");
        }
        String json = args[0];
        ValidationResult<CustodyEpisode> result = PayloadValidator.builder().checkFutureTimes(false).build().validate(json);
        CustodyEpisode episode = result.value().orElseThrow();
        CustodyEpisode bound = MedicalJson.mapper().readValue(json, CustodyEpisode.class);
        if (!bound.equals(episode)) {
            throw new IllegalStateException("Jackson binding differs from the validator's");
        }
        int violations = BeanValidation.validator().validate(episode.toBuilder().episodeId("x".repeat(99)).build()).size();
        String message = PayloadValidator.create().validate("{").problems().get(0).message();
        System.out.println("module=" + CustodyEpisode.class.getModule().getName() + " violations=" + violations
                + " schemaBytes=" + PayloadSchema.episode().length() + " message=" + message);
    }
}
