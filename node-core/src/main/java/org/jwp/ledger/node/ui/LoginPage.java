package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.security.DemoUsers;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page; in the demo profile it says which accounts exist, since their passwords are no secret. */
@Controller
class LoginPage {

    private final boolean demo;

    LoginPage(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE));
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }

    /** Reached by forward from whatever request was refused, whatever its method. */
    @RequestMapping("/denied")
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("csrf", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "denied";
    }
}
