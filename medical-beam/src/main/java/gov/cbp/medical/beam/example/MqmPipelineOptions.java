package gov.cbp.medical.beam.example;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The options of {@link MqmPipeline}, given as {@code --name=value} after Beam's own (runner, project, ...). */
public interface MqmPipelineOptions extends PipelineOptions {
    /** @return the input file pattern */
    @Description("JSON Lines input, a Beam file pattern: /data/2025-03/*.jsonl, gs://bucket/episodes/*.jsonl.gz")
    @Validation.Required
    String getInput();

    /** @param input the input file pattern */
    void setInput(String input);

    /** @return the output directory */
    @Description("Directory for mqm-report.json/.csv/.html and dead-letters*.jsonl, on any Beam file system")
    @Validation.Required
    String getOutput();

    /** @param output the output directory */
    void setOutput(String output);

    /** @return the month measured */
    @Description("The month measured, YYYY-MM (book-in date at the facility); omit for every episode")
    String getMonth();

    /** @param month the month */
    void setMonth(String month);

    /** @return the evaluation instant */
    @Description("The evaluation instant, ISO-8601 (default: the 15th of the month after --month, else --generatedAt)")
    String getAsOf();

    /** @param asOf the instant */
    void setAsOf(String asOf);

    /** @return the instant the records are complete through */
    @Description("The instant the records are complete through, at or before --asOf (default: --asOf)")
    String getRecordsThrough();

    /** @param recordsThrough the instant */
    void setRecordsThrough(String recordsThrough);

    /** @return the generation instant */
    @Description("The generation instant stamped on the reports (default: when the pipeline is built); fix it for reproducible reports")
    String getGeneratedAt();

    /** @param generatedAt the instant */
    void setGeneratedAt(String generatedAt);

    /** @return the policy */
    @Description("Bound episodes with validation errors: measure or reject")
    @Default.String("measure")
    String getInvalidEpisodes();

    /** @param policy the policy */
    void setInvalidEpisodes(String policy);

    /** @return the threshold */
    @Description("Suppress strata of fewer than N people or occurrences (0 shows everything)")
    @Default.Integer(11)
    int getSuppressBelow();

    /** @param threshold the threshold */
    void setSuppressBelow(int threshold);

    /** @return the fan-out */
    @Description("Intermediate keys per facility, for facilities too large for one worker (1: none)")
    @Default.Integer(1)
    int getHotKeyFanout();

    /** @param fanout the fan-out */
    void setHotKeyFanout(int fanout);

    /** @return whether future instants are checked */
    @Description("Reject instants later than --generatedAt plus 5 minutes; false when replaying data")
    @Default.Boolean(true)
    boolean getCheckFutureTimes();

    /** @param check whether to check */
    void setCheckFutureTimes(boolean check);
}
