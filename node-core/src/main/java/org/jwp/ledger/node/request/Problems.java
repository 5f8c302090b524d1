package org.jwp.ledger.node.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;

/**
 * The one shape of every error this node answers outside a controller (Tomcat, Spring's error dispatch, the body
 * limit): RFC 9457 application/problem+json with a type, title, status and a detail safe to show. Controllers answer
 * through the web layer's ProblemHandler, in the same shape.
 */
public final class Problems {

    public static final String TYPE = "urn:jwp-ledger:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** A problem as UTF-8 JSON bytes; {@code detail} is only ever text this node wrote, never an exception's. */
    public static byte[] json(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ObjectNode p = JSON.createObjectNode()
                .put("type", TYPE + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"))
                .put("title", title)
                .put("status", status)
                .put("detail", detail == null ? defaultDetail(status) : detail);
        return p.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Answers a problem directly, from a filter or a valve that has no controller to answer for it. */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.getOutputStream().write(json(status, detail));
    }

    public static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "the request could not be read";
            case 401 -> "sign in: HTTP Basic with a staff account, or a staff bearer token";
            case 403 -> "your role does not allow this";
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not take that method";
            case 406 -> "this address cannot answer in the media type asked for";
            case 413 -> "the request body is larger than this node accepts";
            case 415 -> "this address does not take a body of that media type";
            default -> status >= 500 ? "the node could not answer this request; nothing was recorded"
                    : "the request was refused";
        };
    }
}
