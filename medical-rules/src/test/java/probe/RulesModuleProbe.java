package probe;

import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.evaluation.EpisodeEvaluation;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Run by {@code ModulePathTest} in a JVM that has the rules and the model on the module path: loads the bundled
 * catalogue and both message bundles from inside the module, evaluates an episode and writes the evaluation with Jackson.
 */
public final class RulesModuleProbe {
    private RulesModuleProbe() {}

    public static void main(String[] args) throws Exception {
        if (!Catalogue.class.getModule().isNamed()) {
            throw new IllegalStateException("the rules are not on the module path");
        }
        Catalogue catalogue = Catalogue.baseline();
        var episode = MedicalJson.mapper().readValue(args[0], gov.cbp.medical.model.custody.CustodyEpisode.class);
        EpisodeEvaluation evaluation = Evaluator.of(catalogue).evaluate(episode, Instant.parse(args[1]));
        String json = MedicalJson.mapper().writeValueAsString(evaluation);
        EpisodeEvaluation read = MedicalJson.mapper().readValue(json, EpisodeEvaluation.class);
        CatalogueLoad bad = Catalogue.load(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)));
        String measureMessage = gov.cbp.medical.rules.measure.MeasureSetReader.create()
                .read("{}".getBytes(StandardCharsets.UTF_8)).problems().get(0).message();
        String standardJson = Catalogue.toJson(catalogue.standards().get(0));
        System.out.println("module=" + Catalogue.class.getModule().getName() + " requirements="
                + catalogue.requirementIds().size() + " findings=" + evaluation.findings().size()
                + " roundTrip=" + read.equals(evaluation) + " standardBytes=" + standardJson.length()
                + " message=" + bad.problems().get(0).message() + " measureMessage=" + measureMessage);
    }
}
