package gov.cbp.medical.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one benchmark payload to a file, for the cold-start run. Usage: {@code PayloadFile SIZE FILE}. */
public final class PayloadFile {
    private PayloadFile() {}

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), Payloads.of(args[0]).bytes());
    }
}
