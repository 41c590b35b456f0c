package gov.cbp.medical.beam.measure;

import gov.cbp.medical.beam.read.SourceLine;
import gov.cbp.medical.beam.validate.ValidateLines;
import gov.cbp.medical.beam.validate.ValidatedLine;
import gov.cbp.medical.beam.validate.ValidationSettings;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.measure.engine.MeasureEngine;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Validates each line once, sends the bad ones to the dead letters, and adds every line to its bundle's
 * accumulator of the line's book-in facility (per window); at the end of the bundle it outputs each
 * facility's state. What leaves this step is a few kilobytes per facility and bundle, never a line or a bound
 * episode: the combine downstream only merges states, so a runner that copies or regroups its inputs (the
 * DirectRunner copies a key's whole bag through its coder on every bundle) never validates or evaluates a line
 * twice. This is the combine's input step lifted by hand, so that it can have a dead-letter output.
 */
final class MeasureLines extends DoFn<SourceLine, KV<String, MeasureState>> {
    private static final long serialVersionUID = 1L;
    /** The facilities' states of each bundle. */
    static final TupleTag<KV<String, MeasureState>> FACILITY_STATES = new TupleTag<>("facilityStates") {
        private static final long serialVersionUID = 1L;
    };
    private final ValidationSettings validation;
    private final MeasureSettings settings;
    private transient PayloadValidator validator;
    private transient MeasureEngine engine;
    private transient Map<BoundedWindow, Map<String, MeasureState>> bundle;

    MeasureLines(ValidationSettings validation, MeasureSettings settings) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Setup
    public void setup() {
        validator = validation.validator();
        engine = settings.engine();
    }

    @StartBundle
    public void startBundle() {
        bundle = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element SourceLine line, BoundedWindow window, MultiOutputReceiver out) {
        ValidatedLine validated = validation.validate(validator, line);
        validated.deadLetter(settings.invalidEpisodes()).ifPresent(out.get(ValidateLines.DEAD_LETTERS)::output);
        bundle.computeIfAbsent(window, w -> new HashMap<>())
                .computeIfAbsent(validated.bookInFacilityId(), facility -> MeasureState.empty(engine))
                .accumulator(engine).add(validated.result());
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
        bundle.forEach((window, facilities) -> facilities.forEach((facility, state) ->
                context.output(FACILITY_STATES, KV.of(facility, state), window.maxTimestamp(), window)));
        bundle = null;
    }
}
