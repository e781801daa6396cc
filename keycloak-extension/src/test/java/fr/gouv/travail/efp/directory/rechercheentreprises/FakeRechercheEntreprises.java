package fr.gouv.travail.efp.directory.rechercheentreprises;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server answering {@code GET /search} like the API Recherche d'entreprises (the
 * response shape of its published OpenAPI: results[] with siege and matching_etablissements,
 * total_results, page, per_page), so the client is tested over real HTTP.
 */
final class FakeRechercheEntreprises implements AutoCloseable {

    /** How the fake answers the next calls. */
    enum Mode {
        OK,
        RATE_LIMITED,
        SERVER_ERROR,
        NOT_JSON,
        SLOW
    }

    final List<Map<String, String>> queries = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.OK;
    private final HttpServer server;
    private final byte[] fixture;

    FakeRechercheEntreprises() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("search-bosch.json")) {
            fixture = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/search", this::search);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void search(HttpExchange exchange) throws IOException {
        queries.add(parse(exchange.getRequestURI().getRawQuery()));
        switch (mode) {
            case RATE_LIMITED ->
                send(exchange, 429, "{\"erreur\":\"Trop de requêtes\"}".getBytes(StandardCharsets.UTF_8));
            case SERVER_ERROR -> send(exchange, 502, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));
            case NOT_JSON -> send(exchange, 200, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
            case SLOW -> {
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, fixture);
            }
            case OK -> {
                String q = queries.get(queries.size() - 1).getOrDefault("q", "");
                send(
                        exchange,
                        200,
                        q.isBlank()
                                ? "{\"erreur\":\"Veuillez indiquer au moins un paramètre de recherche.\"}"
                                        .getBytes(StandardCharsets.UTF_8)
                                : fixture);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the client gave up (timeout test)
        } finally {
            exchange.close();
        }
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        if (query == null) return values;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0)
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
