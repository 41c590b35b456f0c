package probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.BeanValidation;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import jakarta.validation.NoProviderFoundException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Run by {@code ModulePathTest} with the model on the module path and no Bean Validation provider: payload
 * validation, {@code BeanValidation.validate} of an episode, the {@code ServiceLoader}-registered Jackson
 * module and the bundled samples (read from outside the module) all work; only the factory needs a provider.
 */
public final class NoProviderProbe {
    private NoProviderProbe() {}

    public static void main(String[] args) throws Exception {
        Module model = CustodyEpisode.class.getModule();
        if (!model.isNamed()) {
            throw new IllegalStateException("the model is not on the module path");
        }
        ObjectMapper stock = new ObjectMapper().findAndRegisterModules();
        int samples = 0;
        int valid = 0;
        try (InputStream in = model.getResourceAsStream("gov/cbp/medical/model/samples/episodes.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            PayloadValidator validator = PayloadValidator.builder().checkFutureTimes(false).build();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                samples++;
                ValidationResult<CustodyEpisode> result = validator.validate(line);
                if (result.isValid() && result.value().get().equals(stock.readValue(line, CustodyEpisode.class))) {
                    valid++;
                }
            }
        }
        CustodyEpisode episode = PayloadValidator.builder().checkFutureTimes(false).build().validate(args[0]).value().orElseThrow();
        int problems = BeanValidation.validate(episode.toBuilder().episodeId("x".repeat(99)).build(), Clock.systemUTC())
                .problems().size();
        String factory;
        try {
            BeanValidation.factory();
            factory = "built";
        } catch (NoProviderFoundException e) {
            factory = "noProvider";
        }
        System.out.println("samples=" + samples + " valid=" + valid + " problems=" + problems + " factory=" + factory
                + " hibernate=" + ModuleLayer.boot().findModule("org.hibernate.validator").isPresent());
    }
}
