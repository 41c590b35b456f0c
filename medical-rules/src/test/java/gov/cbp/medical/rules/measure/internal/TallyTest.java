package gov.cbp.medical.rules.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.evaluation.FindingStatus;
import gov.cbp.medical.rules.measure.DurationUnit;
import gov.cbp.medical.rules.measure.Observation;
import gov.cbp.medical.rules.measure.ObservationAttribute;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A run counted once into a pending tally and merged must equal each member added (issue 18 §2). */
class TallyTest {
    private static Finding finding(FindingStatus status, boolean interpretation, boolean estimatedAge) {
        return Finding.builder().episodeId("EP-1").requirementId("R-1").standardId("S").standardVersion("1")
                .status(status).severity("major").citation("C").explanation("R-1")
                .interpretation(interpretation).estimatedAge(estimatedAge).build();
    }

    private static List<Tally.Membership> memberships(long seed, int count) {
        Random random = new Random(seed);
        FindingStatus[] statuses = FindingStatus.values();
        List<Tally.Membership> memberships = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Tally.Membership membership = new Tally.Membership();
            membership.denominator = random.nextInt(4) > 0;
            membership.denominatorExclusion = membership.denominator && random.nextInt(5) == 0;
            membership.numerator = membership.denominator && random.nextBoolean();
            membership.numeratorExclusion = membership.numerator && random.nextInt(6) == 0;
            int findings = random.nextInt(3);
            List<Finding> measured = new ArrayList<>();
            for (int f = 0; f < findings; f++) {
                measured.add(finding(statuses[random.nextInt(statuses.length)], random.nextBoolean(), random.nextBoolean()));
            }
            membership.measuredFindings = measured;
            memberships.add(membership);
        }
        return memberships;
    }

    private static byte[] bytes(Tally tally) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tally.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @Test
    void aPendingRunMerged_equalsEachMemberAdded() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            List<Tally.Membership> memberships = memberships(seed, 50);
            Tally direct = new Tally(null);
            Tally batched = new Tally(null);
            Tally pending = new Tally(null);
            for (int i = 0; i < memberships.size(); i++) {
                direct.add(memberships.get(i));
                pending.add(memberships.get(i));
                if (i % 7 == 6) {
                    batched.merge(pending);
                    pending.clear();
                }
            }
            batched.merge(pending);
            assertThat(bytes(batched)).isEqualTo(bytes(direct));
            assertThat(batched.initialPopulation()).isEqualTo(50);
        }
    }

    @Test
    void clear_leavesNothingBehind() throws IOException {
        Tally tally = new Tally(null);
        memberships(3, 200).forEach(tally::add);
        assertThat(bytes(tally)).isNotEqualTo(bytes(new Tally(null)));
        tally.clear();
        assertThat(bytes(tally)).isEqualTo(bytes(new Tally(null)));
    }

    @Test
    void aTallyWithAHistogram_isNotCleared() {
        Observation observation = Observation.builder().attribute(ObservationAttribute.CUSTODY_DURATION)
                .unit(DurationUnit.MINUTES).build();
        assertThatIllegalStateException().isThrownBy(() -> new Tally(observation).clear());
    }
}
