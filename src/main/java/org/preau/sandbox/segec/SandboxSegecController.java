package org.preau.sandbox.segec;

import org.preau.sandbox.SandboxKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox SeGEC extranet (PEERS.md): create or update a member, collective activation, and
 * what it holds. Writes are idempotent: a repeated key gets the first answer again, a repeated key
 * with another body a 422, a key still being processed a 409 {@code idempotency-in-progress}.
 * An e-mail it has never seen gets an invitation; one it knows, a confirmation.
 */
@RestController
@RequestMapping("/sandbox/segec/api/v1/establishments/{fase}")
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class SandboxSegecController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final SandboxSegecStore store;
    private final SandboxKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    SandboxSegecController(SandboxSegecStore store, SandboxKeys keys, JsonMapper json, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @PutMapping(path = "/members/{externalRef}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> putMember(@PathVariable String fase, @PathVariable String externalRef,
                                     @RequestHeader(value = "Authorization", required = false) String authorization,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key, @RequestBody String body) {
        return write(fase, authorization, key, "PUT", "/members/" + externalRef, body, () -> {
            JsonNode m = json.readTree(body);
            Optional<ResponseEntity<String>> invalid = validate(m, true);
            if (invalid.isPresent()) return invalid.get();
            String year = m.path("schoolYear").asString();
            Optional<SandboxSegecStore.Member> before = store.member(fase, year, externalRef);
            boolean active = m.path("active").asBoolean(true);
            SandboxSegecStore.Member saved = store.save(fase, year, externalRef, m.path("lastName").asString(), m.path("firstName").asString(),
                    LocalDate.parse(m.path("birthDate").asString()), m.path("email").asString(), m.path("role").asString(), active, clock.instant());
            String status = !active ? "DEACTIVATED" : before.isEmpty() ? "INVITED" : before.get().active() ? "ACTIVE" : "REACTIVATED";
            return answer(before.isEmpty() ? HttpStatus.CREATED : HttpStatus.OK, Map.of("accountId", saved.accountId(), "status", status));
        });
    }

    @PostMapping(path = "/activations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> activate(@PathVariable String fase, @RequestHeader(value = "Authorization", required = false) String authorization,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key, @RequestBody String body) {
        return write(fase, authorization, key, "POST", "/activations", body, () -> {
            JsonNode request = json.readTree(body);
            String year = request.path("schoolYear").asString("");
            if (!year.matches("\\d{4}-\\d{4}")) return problem(HttpStatus.BAD_REQUEST, "Données invalides", "schoolYear attendu au format 2026-2027.");
            List<Map<String, Object>> results = new ArrayList<>();
            for (JsonNode m : request.path("members")) {
                String ref = m.path("externalRef").asString("");
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("externalRef", ref);
                Optional<String> reason = validate(m, false).map(x -> reasonOf(m));
                if (ref.isBlank()) reason = Optional.of("externalRef manquant");
                if (reason.isPresent()) {
                    r.put("outcome", "REJECTED");
                    r.put("reason", reason.get());
                    results.add(r);
                    continue;
                }
                String email = m.path("email").asString();
                Optional<SandboxSegecStore.Member> before = store.member(fase, year, ref);
                String outcome = before.filter(SandboxSegecStore.Member::active).isPresent() ? "ALREADY_ACTIVE"
                        : store.emailKnown(email) ? "CONFIRMATION_SENT" : "INVITATION_SENT";
                SandboxSegecStore.Member saved = store.save(fase, year, ref, m.path("lastName").asString(), m.path("firstName").asString(),
                        LocalDate.parse(m.path("birthDate").asString()), email, m.path("role").asString(), true, clock.instant());
                r.put("outcome", outcome);
                r.put("accountId", saved.accountId());
                results.add(r);
            }
            return answer(HttpStatus.OK, Map.of("results", results));
        });
    }

    @GetMapping("/members")
    ResponseEntity<String> members(@PathVariable String fase, @RequestParam(required = false) String schoolYear,
                                   @RequestHeader(value = "Authorization", required = false) String authorization) {
        if (!keys.segecAccepts(authorization, fase)) return problem(HttpStatus.UNAUTHORIZED, "Clé refusée", "La clé d'accès n'est pas reconnue.");
        List<Map<String, Object>> members = new ArrayList<>();
        for (SandboxSegecStore.Member m : store.members(fase, schoolYear)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("externalRef", m.externalRef());
            row.put("accountId", m.accountId());
            row.put("lastName", m.lastName());
            row.put("firstName", m.firstName());
            row.put("birthDate", m.birthDate() == null ? null : m.birthDate().toString());
            row.put("email", m.email());
            row.put("role", m.role());
            row.put("active", m.active());
            members.add(row);
        }
        return answer(HttpStatus.OK, Map.of("members", members));
    }

    private ResponseEntity<String> write(String fase, String authorization, String key, String method, String path, String body,
                                         Supplier<ResponseEntity<String>> work) {
        if (!keys.segecAccepts(authorization, fase)) return problem(HttpStatus.UNAUTHORIZED, "Clé refusée", "La clé d'accès n'est pas reconnue.");
        if (key == null || key.isBlank()) return problem(HttpStatus.BAD_REQUEST, "Idempotency-Key manquante", "Chaque écriture porte une Idempotency-Key.");
        String hash = sha256(method + " " + path + "\n" + body);
        if (!store.claim(key, fase, method, path, hash, body, clock.instant())) {
            SandboxSegecStore.Answer first = store.answer(key).orElseThrow();
            if (!first.bodyHash().equals(hash)) {
                return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Clé déjà utilisée", "Cette Idempotency-Key a déjà servi pour une autre requête.");
            }
            if (first.status() == null) {
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(PROBLEM).header("Retry-After", "1")
                        .body(problemBody("idempotency-in-progress", "Requête en cours", "La première requête avec cette clé est en cours."));
            }
            return ResponseEntity.status(first.status()).contentType(first.status() < 300 ? MediaType.APPLICATION_JSON : PROBLEM).body(first.body());
        }
        ResponseEntity<String> response;
        try {
            response = work.get();
        } catch (RuntimeException e) {
            response = problem(HttpStatus.BAD_REQUEST, "Données invalides", "Le corps de la requête n'est pas lisible.");
        }
        store.saveAnswer(key, response.getStatusCode().value(), response.getBody());
        return response;
    }

    /** A problem response when a member's data is wrong; {@code whole}: for the member call (an activation lists reasons instead). */
    private Optional<ResponseEntity<String>> validate(JsonNode m, boolean whole) {
        String reason = reasonOf(m);
        if (reason == null) return Optional.empty();
        return Optional.of(problem(HttpStatus.UNPROCESSABLE_CONTENT, "Données invalides", reason));
    }

    private static String reasonOf(JsonNode m) {
        String email = m.path("email").asString("");
        if (email.isBlank()) return "Adresse e-mail manquante";
        if (!EMAIL.matcher(email).matches()) return "Adresse e-mail invalide : " + email;
        if (m.path("lastName").asString("").isBlank() || m.path("firstName").asString("").isBlank()) return "Nom ou prénom manquant";
        try {
            LocalDate.parse(m.path("birthDate").asString(""));
        } catch (DateTimeParseException e) {
            return "Date de naissance manquante ou invalide";
        }
        String role = m.path("role").asString("");
        if (!role.equals("TEACHER") && !role.equals("DIRECTOR")) return "Rôle inconnu : " + role;
        return null;
    }

    private ResponseEntity<String> answer(HttpStatus status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
    }

    private ResponseEntity<String> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(problemBody("about:blank", title, detail));
    }

    private String problemBody(String type, String title, String detail) {
        return json.writeValueAsString(Map.of("type", type, "title", title, "detail", detail));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
