package gov.cbp.medical.beam.read;

import gov.cbp.medical.model.validation.PayloadValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads JSON Lines files from any file system Beam supports (local, {@code gs://}, {@code s3://},
 * {@code hdfs://}, compressed by extension) into {@link SourceLine}s, each with its file and 1-based line
 * number: what the dead-letter output and the report's first lines name.
 *
 * <p>Lines are split by the library's own reader ({@link PayloadValidator#readLines}), so blank lines,
 * carriage returns and lines over the payload limit are treated exactly as by the single-process engine.
 * Line numbers need each file read from its start, so one file is read by one worker; the lines are then
 * reshuffled, so validation, evaluation and measuring spread over all workers whatever the number of files.
 * (TextIO splits files but loses line numbers: that is why this reads with FileIO.)
 */
public final class ReadJsonLines extends PTransform<PBegin, PCollection<SourceLine>> {
    private static final long serialVersionUID = 1L;
    private final String filepattern;
    private final boolean reshuffle;

    private ReadJsonLines(String filepattern, boolean reshuffle) {
        this.filepattern = Objects.requireNonNull(filepattern, "filepattern");
        this.reshuffle = reshuffle;
    }

    /**
     * Reads every file matching a pattern; matching no file is an error.
     *
     * @param filepattern a Beam file pattern, for example {@code gs://bucket/2025-03/*.jsonl.gz}
     * @return the transform
     */
    public static ReadJsonLines from(String filepattern) {
        return new ReadJsonLines(filepattern, true);
    }

    /**
     * Without the reshuffle after reading: for inputs of many small files, where reading already spreads.
     *
     * @return a copy that does not reshuffle
     */
    public ReadJsonLines withoutReshuffle() {
        return new ReadJsonLines(filepattern, false);
    }

    @Override
    public PCollection<SourceLine> expand(PBegin input) {
        PCollection<SourceLine> lines = input
                .apply("Match", FileIO.match().filepattern(filepattern).withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
                .apply("Open", FileIO.readMatches())
                .apply("Split into lines", ParDo.of(new SplitLines()))
                .setCoder(SourceLineCoder.of());
        return reshuffle ? lines.apply("Spread", Reshuffle.viaRandomKey()) : lines;
    }

    /** Splits one file into lines with their numbers. */
    static final class SplitLines extends DoFn<FileIO.ReadableFile, SourceLine> {
        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<SourceLine> out) throws IOException {
            String source = file.getMetadata().resourceId().toString();
            // Only splitting is used: the validator's settings do not matter here.
            PayloadValidator splitter = PayloadValidator.create();
            try (InputStream in = Channels.newInputStream(file.open())) {
                splitter.readLines(in, line -> out.output(SourceLine.of(source, line)));
            }
        }
    }
}
