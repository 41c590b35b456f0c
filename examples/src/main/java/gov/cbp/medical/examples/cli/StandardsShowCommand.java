package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.Requirement;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cbp-medical standards show}: one standard's requirements, with their citations and text. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows a standard's versions (or one version) with every requirement: what it asks, by when, "
                + "for whom, and the clause it rests on.")
public final class StandardsShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private FormatOption format;

    @Mixin
    private StandardsOptions standardsOptions;

    @Parameters(paramLabel = "ID[@VERSION]", description = "A standard id such as CBP-TEDS, optionally with a version: CBP-DIR-2210-004@2020-03-30.")
    private String id;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue = standardsOptions.catalogue(spec);
        List<Standard> versions = StandardsText.resolve(spec, catalogue, new StandardsText.Ref(id));
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            // Each version exactly as the library reads and writes it: docs/schema/standard.schema.json.
            JsonGenerator g = JsonOutput.generator(out);
            g.writeStartObject();
            g.writeArrayFieldStart("standards");
            for (Standard s : versions) {
                JsonNode tree = MedicalJson.mapper().readTree(Catalogue.toJson(s));
                g.writeTree(tree);
            }
            g.writeEndArray();
            g.writeEndObject();
            JsonOutput.finish(g, out);
            return ExitCodes.OK;
        }
        for (Standard s : versions) {
            out.print(s.id() + " " + s.version() + ": " + s.title() + "\n");
            out.print("  " + s.authority() + "; in force " + StandardsText.effective(s) + "\n");
            out.print("  Source: " + s.sourceDocument() + "\n");
            s.note().ifPresent(note -> out.print("  Note: " + note + "\n"));
            for (Requirement r : s.requirements()) {
                out.print("\n  " + r.id() + " (" + r.severity().code() + ", " + StandardsText.rule(r) + "): " + r.title() + "\n");
                out.print("    " + r.text() + "\n");
                out.print("    Citation: " + r.citation().text() + "\n");
                out.print("    Provenance: " + r.provenanceText() + r.provenanceNote().map(n -> " (" + n + ")").orElse("") + "\n");
                r.notComputableReason().ifPresent(reason -> out.print("    Not computable: " + reason + "\n"));
                if (catalogue.isDisabled(r.id())) {
                    out.print("    Disabled by the local policy.\n");
                }
                catalogue.waiver(r.id()).ifPresent(w -> out.print("    Waiver: " + w.text() + "\n"));
            }
            out.print("\n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
