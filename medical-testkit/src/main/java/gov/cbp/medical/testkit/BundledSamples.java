package gov.cbp.medical.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.EventType;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.person.PopulationClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The synthetic sample files shipped in the model's jar under {@code gov/cbp/medical/model/samples/}, and
 * the code that makes them, so that they can be regenerated and checked against the committed copies.
 *
 * <ul>
 *   <li>{@value #EPISODES}: about ten varied valid episodes, one per line (JSON Lines);</li>
 *   <li>{@value #UNACCOMPANIED_CHILD}: one valid episode of an unaccompanied child, pretty-printed;</li>
 *   <li>{@value #INVALID_EPISODES}: one broken episode per line, each with the problem of
 *       {@link #invalidEpisodes()}.</li>
 * </ul>
 *
 * <p>Every file is UTF-8 with {@code \n} line ends and a final newline; the content depends only on this
 * library's code and its Jackson version, never on the clock or the platform.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BundledSamples {
    /** The resource directory of the samples, relative to a resources root. */
    public static final String DIRECTORY = "gov/cbp/medical/model/samples";
    /** The file name of the valid episodes. */
    public static final String EPISODES = "episodes.jsonl";
    /** The file name of the pretty-printed episode. */
    public static final String UNACCOMPANIED_CHILD = "unaccompanied-child.json";
    /** The file name of the broken episodes. */
    public static final String INVALID_EPISODES = "invalid-episodes.jsonl";

    private static final ObjectMapper MAPPER = MedicalJson.mapper();

    private BundledSamples() {}

    /**
     * An immutable broken sample line: what is wrong, the line, and the problem the validator reports for it.
     *
     * @param description what is broken, not null
     * @param json the line, not null
     * @param severity the code of the expected problem's severity ({@code fatal} or {@code error}), not null
     * @param code the expected problem code, not null
     * @param pointer the expected problem's JSON Pointer, not null
     */
    public record InvalidSample(String description, String json, String severity, String code, String pointer) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public InvalidSample {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(pointer, "pointer");
        }
    }

    /**
     * The valid sample episodes: the three fixed episodes of {@link EpisodeGenerator} and one generated episode
     * for each of: an accompanied child of 12 or under, a pregnant adult, medication given, a transfer, an
     * isolation, enhanced monitoring, a hospital visit, an episode still open.
     *
     * @return the episodes, not null
     */
    public static List<CustodyEpisode> validEpisodes() {
        List<CustodyEpisode> out = new ArrayList<>();
        out.add(EpisodeGenerator.shortAdultStay());
        out.add(EpisodeGenerator.juvenileDay());
        List<Predicate<CustodyEpisode>> wanted = List.of(
                e -> e.detainee().populationClass() == PopulationClass.ACCOMPANIED_JUVENILE
                        && e.detainee().ageOn(LocalDate.of(2025, 3, 3)).map(a -> a.years() <= 12).orElse(false)
                        && has(e, EventType.MEDICAL_ASSESSMENT),
                e -> e.detainee().pregnancy().isPresent() && e.detainee().populationClass()
                        == PopulationClass.FAMILY_UNIT_MEMBER,
                e -> has(e, EventType.MEDICATION_ADMINISTRATION),
                e -> has(e, EventType.TRANSFER),
                e -> has(e, EventType.ISOLATION_START),
                e -> has(e, EventType.MONITORING_PLACEMENT),
                e -> has(e, EventType.HOSPITAL_VISIT),
                e -> e.bookOut().isEmpty());
        GeneratorSettings settings = GeneratorSettings.builder()
                .seed(7)
                .facilities(3)
                .days(2)
                .arrivalsPerFacilityPerDay(25)
                .medianStayHours(12)
                .longStayShare(0)
                .welfareCheckInterval(java.time.Duration.ofMinutes(45), java.time.Duration.ofMinutes(60))
                .pregnantShare(0.3)
                .transferShare(0.2)
                .medicationShare(0.3)
                .infectiousPositiveShare(0.15)
                .followUpShare(0.4)
                .hospitalVisitShare(0.1)
                .build();
        List<CustodyEpisode> candidates = new ArrayList<>();
        EpisodeGenerator.of(settings).episodes().forEach(candidates::add);
        for (Predicate<CustodyEpisode> predicate : wanted) {
            CustodyEpisode pick = null;
            for (CustodyEpisode candidate : candidates) {
                if (predicate.test(candidate) && !out.contains(candidate)
                        && (pick == null || candidate.events().size() < pick.events().size())) {
                    pick = candidate;
                }
            }
            if (pick != null) {
                out.add(pick);
            }
        }
        return out;
    }

    private static boolean has(CustodyEpisode episode, EventType type) {
        for (MedicalEvent event : episode.events()) {
            if (event.type() == type) {
                return true;
            }
        }
        return false;
    }

    /**
     * The content of {@value #EPISODES}.
     *
     * @return the JSON Lines text, not null
     */
    public static String episodesJsonLines() {
        StringBuilder out = new StringBuilder();
        for (CustodyEpisode episode : validEpisodes()) {
            out.append(compact(episode)).append('\n');
        }
        return out.toString();
    }

    /**
     * The content of {@value #UNACCOMPANIED_CHILD}: {@link EpisodeGenerator#juvenileDay()}, indented by two
     * spaces.
     *
     * @return the JSON text, not null
     */
    public static String unaccompaniedChildJson() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(EpisodeGenerator.juvenileDay()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The broken sample lines, each based on {@link EpisodeGenerator#shortAdultStay()}: a line cut short, a
     * wrong type, a missing required property, an event before book-in, a duplicate event id, a reference to
     * an unknown event.
     *
     * @return the samples, not null
     */
    public static List<InvalidSample> invalidEpisodes() {
        String valid = compact(EpisodeGenerator.shortAdultStay());
        List<InvalidSample> out = new ArrayList<>();
        String bookIn = "\"bookIn\":{\"at\":\"";
        out.add(new InvalidSample("line cut inside the book-in time",
                valid.substring(0, valid.indexOf(bookIn) + bookIn.length() + 10), "fatal", "json.syntax.truncated",
                "/bookIn/at"));

        ObjectNode wrongType = tree();
        ((ObjectNode) wrongType.get("bookIn")).put("at", 1741000000);
        out.add(new InvalidSample("wrong type: book-in time as a number", wrongType.toString(), "error",
                "payload.field.type", "/bookIn/at"));

        ObjectNode missing = tree();
        ((ObjectNode) missing.get("detainee")).remove("populationClass");
        out.add(new InvalidSample("missing required property: population class", missing.toString(), "error",
                "payload.field.required", "/detainee/populationClass"));

        ObjectNode early = tree();
        int check = index(early, "welfare-check");
        ((ObjectNode) early.get("events").get(check)).put("at",
                EpisodeGenerator.shortAdultStay().bookIn().at().minusSeconds(3600).toString());
        out.add(new InvalidSample("welfare check an hour before book-in", early.toString(), "error",
                "episode.event.beforeBookIn", "/events/" + check + "/at"));

        ObjectNode duplicate = tree();
        ArrayNode events = (ArrayNode) duplicate.get("events");
        int last = events.size() - 1;
        ((ObjectNode) events.get(last)).put("id", events.get(0).get("id").textValue());
        out.add(new InvalidSample("duplicate event id", duplicate.toString(), "error", "episode.event.duplicateId",
                "/events/" + last + "/id"));

        ObjectNode unknown = tree();
        ArrayNode list = (ArrayNode) unknown.get("events");
        ObjectNode notification = list.addObject();
        notification.put("type", "notification");
        notification.put("id", "E-SAMPLE-NOTIFY");
        notification.put("at", EpisodeGenerator.shortAdultStay().bookIn().at().plusSeconds(1800).toString());
        notification.put("recipient", "supervisor");
        notification.put("subjectEventId", "E999");
        out.add(new InvalidSample("notification about an event the episode does not contain", unknown.toString(),
                "error", "episode.reference.unknown", "/events/" + (list.size() - 1) + "/subjectEventId"));
        return out;
    }

    /**
     * The content of {@value #INVALID_EPISODES}.
     *
     * @return the JSON Lines text, not null
     */
    public static String invalidEpisodesJsonLines() {
        StringBuilder out = new StringBuilder();
        for (InvalidSample sample : invalidEpisodes()) {
            out.append(sample.json()).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes the three files under {@code resourcesRoot/}{@value #DIRECTORY}, creating the directory.
     *
     * @param resourcesRoot a resources root such as {@code medical-model/src/main/resources}, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeTo(Path resourcesRoot) {
        Path directory = resourcesRoot.resolve(DIRECTORY);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(EPISODES), episodesJsonLines(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(UNACCOMPANIED_CHILD), unaccompaniedChildJson(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(INVALID_EPISODES), invalidEpisodesJsonLines(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compact(CustodyEpisode episode) {
        try {
            return MAPPER.writeValueAsString(episode);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree() {
        return MAPPER.valueToTree(EpisodeGenerator.shortAdultStay());
    }

    private static int index(ObjectNode episode, String type) {
        Iterator<com.fasterxml.jackson.databind.JsonNode> events = episode.get("events").elements();
        for (int i = 0; events.hasNext(); i++) {
            if (type.equals(events.next().path("type").textValue())) {
                return i;
            }
        }
        throw new IllegalStateException("no " + type + " event in the sample");
    }
}
