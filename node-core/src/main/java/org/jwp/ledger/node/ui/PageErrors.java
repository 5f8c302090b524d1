package org.jwp.ledger.node.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.request.InvalidRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page's refusals as a page (the API answers problem+json for the same cases). */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    @ExceptionHandler(UnknownItem.class)
    String unknown(UnknownItem e, Model model, HttpServletResponse response) {
        return show(404, "Not found", e.getMessage(), model, response);
    }

    @ExceptionHandler(CommandRefused.class)
    String refused(CommandRefused e, Model model, HttpServletResponse response) {
        return show(409, "Not possible now", e.getMessage(), model, response);
    }

    @ExceptionHandler({InvalidRequest.class, MethodArgumentTypeMismatchException.class})
    String invalid(RuntimeException e, Model model, HttpServletResponse response) {
        String detail = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName() + ": cannot read '" + m.getValue() + "'" : e.getMessage();
        return show(400, "Bad request", detail, model, response);
    }

    private static String show(int status, String error, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("error", error);
        model.addAttribute("detail", detail);
        return "error";
    }
}
