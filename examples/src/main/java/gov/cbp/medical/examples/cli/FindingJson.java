package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.rules.evaluation.Finding;
import java.io.IOException;
import java.util.List;

/** Writes a finding as the tool's stable JSON ({@code $defs/finding} of {@code docs/cli/evaluate.schema.json}). */
final class FindingJson {
    private FindingJson() {}

    static void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("episodeId", f.episodeId());
        g.writeStringField("requirementId", f.requirementId());
        g.writeStringField("standardId", f.standardId());
        g.writeStringField("standardVersion", f.standardVersion());
        g.writeStringField("status", f.status().code());
        g.writeStringField("severity", f.severity());
        g.writeStringField("citation", f.citation());
        g.writeStringField("explanation", f.explanation());
        JsonOutput.writeInstant(g, "triggerAt", f.triggerAt());
        JsonOutput.writeInstant(g, "dueAt", f.dueAt());
        JsonOutput.writeInstant(g, "intervalEnd", f.intervalEnd());
        JsonOutput.writeInstant(g, "satisfiedAt", f.satisfiedAt());
        JsonOutput.writeDuration(g, "lateBy", f.lateBy());
        JsonOutput.writeDuration(g, "overdueBy", f.overdueBy());
        JsonOutput.writeDuration(g, "longestGap", f.longestGap());
        strings(g, "triggerEventIds", f.triggerEventIds());
        strings(g, "evidenceEventIds", f.evidenceEventIds());
        strings(g, "exceptionEventIds", f.exceptionEventIds());
        JsonOutput.writeInstant(g, "targetAt", f.targetAt());
        JsonOutput.writeDuration(g, "pastTarget", f.pastTarget());
        g.writeBooleanField("interpretation", f.interpretation());
        g.writeBooleanField("estimatedAge", f.estimatedAge());
        JsonOutput.writeOptional(g, "waiver", f.waiver());
        strings(g, "missingData", f.missingData());
        JsonOutput.writeOptional(g, "facilityId", f.facilityId());
        JsonOutput.writeOptional(g, "holdRoom", f.holdRoom());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
