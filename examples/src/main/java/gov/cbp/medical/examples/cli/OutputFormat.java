package gov.cbp.medical.examples.cli;

/** How a command prints its results. */
public enum OutputFormat {
    /** Lines for people; may change between versions. */
    text,
    /** One JSON document for programs; stable, documented in {@code docs/cli.md} with a JSON Schema. */
    json
}
