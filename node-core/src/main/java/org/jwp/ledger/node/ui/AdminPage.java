package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.node.audit.Keys;
import org.jwp.ledger.node.audit.NodeKeys;
import org.jwp.ledger.node.replication.Replication;
import org.jwp.ledger.node.replication.ReplicationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** For administrators: this node's key, the peers' pinned keys and replication state, and projection replay. */
@Controller
class AdminPage {

    private final NodeKeys keys;
    private final ReplicationSettings settings;
    private final Replication replication;

    AdminPage(NodeKeys keys, ReplicationSettings settings, Replication replication) {
        this.keys = keys;
        this.settings = settings;
        this.replication = replication;
    }

    @GetMapping("/admin")
    String page(Model model) {
        model.addAttribute("publicKey", Keys.pem(keys.publicKey()));
        model.addAttribute("fingerprint", keys.fingerprint());
        model.addAttribute("pinned", settings.peers().stream().map(p -> p.id() + " " + p.url() + " — "
                + Keys.fingerprint(p.verificationKey())).toList());
        model.addAttribute("peers", replication.status());
        return "admin";
    }

    @PostMapping("/admin/replay")
    String replay(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws ServletException, IOException {
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/admin/replay",
                JsonNodeFactory.instance.objectNode());
        List<String> names = new ArrayList<>();
        answer.body().path("replaying").forEach(n -> names.add(n.asText()));
        redirect.addFlashAttribute("recorded", answer.ok() ? "Replaying " + String.join(", ", names)
                : "Replay refused: " + answer.body().path("detail").asText());
        return "redirect:/admin";
    }
}
