package gov.cbp.medical.examples.cli;

import gov.cbp.medical.model.validation.Problem;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.CatalogueLoad;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --standards} and {@code --policy} options: which catalogue of standards to judge against. A
 * catalogue or policy with errors stops the command with {@link ExitCodes#USAGE} after listing every problem
 * on standard error.
 */
final class StandardsOptions {
    @Option(names = "--standards", paramLabel = "PATH",
            description = "Use this catalogue instead of the bundled baseline: a standard or catalogue JSON file, "
                    + "or a directory of <standard-id>/<version>.json files (see docs/schema/standard.schema.json).")
    Path standards;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Layer a local policy over the catalogue: stricter deadlines, intervals and applicability "
                    + "as they are, looser ones only with a recorded waiver.")
    Path policy;

    /**
     * The catalogue the options name.
     *
     * @param spec the command
     * @return the catalogue
     * @throws IOException if a file cannot be read
     * @throws CliFailure if a file is missing or has errors
     */
    Catalogue catalogue(CommandSpec spec) throws IOException {
        Catalogue catalogue = Catalogue.baseline();
        if (standards != null) {
            requireReadable(standards, true);
            catalogue = orFail(spec, standards, Catalogue.load(standards));
        }
        if (policy != null) {
            requireReadable(policy, false);
            try (InputStream in = Files.newInputStream(policy)) {
                catalogue = orFail(spec, policy, catalogue.withPolicy(in));
            }
        }
        return catalogue;
    }

    /**
     * A short description of the catalogue for reports: {@code baseline}, a path, and any policy.
     *
     * @return the description
     */
    String describe() {
        return (standards == null ? "baseline" : standards.toString()) + (policy == null ? "" : " + policy " + policy);
    }

    private static void requireReadable(Path path, boolean directoryAllowed) {
        if (!Files.exists(path)) {
            throw CliFailure.io(path + ": no such file");
        }
        if (!directoryAllowed && Files.isDirectory(path)) {
            throw CliFailure.io(path + ": is a directory");
        }
        if (!Files.isReadable(path)) {
            throw CliFailure.io(path + ": permission denied");
        }
    }

    private static Catalogue orFail(CommandSpec spec, Path file, CatalogueLoad load) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : load.problems()) {
            err.println(file + ": " + p.severity().code() + " " + p.code() + " at "
                    + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message());
        }
        err.flush();
        if (!load.isValid()) {
            throw new CliFailure(ExitCodes.USAGE, file + " has errors (listed above); nothing was evaluated");
        }
        return load.catalogue().orElseThrow();
    }
}
