package gov.cbp.medical.examples.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** The {@code --records-through} option of every command that evaluates episodes. */
final class RecordsThroughOption {
    @Option(names = "--records-through", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
            description = "The instant (UTC) the records are complete through, e.g. the end of an extract: "
                    + "occurrences falling due after it are due, not missed (default: the evaluation instant; "
                    + "a later instant counts as the evaluation instant).")
    Instant recordsThrough;

    /** The instant to evaluate with: the option's, never after the evaluation instant; that instant by default. */
    Instant resolve(Instant asOf) {
        return recordsThrough == null || recordsThrough.isAfter(asOf) ? asOf : recordsThrough;
    }
}
