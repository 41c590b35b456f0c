package gov.cbp.medical.model.validation.internal;

import static gov.cbp.medical.model.validation.Severity.ERROR;
import static gov.cbp.medical.model.validation.Severity.FATAL;
import static gov.cbp.medical.model.validation.Severity.INFORMATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.cbp.medical.model.common.Limits;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.event.MedicalEvent;
import gov.cbp.medical.model.validation.ValidationResult;
import gov.cbp.medical.model.validation.reading.Messages;
import gov.cbp.medical.model.validation.reading.Pointer;
import gov.cbp.medical.model.validation.reading.ProblemCollector;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The payload reader as it was before the one-pass {@link Tape}: Jackson's {@code readTree}, then
 * {@link TreeFields} over the tree. Kept in test scope only, as the oracle the new reader must equal.
 */
final class TreeOracle {
    private TreeOracle() {}

    static ValidationResult<CustodyEpisode> episode(byte[] bytes, Instant notAfter, Messages messages) {
        ProblemCollector problems = EpisodeReader.problems();
        CustodyEpisode episode = null;
        JsonNode tree = parse(bytes, 0, bytes.length, problems);
        if (tree != null) {
            episode = decode(tree, notAfter, problems);
        }
        return ValidationResult.of(problems.isEmpty() ? List.of() : problems.toProblems(messages), episode);
    }

    static ValidationResult<MedicalEvent> event(byte[] bytes, Instant notAfter, Messages messages) {
        ProblemCollector problems = EpisodeReader.problems();
        MedicalEvent event = null;
        JsonNode tree = parse(bytes, 0, bytes.length, problems);
        if (tree != null) {
            Decoding decoding = new Decoding(problems);
            event = TreeFields.readEvent(decoding, tree, Pointer.ROOT, "event");
            if (event != null && notAfter != null && event.at().isAfter(notAfter)) {
                problems.add(ERROR, "episode.time.future", "/at");
            }
        }
        return ValidationResult.of(problems.isEmpty() ? List.of() : problems.toProblems(messages), event);
    }

    static CustodyEpisode decode(JsonNode tree, Instant notAfter, ProblemCollector problems) {
        if (!tree.isObject()) {
            problems.add(ERROR, "payload.field.type", "", "episode", "object");
            return null;
        }
        if (!supportedVersion(tree.get("formatVersion"), problems)) {
            return null;
        }
        Decoding decoding = new Decoding(problems);
        CustodyEpisode episode = TreeFields.read(decoding, (ObjectNode) tree, Pointer.ROOT, EpisodeReader.EPISODE);
        if (episode != null && !decoding.unreadEvents().isEmpty()) {
            episode = CustodyEpisode.builder().from(episode).unreadEvents(decoding.unreadEvents()).build();
        }
        if (episode != null) {
            EpisodeConsistency.check(episode, notAfter, (severity, code, eventIndex, pointer, arguments) -> {
                String absolute = EpisodeConsistency.pointer(eventIndex < 0 ? -1 : decoding.sourceIndex(eventIndex), pointer);
                problems.add(severity, code, decoding.sourcePointer(absolute), arguments);
            });
        }
        return episode;
    }

    private static JsonNode parse(byte[] bytes, int offset, int length, ProblemCollector problems) {
        if (length > Limits.MAX_PAYLOAD_BYTES) {
            problems.add(FATAL, "json.limit.size", "", Integer.toString(Limits.MAX_PAYLOAD_BYTES));
            return null;
        }
        if (length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB && bytes[offset + 2] == (byte) 0xBF) {
            offset += 3;
            length -= 3;
        }
        if (length >= 2 && ((bytes[offset] == (byte) 0xFE && bytes[offset + 1] == (byte) 0xFF)
                || (bytes[offset] == (byte) 0xFF && bytes[offset + 1] == (byte) 0xFE)
                || bytes[offset] == 0 || bytes[offset + 1] == 0)) {
            problems.add(FATAL, "json.encoding.notUtf8", "");
            return null;
        }
        try {
            JsonNode tree = Parsing.MAPPER.readTree(bytes, offset, length);
            if (tree == null || tree.isMissingNode()) {
                problems.add(FATAL, "json.syntax.empty", "");
                return null;
            }
            return tree;
        } catch (IOException e) {
            Parsing.report(e, length, problems);
            return null;
        }
    }

    private static boolean supportedVersion(JsonNode version, ProblemCollector problems) {
        if (version == null || !version.isTextual()) {
            return true;
        }
        String text = version.textValue();
        if (!TextRule.isVersion(text)) {
            return true;
        }
        int dot = text.indexOf('.');
        int major = Integer.parseInt(text.substring(0, dot));
        int minor = Integer.parseInt(text.substring(dot + 1));
        if (major != 1) {
            problems.add(ERROR, "payload.formatVersion.unsupported", "/formatVersion", "1.x");
            return false;
        }
        if (minor > 0) {
            problems.add(INFORMATION, "payload.formatVersion.newerMinor", "/formatVersion", "1.0");
        }
        return true;
    }
}
