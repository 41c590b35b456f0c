package gov.cbp.medical.examples;

import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.validation.LineResult;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.rules.evaluation.Evaluator;
import gov.cbp.medical.rules.standard.Catalogue;
import gov.cbp.medical.rules.worklist.Task;
import gov.cbp.medical.rules.worklist.TaskGroup;
import gov.cbp.medical.rules.worklist.Worklist;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the worklist of a shift: at the start of the shift, every required act overdue now or falling due
 * before the shift ends, by facility and hold room, most urgent first.
 *
 * <p>Arguments: a JSON Lines file (default: the synthetic episodes bundled in the model jar), the shift start
 * (default: {@code 2025-03-03T16:00:00Z}) and its length (default: {@code PT8H}).
 */
public final class ShiftWorklist {
    private ShiftWorklist() {}

    /**
     * Runs the example.
     *
     * @param args [episodes.jsonl [shift-start [shift-length]]]
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Instant shiftStart = Instant.parse(args.length > 1 ? args[1] : "2025-03-03T16:00:00Z");
        Duration shift = Duration.parse(args.length > 2 ? args[2] : "PT8H");

        List<CustodyEpisode> episodes = new ArrayList<>();
        try (InputStream in = args.length > 0 ? Files.newInputStream(Path.of(args[0]))
                : ShiftWorklist.class.getResourceAsStream("/gov/cbp/medical/model/samples/episodes.jsonl")) {
            PayloadValidator.create().validateLines(in, (LineResult line) -> line.result().value().ifPresent(episodes::add));
        }
        Worklist worklist = Worklist.of(Evaluator.of(Catalogue.baseline()), episodes, shiftStart, shift);

        System.out.println(worklist.tasks().size() + " tasks for the shift from " + shiftStart + " (" + shift + ")");
        for (TaskGroup group : worklist.groups()) {
            System.out.println(group.facilityId().orElse("?") + " / hold room " + group.holdRoom().orElse("?"));
            for (Task task : group.tasks()) {
                System.out.println("  " + (task.isOverdue() ? "OVERDUE " : "due     ") + task.dueAt() + "  "
                        + task.finding().episodeId() + "  " + task.finding().explanation());
            }
        }
    }
}
