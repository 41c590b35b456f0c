package gov.cbp.medical.examples.cli;

/** How an input file is read. */
public enum InputFormat {
    /** By extension ({@code .jsonl}, {@code .ndjson}: JSON Lines; {@code .json}: one document), else by content. */
    auto,
    /** One JSON document: one episode. */
    json,
    /** JSON Lines: one episode per line, streamed. */
    jsonl
}
