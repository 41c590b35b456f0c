package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.json.MedicalJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One input named on the command line: a file, or {@code -} for standard input. Files are checked before
 * anything is printed, so a missing file fails fast with {@link ExitCodes#IO}.
 */
final class Input {
    /** How much of a stream is examined to tell one JSON document from JSON Lines. */
    private static final int LOOK_AHEAD = 64 * 1024;
    private static final String STDIN = "-";

    private final String argument;
    private final Path path;
    private final InputStream stdin;
    private final InputFormat format;

    private Input(String argument, Path path, InputStream stdin, InputFormat format) {
        this.argument = argument;
        this.path = path;
        this.stdin = stdin;
        this.format = format;
    }

    /**
     * Resolves the inputs named on the command line, checking that each file can be read.
     *
     * @param spec the command, for usage errors
     * @param arguments the file names, {@code -} for standard input
     * @param stdin standard input
     * @param format how to read them
     * @return the inputs in order
     * @throws ParameterException if standard input is named twice
     * @throws CliFailure if a file is missing or cannot be read
     */
    static List<Input> resolve(CommandSpec spec, List<String> arguments, InputStream stdin, InputFormat format) {
        List<Input> inputs = new ArrayList<>();
        boolean stdinUsed = false;
        for (String argument : arguments) {
            if (STDIN.equals(argument)) {
                if (stdinUsed) {
                    throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once");
                }
                stdinUsed = true;
                inputs.add(new Input(argument, null, stdin, format));
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw CliFailure.io(argument + ": no such file");
            }
            if (Files.isDirectory(path)) {
                throw CliFailure.io(argument + ": is a directory");
            }
            if (!Files.isReadable(path)) {
                throw CliFailure.io(argument + ": permission denied");
            }
            inputs.add(new Input(argument, path, null, format));
        }
        return inputs;
    }

    /**
     * The name shown in reports: the argument as given, {@code -} for standard input.
     *
     * @return the name
     */
    String name() {
        return argument;
    }

    /**
     * Opens the input and decides whether it is JSON Lines.
     *
     * @return the opened input; close it after use (standard input itself is never closed)
     * @throws IOException if opening or reading fails
     */
    Opened open() throws IOException {
        InputStream raw = path == null ? new FilterInputStream(stdin) {
            @Override
            public void close() {
                // standard input belongs to the process
            }
        } : openFile(path);
        BufferedInputStream in = new BufferedInputStream(raw, LOOK_AHEAD);
        boolean lines;
        switch (format) {
            case json:
                lines = false;
                break;
            case jsonl:
                lines = true;
                break;
            default:
                lines = byExtension() != null ? byExtension() : looksLikeJsonLines(in);
                break;
        }
        return new Opened(in, lines);
    }

    /**
     * A regular file through NIO; anything else ({@code /dev/stdin}, a named pipe, a process substitution)
     * through {@link FileInputStream}, which never seeks: NIO's stream asks a pipe for its position and
     * fails with "Illegal seek" before a byte is read.
     */
    private static InputStream openFile(Path path) throws IOException {
        return Files.isRegularFile(path) ? Files.newInputStream(path) : new FileInputStream(path.toFile());
    }

    private Boolean byExtension() {
        if (path == null) {
            return null;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Boolean.TRUE;
        }
        return name.endsWith(".json") ? Boolean.FALSE : null;
    }

    /**
     * JSON Lines if the first line on its own is one complete JSON value and more content follows it.
     * A pretty-printed document fails the first test; a single line is read the same either way.
     */
    static boolean looksLikeJsonLines(BufferedInputStream in) throws IOException {
        in.mark(Limits.MAX_PAYLOAD_BYTES + LOOK_AHEAD);
        try {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (first.size() > Limits.MAX_PAYLOAD_BYTES) {
                    return true; // a line too long for one document; the line reader reports it
                }
                first.write(b);
            }
            if (b == -1 || !isOneValue(first.toByteArray())) {
                return false;
            }
            for (int seen = 0; seen < LOOK_AHEAD && (b = in.read()) != -1; seen++) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return true;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static boolean isOneValue(byte[] line) {
        try (JsonParser parser = MedicalJson.mapper().getFactory().createParser(line)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An opened input: its stream and how to read it. */
    static final class Opened implements AutoCloseable {
        private final InputStream stream;
        private final boolean jsonLines;

        Opened(InputStream stream, boolean jsonLines) {
            this.stream = stream;
            this.jsonLines = jsonLines;
        }

        InputStream stream() {
            return stream;
        }

        boolean isJsonLines() {
            return jsonLines;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
