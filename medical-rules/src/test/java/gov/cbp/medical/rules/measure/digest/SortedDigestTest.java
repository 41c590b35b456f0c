package gov.cbp.medical.rules.measure.digest;

import static gov.cbp.medical.rules.Episodes.adult;
import static gov.cbp.medical.rules.Episodes.m;
import static gov.cbp.medical.rules.Episodes.notification;
import static gov.cbp.medical.rules.Episodes.welfare;
import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.care.NotificationRecipient;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.rules.measure.digest.internal.CanonicalJson;
import gov.cbp.medical.testkit.BundledSamples;
import gov.cbp.medical.testkit.EpisodeGenerator;
import gov.cbp.medical.testkit.GeneratorSettings;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * An episode's digest written from the sorting mapper's tokens must be the tree's digest, byte for byte, and
 * must be the path episodes take (else the tree path would be silently back).
 */
class SortedDigestTest {
    /** The digest as it was computed before: the canonical episode's tree. */
    private static byte[] treeDigest(CustodyEpisode canonical) {
        return CanonicalJson.sha256(MedicalJson.mapper().valueToTree(canonical));
    }

    private static void assertSortedPath(CustodyEpisode episode) {
        CustodyEpisode canonical = ContentDigest.canonical(episode);
        assertThat(ContentDigest.sortedSha256(canonical)).isNotNull().isEqualTo(treeDigest(canonical));
        assertThat(ContentDigest.sha256(episode)).isEqualTo(treeDigest(canonical));
    }

    @Test
    void everyBundledSample_takesTheSortedPath_withTheTreesDigest() {
        List<CustodyEpisode> samples = BundledSamples.validEpisodes();
        assertThat(samples).isNotEmpty();
        samples.forEach(SortedDigestTest::assertSortedPath);
    }

    @Property(tries = 500)
    void generatedEpisodes_takeTheSortedPath_withTheTreesDigest(@ForAll("seeds") long seed) {
        GeneratorSettings settings = GeneratorSettings.builder().seed(seed).facilities(2)
                .startDate(LocalDate.of(2026, 2, 27)).days(2).arrivalsPerFacilityPerDay(2).build();
        EpisodeGenerator.of(settings).episodes().limit(3).forEach(SortedDigestTest::assertSortedPath);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void escapesNonAsciiAndSurrogatePairs_takeTheSortedPath_withTheTreesDigest() {
        for (String text : List.of("quote\" backslash\\ slash/ tab\t newline\n nul\u0000 unit\u001f del\u007f",
                "Éloïse 日本語 \u2028\u2029", "pair \uD83D\uDE00 and \uDBFF\uDFFF", "", "~\uFF5E")) {
            CustodyEpisode episode = adult().event(welfare(text, m(10)))
                    .event(notification("N" + text, m(20), NotificationRecipient.values()[0], text)).build();
            assertSortedPath(episode);
        }
    }

    @Test
    void anEpisodeWithNoEvents_takesTheSortedPath() {
        assertSortedPath(adult().build());
    }

    @Test
    void eventsOutOfTimelineOrder_haveTheCanonicalEpisodesDigest() {
        CustodyEpisode episode = adult().event(welfare("W2", m(50))).event(welfare("W1", m(10))).build();
        assertSortedPath(episode);
    }

    @Test
    void anUnpairedSurrogate_isLeftToTheTree_whichGivesTheDigestAsBefore() {
        for (String text : List.of("lone high \uD800", "lone low \uDC00 here", "reversed \uDE00\uD83D")) {
            CustodyEpisode episode = adult().event(welfare(text, m(10))).build();
            CustodyEpisode canonical = ContentDigest.canonical(episode);
            assertThat(ContentDigest.sortedSha256(canonical)).isNull();
            assertThat(ContentDigest.sha256(episode)).isEqualTo(treeDigest(canonical));
        }
    }
}
