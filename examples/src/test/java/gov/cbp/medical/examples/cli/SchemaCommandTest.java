package gov.cbp.medical.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void schema_printsThePublishedEpisodeSchema() throws Exception {
        Cli.Run run = Cli.run("schema").exits(0);
        assertThat(run.out).isEqualTo(Files.readString(Cli.DOCS.resolve("schema/custody-episode.schema.json")));
        assertThat(run.json().get("$schema").asText()).contains("2020-12");
    }

    @Test
    void schemaEvent_printsTheEventSchema() throws Exception {
        Cli.Run run = Cli.run("schema", "--event").exits(0);
        assertThat(run.out).isEqualTo(Files.readString(Cli.DOCS.resolve("schema/medical-event.schema.json")));
    }

    @Test
    void schema_unexpectedArgument_exit2() {
        Cli.run("schema", "extra").exits(2);
    }
}
