package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.testkit.EpisodeGenerator;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** The three payload sizes of the suite, from the testkit's fixed samples. */
public enum Payloads {
    /** A short adult stay. */
    SHORT_ADULT("short-adult", EpisodeGenerator::shortAdultStay),
    /** A typical juvenile day with about 20 welfare checks. */
    JUVENILE_DAY("juvenile-day", EpisodeGenerator::juvenileDay),
    /** A 72-hour family stay with a hospital visit. */
    FAMILY_72H("family-72h", EpisodeGenerator::familyStay72h);

    private final String label;
    private final Supplier<CustodyEpisode> sample;

    Payloads(String label, Supplier<CustodyEpisode> sample) {
        this.label = label;
        this.sample = sample;
    }

    /** The label used as the JMH parameter. */
    public String label() {
        return label;
    }

    /** The episode. */
    public CustodyEpisode episode() {
        return sample.get();
    }

    /** The episode's JSON bytes, as the library writes them. */
    public byte[] bytes() {
        try {
            return MedicalJson.mapper().writeValueAsBytes(episode());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The constant with a label. */
    public static Payloads of(String label) {
        for (Payloads payload : values()) {
            if (payload.label.equals(label)) {
                return payload;
            }
        }
        throw new IllegalArgumentException("no payload size " + label);
    }
}
