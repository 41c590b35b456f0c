package gov.cbp.medical.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import gov.cbp.medical.model.SampleEpisodes;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void roundTrip() throws Exception {
        CustodyEpisode episode = SampleEpisodes.child();
        String json = MedicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(episode);
        CustodyEpisode back = MedicalJson.mapper().readValue(json, CustodyEpisode.class);
        assertThat(back).isEqualTo(episode);
        ValidationResult<CustodyEpisode> result = PayloadValidator.create().validate(json);
        assertThat(result.problems()).isEmpty();
        assertThat(result.value()).contains(episode);
    }
}
