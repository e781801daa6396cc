package fr.gouv.travail.efp.captcha.captchetat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server answering like PISTE's OAuth endpoint and CaptchEtat v2, so the client is
 * tested over real HTTP: bearer tokens, query parameters, JSON and binary bodies.
 */
final class FakeCaptchEtat implements AutoCloseable {

    static final String CLIENT_ID = "efp-client";
    static final String CLIENT_SECRET = "s3cret";
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    static final byte[] WAV = "RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII);

    final Map<String, String> answers = new ConcurrentHashMap<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile boolean down;
    private final HttpServer server;

    FakeCaptchEtat() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/oauth/token", this::token);
        server.createContext("/piste/captchetat/v2/simple-captcha-endpoint", this::captcha);
        server.createContext("/piste/captchetat/v2/valider-captcha", this::validate);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    CaptchEtatSettings settings(String secret) {
        return new CaptchEtatSettings(
                baseUrl() + "/api/oauth/token",
                baseUrl() + "/piste/captchetat/v2",
                CLIENT_ID,
                secret,
                "captchaFR",
                300,
                2000);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod())
                || !"client_credentials".equals(form.get("grant_type"))
                || !CLIENT_ID.equals(form.get("client_id"))
                || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String token = "token-" + tokensIssued.incrementAndGet();
        send(
                exchange,
                200,
                "application/json",
                ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (down) {
            send(exchange, 503, "text/plain", new byte[0]);
            return false;
        }
        if (header == null || !header.startsWith("Bearer token-")) {
            send(exchange, 401, "text/plain", new byte[0]);
            return false;
        }
        return true;
    }

    private void captcha(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if ("image".equals(query.get("get")) && "captchaFR".equals(query.get("c"))) {
            String uuid = "uuid-" + (answers.size() + 1);
            answers.put(uuid, "AB12CD");
            String body = "{\"imageb64\":\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(PNG) + "\",\"uuid\":\"" + uuid + "\"}";
            send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        } else if ("sound".equals(query.get("get")) && answers.containsKey(query.get("t"))) {
            send(exchange, 200, "audio/x-wav", WAV);
        } else {
            send(exchange, 400, "text/plain", new byte[0]);
        }
    }

    private void validate(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var json = org.keycloak.util.JsonSerialization.readValue(body, com.fasterxml.jackson.databind.JsonNode.class);
        String expected = answers.remove(json.path("uuid").asText());
        boolean ok =
                expected != null && expected.equalsIgnoreCase(json.path("code").asText());
        send(exchange, 200, "application/json", String.valueOf(ok).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int index = pair.indexOf('=');
            if (index > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, index), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(index + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
