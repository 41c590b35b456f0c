package gov.cbp.medical.testkit;

import com.fasterxml.jackson.databind.ObjectWriter;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.testkit.internal.EpisodeFactory;
import gov.cbp.medical.testkit.internal.FixedEpisodes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of realistic synthetic custody episodes, for demonstrations, benchmarks and tests.
 *
 * <p>For each day of the period and each facility (see {@link GeneratorSettings}), people arrive (Poisson
 * distributed, more on surge days), alone or as family units, and each gets one episode: a detainee of the
 * drawn population class and age, book-in and book-out, and a timeline of the events the domain brief
 * describes: encounter observation, health interview with answers, medical issues and notifications,
 * assessments, enhanced monitoring, welfare checks, food, water and showers, medication review and doses,
 * infectious-disease screening and isolation, pregnancy and births, emergencies and hospital visits,
 * transfers, the TVPRA determination and notification. Each required act is done on time, late or not at all
 * with the probabilities of the settings. Every episode is valid: the payload validator reports no error for
 * it, provided the period lies in the past.
 *
 * <p>Names, A-numbers, identifiers and notes are synthetic and say so ({@code Synthetic-Rivera},
 * {@code A-SYN-000000123}, {@code SYN-TCAS1-20250303-0007}, {@code Synthetic: ...}).
 *
 * <p>The generator uses no jqwik and no clock: the same settings give the same episodes, and
 * {@link #writeJsonLines(OutputStream)} the same bytes (with the same library and Jackson versions).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EpisodeGenerator {
    private final EpisodeFactory factory;

    private EpisodeGenerator(GeneratorSettings settings) {
        this.factory = new EpisodeFactory(settings);
    }

    /**
     * A generator for settings.
     *
     * @param settings the settings, not null
     * @return the generator, not null
     */
    public static EpisodeGenerator of(GeneratorSettings settings) {
        return new EpisodeGenerator(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * A generator with the default settings and a seed.
     *
     * @param seed the seed
     * @return the generator, not null
     */
    public static EpisodeGenerator withSeed(long seed) {
        return of(GeneratorSettings.builder().seed(seed).build());
    }

    /**
     * The settings.
     *
     * @return the settings, not null
     */
    public GeneratorSettings settings() {
        return factory.settings();
    }

    /**
     * The facilities, with their surge periods over the whole period.
     *
     * @return the facilities, not null, unmodifiable
     */
    public List<Facility> facilities() {
        return factory.facilities();
    }

    /**
     * The episodes, day by day, facility by facility, and by book-in time within a facility's day.
     *
     * <p>The stream is lazy and holds one facility day at a time, so it can be far larger than memory (a
     * million episodes and more). It is sequential; it can be consumed again by calling this method again.
     *
     * @return the episodes, not null
     */
    public Stream<CustodyEpisode> episodes() {
        int facilities = factory.facilities().size();
        return IntStream.range(0, settings().days()).boxed()
                .flatMap(day -> IntStream.range(0, facilities).boxed()
                        .flatMap(facility -> factory.facilityDay(facility, day).stream()));
    }

    /**
     * Writes the episodes as JSON Lines: one compact UTF-8 JSON document per line, each line ending in
     * {@code \n}. The stream is flushed, not closed.
     *
     * @param out the stream, not null
     * @return the number of episodes written
     * @throws IOException if writing fails
     */
    public long writeJsonLines(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ObjectWriter writer = MedicalJson.mapper().writerFor(CustodyEpisode.class);
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        long count = 0;
        int facilities = factory.facilities().size();
        for (int day = 0; day < settings().days(); day++) {
            for (int facility = 0; facility < facilities; facility++) {
                for (CustodyEpisode episode : factory.facilityDay(facility, day)) {
                    buffered.write(writer.writeValueAsBytes(episode));
                    buffered.write('\n');
                    count++;
                }
            }
        }
        buffered.flush();
        return count;
    }

    /**
     * A fixed, small episode for benchmarks: a single adult held six hours (about six welfare checks, a
     * screening, food and water). The same on every call.
     *
     * @return the episode, not null
     */
    public static CustodyEpisode shortAdultStay() {
        return FixedEpisodes.shortAdultStay();
    }

    /**
     * A fixed, medium episode for benchmarks: an unaccompanied child held 20 hours with about 20 welfare
     * checks, a health interview through an interpreter, a screening, the unaccompanied determination and the
     * HHS notification. The same on every call.
     *
     * @return the episode, not null
     */
    public static CustodyEpisode juvenileDay() {
        return FixedEpisodes.juvenileDay();
    }

    /**
     * A fixed, large episode for benchmarks: a family-unit adult held 72 hours, checked hourly, with a
     * hospital visit, medication reviewed and given, a health interview and meals. The same on every call.
     *
     * @return the episode, not null
     */
    public static CustodyEpisode familyStay72h() {
        return FixedEpisodes.familyStay72h();
    }
}
