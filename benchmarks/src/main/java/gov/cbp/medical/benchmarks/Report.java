package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints one table of absolute figures and the goal ratios from a JMH JSON result file and the JSON files
 * written by {@link MqmRun} and {@link ColdStart}.
 *
 * <p>Usage: {@code Report JMH_RESULT.json [MQM.json] [COLD.json]}. Ratios are computed only between figures
 * of the same run, on the same bytes: absolute times on a shared machine are noise, ratios less so.
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (JsonNode result : mapper.readTree(Path.of(args[0]).toFile())) {
            String name = result.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.get("params");
            if (params != null && params.has("size")) {
                name += "[" + params.get("size").asText() + "]";
            }
            scores.put(name, result.at("/primaryMetric/score").asDouble());
            errors.put(name, result.at("/primaryMetric/scoreError").asDouble());
        }
        List<String[]> goals = new ArrayList<>();
        PrintStream out = System.out;
        out.println("| benchmark | µs/op | ± |");
        out.println("|---|---:|---:|");
        scores.forEach((name, score) -> out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, score, errors.get(name)));
        for (String size : new String[] {"short-adult", "juvenile-day", "family-72h"}) {
            Double bind = scores.get("ValidationBenchmark.jacksonBind[" + size + "]");
            Double validate = scores.get("ValidationBenchmark.libraryValidate[" + size + "]");
            Double schema = scores.get("ValidationBenchmark.networkntSchema[" + size + "]");
            Double evaluate = scores.get("EvaluationBenchmark.evaluate[" + size + "]");
            Double evaluationBind = scores.get("EvaluationBenchmark.jacksonBind[" + size + "]");
            goals.add(ratio("validation / Jackson bind [" + size + "]", validate, bind, 1.5));
            goals.add(ratio("validation / networknt schema [" + size + "]", validate, schema, 1.0));
            goals.add(ratio("evaluation / Jackson bind [" + size + "]", evaluate, evaluationBind, 0.5));
        }
        goals.add(ratio("worklist of 10,000 / binding them", scores.get("WorklistBenchmark.worklist"),
                scores.get("WorklistBenchmark.bindAll"), 1.0));
        for (int i = 1; i < args.length; i++) {
            ObjectNode extra = (ObjectNode) mapper.readTree(Path.of(args[i]).toFile());
            extra.fields().forEachRemaining(e -> {
                JsonNode goal = e.getValue();
                goals.add(new String[] {e.getKey(), String.format(Locale.ROOT, "%.2f", goal.get("ratio").asDouble()),
                    goal.get("goal").asText(), goal.get("ratio").asDouble() <= goal.get("limit").asDouble() ? "met" : "not met",
                    goal.path("detail").asText("")});
            });
        }
        out.println();
        out.println("| goal | ratio | target | status | detail |");
        out.println("|---|---:|---|---|---|");
        for (String[] goal : goals) {
            if (goal != null) {
                out.printf("| %s | %s | %s | %s | %s |%n", (Object[]) goal);
            }
        }
    }

    private static String[] ratio(String name, Double value, Double base, double limit) {
        if (value == null || base == null || base == 0) {
            return null;
        }
        double ratio = value / base;
        return new String[] {name, String.format(Locale.ROOT, "%.2f", ratio), "≤ " + limit, ratio <= limit ? "met" : "not met", ""};
    }

    static void writeGoal(Path file, String name, double ratio, String goal, double limit, String detail) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = Files.exists(file) ? (ObjectNode) mapper.readTree(file.toFile()) : mapper.createObjectNode();
        ObjectNode entry = root.putObject(name);
        entry.put("ratio", ratio);
        entry.put("goal", goal);
        entry.put("limit", limit);
        entry.put("detail", detail);
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
