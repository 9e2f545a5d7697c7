package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.Uai;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * The federation's two calls (PEERS.md), for instances signed in by {@link FederationSecurity}:
 * {@code GET /api/v1/establishments} and {@code POST /api/v1/transfer-requests}.
 */
@RestController
class FederationApiController {

    /** The body of a question: the INE only as a keyed hash. */
    record TransferRequestBody(String ineHash, String destinationUai, Instant requestedAt) {
    }

    private final FederationAnswers answers;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy;

    FederationApiController(FederationAnswers answers,
                            org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        this.answers = answers;
        this.strategy = strategy;
    }

    @GetMapping(FederationSecurity.ESTABLISHMENTS)
    Map<String, Object> establishments() {
        return Map.of("establishments", answers.establishments());
    }

    @PostMapping(FederationSecurity.TRANSFER_REQUESTS)
    ResponseEntity<Object> transferRequest(@RequestBody TransferRequestBody body) {
        String uai = body.destinationUai() == null ? null : Uai.normalise(body.destinationUai());
        if (!FederationAnswers.validQuestion(body.ineHash(), uai)) {
            return problem(HttpStatus.BAD_REQUEST, Texts.get("transfer.federation.badQuestion"));
        }
        String instance = FederationSecurity.callingInstance(holder()).orElseThrow();
        return answers.answer(instance, body.ineHash(), uai) ? ResponseEntity.accepted().build() : ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FederationAnswers.FederationUnavailableException.class)
    ResponseEntity<Object> notNow(FederationAnswers.FederationUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Texts.get("transfer.federation.notNow"));
        problem.setTitle(Texts.get("transfer.error.title"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "3600")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<Object> malformed(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, Texts.get("transfer.federation.badQuestion"));
    }

    private org.springframework.security.core.context.SecurityContextHolderStrategy holder() {
        return strategy.getIfAvailable(org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://preau.org/problems/invalid-question"));
        problem.setTitle(Texts.get("transfer.error.title"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
