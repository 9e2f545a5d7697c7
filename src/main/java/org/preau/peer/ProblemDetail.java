package org.preau.peer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an RFC 9457 problem detail into one sentence for the user; falls back to the status. */
final class ProblemDetail {

    private ProblemDetail() {
    }

    static boolean isIdempotencyInProgress(JsonMapper json, String body) {
        JsonNode node = parse(json, body);
        return node != null && node.path("type").asString("").endsWith("idempotency-in-progress");
    }

    static String sentence(JsonMapper json, int status, String body) {
        JsonNode node = parse(json, body);
        if (node == null) return "HTTP " + status;
        StringBuilder text = new StringBuilder();
        String detail = node.path("detail").asString("");
        String title = node.path("title").asString("");
        text.append(!detail.isBlank() ? detail : !title.isBlank() ? title : "HTTP " + status);
        for (JsonNode error : node.path("errors")) {
            text.append(" ; ").append(error.path("field").asString("")).append(" : ").append(error.path("message").asString(""));
        }
        return text.toString();
    }

    private static JsonNode parse(JsonMapper json, String body) {
        if (body == null || body.isBlank()) return null;
        try {
            JsonNode node = json.readTree(body);
            return node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
