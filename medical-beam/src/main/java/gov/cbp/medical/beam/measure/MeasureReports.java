package gov.cbp.medical.beam.measure;

import gov.cbp.medical.beam.validate.ValidatedLine;
import gov.cbp.medical.rules.measure.report.MeasureReport;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Measures validated lines into one {@link MeasureReport}, equal to the single-process
 * {@code MeasureEngine}'s over the same lines: each line is keyed by its book-in facility and counted into
 * that facility's accumulator (split over {@link MeasureSettings#hotKeyFanout()} intermediate keys for
 * very large facilities), and the facilities' accumulators are merged into the report. Every part of an
 * accumulator merges associatively and commutatively, so no split of the input into bundles, workers or
 * fan-out keys changes the report.
 *
 * <p>In the global window (a batch input) an empty input gives the report of nothing; in other windows one
 * report per non-empty window.
 */
public final class MeasureReports extends PTransform<PCollection<ValidatedLine>, PCollection<MeasureReport>> {
    private static final long serialVersionUID = 1L;
    private final MeasureSettings settings;

    private MeasureReports(MeasureSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Measures with these settings.
     *
     * @param settings the settings, not null
     * @return the transform, not null
     */
    public static MeasureReports with(MeasureSettings settings) {
        return new MeasureReports(settings);
    }

    @Override
    public PCollection<MeasureReport> expand(PCollection<ValidatedLine> lines) {
        Combine.PerKey<String, ValidatedLine, MeasureState> combine = Combine.perKey(new FacilityMeasures(settings));
        PTransform<PCollection<KV<String, ValidatedLine>>, PCollection<KV<String, MeasureState>>> perFacility =
                settings.hotKeyFanout() > 1 ? combine.withHotKeyFanout(settings.hotKeyFanout()) : combine;
        PCollection<MeasureState> facilities = lines
                .apply("Key by facility", WithKeys.of(ValidatedLine::bookInFacilityId).withKeyType(TypeDescriptors.strings()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), lines.getCoder()))
                .apply("Measure per facility", perFacility)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), MeasureStateCoder.of()))
                .apply("Facility states", Values.<MeasureState>create())
                .setCoder(MeasureStateCoder.of());
        Combine.Globally<MeasureState, MeasureState> merge = Combine.globally(new MergeFacilities(settings));
        if (!(lines.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
            merge = merge.withoutDefaults();
        }
        return facilities.apply("Merge facilities", merge).setCoder(MeasureStateCoder.of())
                .apply("Report", ParDo.of(new Report(settings))).setCoder(MeasureReportCoder.of());
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
