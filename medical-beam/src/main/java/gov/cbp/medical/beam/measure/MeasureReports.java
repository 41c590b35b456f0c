package gov.cbp.medical.beam.measure;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.validate.DeadLetter;
import gov.cbp.medical.beam.validate.DeadLetterCoder;
import gov.cbp.medical.beam.validate.ValidateLines;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Validates and measures source lines into one {@link MeasureReport} ({@link #REPORT}), equal to the
 * single-process {@code MeasureEngine}'s over the same lines, and the {@link #DEAD_LETTERS} of the lines that
 * are not valid episodes. Each line is validated and evaluated exactly once ({@link MeasureLines}) and
 * counted into its bundle's accumulator of its book-in facility; the facilities' states are merged per
 * facility (split over {@link MeasureSettings#hotKeyFanout()} intermediate keys for very large facilities),
 * then into the report. Every part of an accumulator merges associatively and commutatively, so no split of
 * the input into bundles, workers or fan-out keys changes the report.
 *
 * <p>In the global window (a batch input) an empty input gives the report of nothing; in other windows one
 * report per non-empty window.
 */
public final class MeasureReports extends PTransform<PCollection<SourceLine>, PCollectionTuple> {
    private static final long serialVersionUID = 1L;
    /** The report. */
    public static final TupleTag<MeasureReport> REPORT = new TupleTag<>("report") {
        private static final long serialVersionUID = 1L;
    };
    /** The lines that are not valid episodes, with their source, line and problems. */
    public static final TupleTag<DeadLetter> DEAD_LETTERS = ValidateLines.DEAD_LETTERS;
    private final ValidationSettings validation;
    private final MeasureSettings settings;

    private MeasureReports(ValidationSettings validation, MeasureSettings settings) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Validates and measures with these settings.
     *
     * @param validation the validation settings, not null
     * @param settings the measure settings, not null
     * @return the transform, not null
     */
    public static MeasureReports with(ValidationSettings validation, MeasureSettings settings) {
        return new MeasureReports(validation, settings);
    }

    @Override
    public PCollectionTuple expand(PCollection<SourceLine> lines) {
        PCollectionTuple measured = lines.apply("Validate and measure", ParDo.of(new MeasureLines(validation, settings))
                .withOutputTags(MeasureLines.FACILITY_STATES, TupleTagList.of(DEAD_LETTERS)));
        measured.get(DEAD_LETTERS).setCoder(DeadLetterCoder.of());
        Combine.PerKey<String, MeasureState, MeasureState> combine = Combine.perKey(new MergeStates(settings));
        PTransform<PCollection<KV<String, MeasureState>>, PCollection<KV<String, MeasureState>>> perFacility =
                settings.hotKeyFanout() > 1 ? combine.withHotKeyFanout(settings.hotKeyFanout()) : combine;
        PCollection<MeasureState> facilities = measured.get(MeasureLines.FACILITY_STATES)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), MeasureStateCoder.of()))
                .apply("Merge per facility", perFacility)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), MeasureStateCoder.of()))
                .apply("Facility states", Values.<MeasureState>create())
                .setCoder(MeasureStateCoder.of());
        Combine.Globally<MeasureState, MeasureState> merge = Combine.globally(new MergeStates(settings));
        if (!(lines.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
            merge = merge.withoutDefaults();
        }
        PCollection<MeasureReport> reports = facilities.apply("Merge facilities", merge).setCoder(MeasureStateCoder.of())
                .apply("Report", ParDo.of(new Report(settings))).setCoder(MeasureReportCoder.of());
        return PCollectionTuple.of(REPORT, reports).and(DEAD_LETTERS, measured.get(DEAD_LETTERS));
    }

    /** Produces the report of the merged state. */
    static final class Report extends DoFn<MeasureState, MeasureReport> {
        private static final long serialVersionUID = 1L;
        private final MeasureSettings settings;
        private transient MeasureEngine engine;

        Report(MeasureSettings settings) {
            this.settings = settings;
        }

        @Setup
        public void setup() {
            engine = settings.engine();
        }

        @ProcessElement
        public void process(@Element MeasureState state, OutputReceiver<MeasureReport> out) {
            out.output(state.readOnly(engine).report(settings.reportSettings()));
        }
    }
}
