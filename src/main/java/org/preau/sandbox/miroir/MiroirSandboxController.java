package org.preau.sandbox.miroir;

import org.preau.sandbox.SandboxKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Miroir collection point as {@code PEERS.md} defines it: a submission is received (202,
 * RECEIVED), the same Idempotency-Key gets the same answer, another body under a used key is
 * refused (422); a later submission for the same school and year replaces the earlier one. The
 * sandbox accepts a submission a few seconds after receiving it (or rejects one without
 * indicators), as the real collection point decides later; its page can also decide by hand.
 */
@RestController
@RequestMapping("/sandbox/miroir/api/v1/miroir/{fase}/{schoolYear}/submissions")
@ConditionalOnProperty(name = "preau.sandbox.enabled", havingValue = "true")
class MiroirSandboxController {

    private static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json");

    private final MiroirSandboxStore store;
    private final SandboxKeys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration decideAfter;

    MiroirSandboxController(MiroirSandboxStore store, SandboxKeys keys, JsonMapper json, Clock clock,
                            @Value("${preau.sandbox.miroir.decide-after:PT5S}") Duration decideAfter) {
        this.store = store;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.decideAfter = decideAfter;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> submit(@PathVariable String fase, @PathVariable String schoolYear,
                                  @RequestHeader(value = "Authorization", required = false) String authorization,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                                  @RequestBody String body) {
        if (!keys.miroirAccepts(authorization, fase)) return problem(HttpStatus.UNAUTHORIZED, "Clé refusée", "Clé d'API inconnue pour " + fase, null);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            return problem(HttpStatus.BAD_REQUEST, "Idempotency-Key manquante", "Chaque envoi porte une Idempotency-Key.", null);
        }
        if (!schoolYear.matches("\\d{4}-\\d{4}")) {
            return problem(HttpStatus.BAD_REQUEST, "Année scolaire invalide", "Année attendue sous la forme 2026-2027.", null);
        }
        String hash = sha256(body);
        var earlier = store.byKey(idempotencyKey);
        if (earlier.isPresent()) return again(earlier.get(), hash);
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            return problem(HttpStatus.BAD_REQUEST, "JSON invalide", "Le corps n'est pas du JSON.", null);
        }
        if (!node.path("indicators").isArray()) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Données invalides", "La soumission ne contient pas d'indicateurs.",
                    List.of(Map.of("field", "indicators", "message", "obligatoire")));
        }
        SandboxSubmission submission = new SandboxSubmission(UUID.randomUUID().toString(), fase, schoolYear, idempotencyKey, hash, body,
                "RECEIVED", null, false, clock.instant(), null);
        try {
            store.insert(submission);
        } catch (DuplicateKeyException e) {
            return again(store.byKey(idempotencyKey).orElseThrow(), hash);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(received(submission));
    }

    @GetMapping("/{submissionId}")
    ResponseEntity<Object> status(@PathVariable String fase, @PathVariable String schoolYear, @PathVariable String submissionId,
                                  @RequestHeader(value = "Authorization", required = false) String authorization) {
        if (!keys.miroirAccepts(authorization, fase)) return problem(HttpStatus.UNAUTHORIZED, "Clé refusée", "Clé d'API inconnue pour " + fase, null);
        var found = store.find(submissionId).filter(s -> s.fase().equals(fase) && s.schoolYear().equals(schoolYear));
        if (found.isEmpty()) return problem(HttpStatus.NOT_FOUND, "Soumission inconnue", "Aucune soumission " + submissionId, null);
        SandboxSubmission s = found.get();
        if ("RECEIVED".equals(s.status()) && !s.receivedAt().plus(decideAfter).isAfter(clock.instant())) {
            decide(s);
            s = store.find(submissionId).orElseThrow();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("submissionId", s.id());
        answer.put("status", s.status());
        answer.put("messages", s.messages() == null ? List.of() : List.of(s.messages().split("\n")));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The collection point's own check: a submission without any indicator is rejected, any other accepted. */
    private void decide(SandboxSubmission s) {
        JsonNode indicators = json.readTree(s.body()).path("indicators");
        if (indicators.isEmpty()) store.decide(s.id(), "REJECTED", "Aucun indicateur dans la soumission.", clock.instant());
        else store.decide(s.id(), "ACCEPTED", "Soumission intégrée au dossier Miroir (" + indicators.size() + " indicateurs).", clock.instant());
    }

    private ResponseEntity<Object> again(SandboxSubmission earlier, String hash) {
        if (!earlier.bodySha256().equals(hash)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key déjà utilisée",
                    "Cette Idempotency-Key a servi pour un autre contenu.", null);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(received(earlier));
    }

    private static Map<String, Object> received(SandboxSubmission s) {
        return Map.of("submissionId", s.id(), "status", "RECEIVED");
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (errors != null) problem.put("errors", errors);
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
