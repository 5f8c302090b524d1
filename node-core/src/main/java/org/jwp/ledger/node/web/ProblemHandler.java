package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.InvalidRequest;
import org.jwp.ledger.node.request.Unauthenticated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.ledger.WritesClosed;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal as application/problem+json: 400 naming each bad field, 404 for an unknown item, 409 for a state
 * conflict or a command the node may not record, with the item's current state. Nothing here ever changed the ledger:
 * commands are validated before dispatch and aggregates refuse before they apply.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String PROBLEM = "urn:jwp-ledger:problem:";

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<Object> invalid(InvalidRequest e) {
        ProblemDetail p = invalidRequest(e.problems());
        e.extra().forEach(p::setProperty);
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(Unauthenticated.class)
    ResponseEntity<Object> unauthenticated(Unauthenticated e) {
        ProblemDetail p = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(p);
    }

    @ExceptionHandler({UnknownItem.class, AggregateNotFoundException.class})
    ResponseEntity<Object> unknown(RuntimeException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "unknown-item", "Unknown item", e.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }

    @ExceptionHandler(CommandRefused.class)
    ResponseEntity<Object> refused(CommandRefused e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "refused", "Refused in the item's current state",
                e.getMessage());
        if (e.currentStatus() != null) {
            p.setProperty("currentStatus", e.currentStatus());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(org.jwp.ledger.node.ledger.ForbiddenEvent.class)
    ResponseEntity<Object> forbiddenEvent(RuntimeException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "forbidden-event",
                "The ledger holds an event its origin could not emit", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrent(ConcurrencyException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
                "another change to this item was recorded at the same time; read it again and retry");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    /**
     * Two processes appending to one stream at once: the database's unique (stream, sequence) key refuses the
     * second, whichever way Axon reports it.
     */
    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<Object> storeRefused(EventStoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return concurrent(new ConcurrencyException(e.getMessage()));
            }
        }
        return unavailable(e);
    }

    /**
     * The database failed under the command (unreachable, restarted, connection cut): 503, and the client is told the
     * command was not confirmed. While they were rethrown, ./ledger chaos (PostgreSQL restarted under load) saw a POST
     * answered 200 with an empty body and nothing logged: most likely a failure whose cause read "Broken pipe" (the
     * database's socket) taken by Spring MVC for a client that had gone away.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> unavailable(RuntimeException e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                "the ledger's database did not confirm this command; it was most likely not recorded. Check the "
                + "item or the ledger before recording it again.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    /** Not recorded because the node is not open for writes (docs/operations.md); a retry later may succeed. */
    @ExceptionHandler(WritesClosed.class)
    ResponseEntity<Object> closed(WritesClosed e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "writes-closed", "Not recording now", e.getMessage());
        p.setProperty("state", e.state().name());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    /** Axon wraps handler exceptions when they cross a bus boundary; answer for what is inside. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> wrapped(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CommandRefused r) {
            return refused(r);
        }
        if (cause instanceof UnknownItem u) {
            return unknown(u);
        }
        if (cause instanceof WritesClosed w) {
            return closed(w);
        }
        if (cause instanceof IllegalArgumentException i) {
            return illegal(i);
        }
        if (cause instanceof EventStoreException store) {
            return storeRefused(store);
        }
        if (cause instanceof DataAccessException || cause instanceof TransactionException) {
            return unavailable((RuntimeException) cause);
        }
        throw e;
    }

    /** Aggregates repeat the shape checks the API makes first; reaching one is still the caller's error. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegal(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new InvalidRequest.FieldProblem(null,
                e.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new InvalidRequest.FieldProblem(e.getName(),
                "cannot read '" + e.getValue() + "'"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequest.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidRequest.FieldProblem(f.getField(), message(f)))
                .sorted(java.util.Comparator.comparing(InvalidRequest.FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequest.FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new InvalidRequest.FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RequestLimits.BodyTooLarge tooLarge) {
                ProblemDetail p = problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                        tooLarge.getMessage());
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                        .body(p);
            }
        }
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JsonProcessingException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return ResponseEntity.badRequest().body(invalidRequest(List.of(unreadable(cause))));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(PROBLEM + type));
        p.setTitle(title);
        return p;
    }

    private static InvalidRequest.FieldProblem unreadable(Throwable cause) {
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m);
            if (m instanceof UnrecognizedPropertyException) {
                return new InvalidRequest.FieldProblem(field, "is not a field of this request");
            }
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return new InvalidRequest.FieldProblem(field, "must be one of "
                        + List.of(f.getTargetType().getEnumConstants()));
            }
            if (m instanceof ValueInstantiationException v && v.getCause() != null) {
                return new InvalidRequest.FieldProblem(field, v.getCause().getMessage());
            }
            if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                return new InvalidRequest.FieldProblem(field, "must be " + FieldTypes.expected(mi.getTargetType()));
            }
            return new InvalidRequest.FieldProblem(field, "cannot be read: " + m.getOriginalMessage());
        }
        if (cause instanceof JsonProcessingException j) {
            return new InvalidRequest.FieldProblem(null, "malformed JSON: " + j.getOriginalMessage());
        }
        return new InvalidRequest.FieldProblem(null, "the request body is missing or unreadable");
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage();
    }

    private static ProblemDetail invalidRequest(List<InvalidRequest.FieldProblem> problems) {
        String fields = problems.stream().map(InvalidRequest.FieldProblem::field)
                .filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining(", "));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                fields.isEmpty() ? problems.get(0).message() : "invalid fields: " + fields);
        p.setProperty("errors", problems.stream().map(pr -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("field", pr.field());
            m.put("message", pr.message());
            return m;
        }).toList());
        return p;
    }
}
