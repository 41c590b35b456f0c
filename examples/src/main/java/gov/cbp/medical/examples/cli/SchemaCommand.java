package gov.cbp.medical.examples.cli;

import gov.cbp.medical.model.validation.PayloadSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cbp-medical schema}: prints the payload JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the custody-episode payload, the same as "
                    + "docs/schema/custody-episode.schema.json.",
            "The schema checks structure; only 'validate' checks the cross-field rules, limits and times."
        })
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--event", description = "Print the schema of one event sent on its own instead.")
    private boolean event;

    @Override
    public Integer call() {
        String schema = event ? PayloadSchema.event() : PayloadSchema.episode();
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        if (out.checkError()) {
            throw CliFailure.io("cannot write to standard output");
        }
        return ExitCodes.OK;
    }
}
