package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * What Spring's error dispatch answers (an unknown address, a method or media type an address does not take, an
 * exception no handler answered): problem+json, except for a person's browser asking for a page, who gets the error
 * page. Replaces Spring Boot's own JSON error body, which has another shape and can name internals.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers implements ErrorController {

    @RequestMapping
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String detail = Problems.defaultDetail(status);
        if (wantsPage(request, path)) {
            return new ModelAndView("error", Map.of("status", status, "error", title(status), "detail", detail),
                    HttpStatus.valueOf(status));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE));
        if (status == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"jwp-ledger\", Bearer realm=\"jwp-ledger\"");
        }
        return answer.body(Problems.json(status, detail));
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** Pages for browsers; the API, the feeds and the actuator always answer problem+json. */
    private static boolean wantsPage(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/actuator")
                || path.startsWith("/v3/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }
}
