package gov.cbp.medical.rules.measure.digest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.facility.Facility;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.measure.digest.internal.CanonicalJson;
import gov.cbp.medical.rules.measure.MeasureSet;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.standard.IntegrityCheck;
import gov.cbp.medical.rules.standard.Standard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * SHA-256 digests of the library's content in its canonical JSON form, version {@value #CANONICAL_FORM}.
 *
 * <p>The canonical form of a value is the JSON the library writes for it ({@link MedicalJson}: absent optional
 * values left out, instants as ISO-8601 UTC text), with every object's members sorted by name (UTF-16 code
 * units, as RFC 8785), no insignificant whitespace, in UTF-8. For an episode, the events are put in timeline
 * order (time, then id) and the facilities in id order first, since the order in which they are listed carries
 * no meaning: an episode read from differently formatted or ordered JSON has the same digest. For a catalogue,
 * the document is {@code {"standards": [...], "waivers": {...}, "disabled": [...]}}: every standard version in
 * catalogue order (id, then effective date) as the catalogue holds it after any local policy, the waivers by
 * requirement id, and the ids of the requirements and checks switched off. For a measure set, its JSON as
 * read. Digests are lower-case hexadecimal.
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 *
 * @since 0.2
 */
public final class ContentDigest {
    /** The name of the canonical form; a report names it beside its digests. */
    public static final String CANONICAL_FORM = "cbp-medical-canonical-json/1";
    private static final ObjectMapper MAPPER = MedicalJson.mapper();
    /**
     * The library's mapper writing properties and map entries in name order, so that an episode's tokens
     * usually come in canonical order already; {@link CanonicalJson#sha256OfSorted} checks that they do.
     */
    private static final ObjectMapper SORTING = MedicalJson.configure(JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build());
    private static final Comparator<Facility> BY_ID = Comparator.comparing(Facility::facilityId);

    private ContentDigest() {}

    /**
     * The SHA-256 of an episode's canonical form.
     *
     * @param episode the episode, not null; it need not be valid
     * @return the 32 bytes, not null
     * @throws NullPointerException if the episode is null
     */
    public static byte[] sha256(CustodyEpisode episode) {
        Objects.requireNonNull(episode, "episode");
        CustodyEpisode canonical = canonical(episode);
        byte[] sorted = sortedSha256(canonical);
        return sorted != null ? sorted : CanonicalJson.sha256(MAPPER.valueToTree(canonical));
    }

    /** The episode with its events in timeline order and its facilities by id; itself if already so. */
    static CustodyEpisode canonical(CustodyEpisode episode) {
        List<Facility> facilities = new ArrayList<>(episode.facilities());
        facilities.sort(BY_ID);
        return inOrder(episode.events(), episode.timeline()) && inOrder(episode.facilities(), facilities)
                ? episode : CustodyEpisode.builder().from(episode).events(episode.timeline()).facilities(facilities).build();
    }

    /**
     * The digest written straight from the sorting mapper's tokens, without the tree (building it was over
     * half of the digest's time); null when those tokens are not in canonical order, so the tree decides.
     */
    static byte[] sortedSha256(CustodyEpisode canonical) {
        TokenBuffer tokens = new TokenBuffer(SORTING, false);
        try {
            SORTING.writeValue(tokens, canonical);
            try (JsonParser parser = tokens.asParser()) {
                return CanonicalJson.sha256OfSorted(parser);
            }
        } catch (IOException e) {
            // A token buffer does not fail; whatever a serializer objects to, the tree path reports as before.
            return null;
        }
    }

    /** Whether two lists hold the same objects in the same order (most episodes are listed in canonical order). */
    private static boolean inOrder(List<?> listed, List<?> canonical) {
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) != canonical.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The digest of an episode's canonical form, in hexadecimal.
     *
     * @param episode the episode, not null
     * @return 64 hexadecimal digits, not null
     * @throws NullPointerException if the episode is null
     */
    public static String of(CustodyEpisode episode) {
        return HexFormat.of().formatHex(sha256(episode));
    }

    /**
     * The digest of a catalogue: its standard versions after any local policy, its waivers and what it disabled.
     *
     * @param catalogue the catalogue, not null
     * @return 64 hexadecimal digits, not null
     * @throws NullPointerException if the catalogue is null
     */
    public static String of(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        ObjectNode document = MAPPER.createObjectNode();
        ArrayNode standards = document.putArray("standards");
        TreeSet<String> ids = new TreeSet<>(catalogue.requirementIds());
        for (Standard standard : catalogue.standards()) {
            standards.add(MAPPER.valueToTree(standard));
            for (IntegrityCheck check : standard.integrityChecks()) {
                ids.add(check.id());
            }
        }
        ObjectNode waivers = document.putObject("waivers");
        ArrayNode disabled = document.putArray("disabled");
        for (String id : ids) {
            catalogue.waiver(id).ifPresent(waiver -> waivers.set(id, MAPPER.valueToTree(waiver)));
            if (catalogue.isDisabled(id)) {
                disabled.add(id);
            }
        }
        return HexFormat.of().formatHex(CanonicalJson.sha256(document));
    }

    /**
     * The digest of a measure set.
     *
     * @param measureSet the set, not null
     * @return 64 hexadecimal digits, not null
     * @throws NullPointerException if the set is null
     */
    public static String of(MeasureSet measureSet) {
        Objects.requireNonNull(measureSet, "measureSet");
        return HexFormat.of().formatHex(CanonicalJson.sha256(MAPPER.valueToTree(measureSet)));
    }
}
