package org.jwp.ledger.node.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;

/** 401 and 403 for API clients in the same problem+json shape as every other refusal. */
final class ProblemResponses {

    static final String CHALLENGE = "Basic realm=\"jwp-ledger\", Bearer realm=\"jwp-ledger\"";

    private ProblemResponses() {
    }

    static void unauthenticated(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(response, 401, "unauthenticated", "Unauthenticated",
                "sign in: HTTP Basic with a staff account, or a staff bearer token");
    }

    static void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, 403, "forbidden", "Forbidden", detail);
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:jwp-ledger:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
