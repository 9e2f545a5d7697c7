package org.preau.transfer;

import org.preau.base.Texts;
import org.preau.establishment.Uai;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * {@code POST /api/v1/learner-transfers}: another Préau delivers a learner's records here, either
 * as an instance of the federation ({@link FederationSecurity}: the body's destination UAI names
 * the establishment) or with an API token of the destination establishment (the {@code /api/**}
 * chain signs the call in as that establishment). 201 with the transfer's id (again for a repeated
 * delivery: nothing is written twice); 409 when transfers are off here; 400 for a malformed body.
 * A learner the destination does not know is created there.
 */
@RestController
@RequestMapping("/api/v1/learner-transfers")
class LearnerTransferApiController {

    private final ReceivedTransfers received;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy;

    LearnerTransferApiController(ReceivedTransfers received,
                                 org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        this.received = received;
        this.strategy = strategy;
    }

    @PostMapping
    ResponseEntity<Object> receive(@RequestBody LearnerTransferBody body) {
        if (body.ine() == null || body.ine().isBlank() || !Uai.isValid(body.sourceUai()) || body.destinationUai() == null) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-transfer", Texts.get("transfer.error.body"));
        }
        TransferReception.Outcome outcome = FederationSecurity.callingInstance(holder()).isPresent()
                ? received.receiveFromInstance(FederationSecurity.callingInstance(holder()).get(), body) : received.receive(body);
        return switch (outcome) {
            case TransferReception.Received r -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("transferId", String.valueOf(r.receivedId())));
            case TransferReception.Refused r -> problem(HttpStatus.CONFLICT, "transfer-refused", r.reason());
        };
    }

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.http.converter.HttpMessageNotReadableException.class})
    ResponseEntity<Object> malformed(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-transfer", Texts.get("transfer.error.body"));
    }

    private org.springframework.security.core.context.SecurityContextHolderStrategy holder() {
        return strategy.getIfAvailable(org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://preau.org/problems/" + type));
        problem.setTitle(Texts.get("transfer.error.title"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
