package gov.cbp.medical.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An intake endpoint that validates custody-episode payloads, with nothing but the JDK's HTTP server:
 * {@code POST /episodes} answers 200 for a valid payload and 422 with every problem for an invalid one.
 *
 * <p>Run it with {@code java -cp examples/target/cbp-medical.jar gov.cbp.medical.examples.IntakeService [PORT]}
 * and post a file: {@code curl --data-binary @episode.json http://127.0.0.1:PORT/episodes}.
 */
public final class IntakeService implements AutoCloseable {
    private static final PayloadValidator VALIDATOR = PayloadValidator.create(); // thread-safe: share it

    private final HttpServer server;

    private IntakeService(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts the service on 127.0.0.1.
     *
     * @param port the port; 0 picks a free one
     * @return the running service; close it to stop it
     * @throws IOException if the port cannot be bound
     */
    public static IntakeService start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/episodes", IntakeService::handle);
        server.start();
        return new IntakeService(server);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                respond(exchange, 405, Map.of("message", "POST a custody-episode payload"));
                return;
            }
            ValidationResult<CustodyEpisode> result = VALIDATOR.validate(exchange.getRequestBody());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("valid", result.isValid());
            result.value().ifPresent(episode -> body.put("episodeId", episode.episodeId()));
            body.put("problems", result.problems()); // severity, code, pointer, message, arguments
            respond(exchange, result.isValid() ? 200 : 422, body);
        }
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = MedicalJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    /**
     * Where to post episodes.
     *
     * @return the endpoint, not null
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/episodes");
    }

    /** Stops the service. */
    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Runs the service until the process is stopped.
     *
     * @param args an optional port (default: a free one)
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        IntakeService service = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println("Intake service: POST custody episodes to " + service.uri() + " (Ctrl-C stops it)");
    }
}
