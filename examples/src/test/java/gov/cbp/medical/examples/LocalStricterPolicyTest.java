package gov.cbp.medical.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalStricterPolicyTest {
    @Test
    void main_showsTheStricterPolicyFindsMore() throws Exception {
        assertThat(StdOut.of(() -> LocalStricterPolicy.main(new String[0]))).isEqualTo(
                "Policy LP-SYN-STATION layered over the baseline.\n"
                        + "TEDS-WELFARE, baseline: 20 intervals: {met=20}\n"
                        + "TEDS-WELFARE, local:    40 intervals: {met=20, not-met=20}\n");
    }
}
