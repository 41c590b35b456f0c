package gov.cbp.medical.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import gov.cbp.medical.rules.evaluation.Finding;
import gov.cbp.medical.rules.integrity.IntegrityFinding;
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
        // only when present: one finding standing for a run of missed intervals is rare, and the field is additive
        if (f.missedIntervals().isPresent()) {
            g.writeNumberField("missedIntervals", f.missedIntervals().get());
        }
        strings(g, "triggerEventIds", f.triggerEventIds());
        strings(g, "evidenceEventIds", f.evidenceEventIds());
        strings(g, "exceptionEventIds", f.exceptionEventIds());
        if (!f.integrityConcerns().isEmpty()) {
            strings(g, "integrityConcerns", f.integrityConcerns());
        }
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

    /** Writes a record-integrity finding ({@code $defs/integrityFinding} of {@code docs/cli/evaluate.schema.json}). */
    static void write(JsonGenerator g, IntegrityFinding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("checkId", f.checkId());
        g.writeStringField("kind", f.kind().code());
        g.writeStringField("standardId", f.standardId());
        g.writeStringField("standardVersion", f.standardVersion());
        g.writeStringField("at", f.at().toString());
        strings(g, "eventIds", f.eventIds());
        g.writeStringField("citation", f.citation());
        g.writeStringField("explanation", f.explanation());
        g.writeBooleanField("interpretation", f.interpretation());
        JsonOutput.writeOptional(g, "facilityId", f.facilityId());
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
