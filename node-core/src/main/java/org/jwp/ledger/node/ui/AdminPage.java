package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.audit.NodeKeys;
import org.jwp.ledger.node.ledger.WriteGate;
import org.jwp.ledger.node.replication.Replication;
import org.jwp.ledger.node.peers.PeerSettings;
import org.jwp.ledger.node.replication.UnprovenTail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * For administrators: this node's key, the peers' pinned keys, replication and recording state, projection replay and
 * the erasure of a person's data.
 */
@Controller
class AdminPage {

    private final NodeKeys keys;
    private final PeerSettings settings;
    private final Replication replication;
    private final WriteGate gate;
    private final UnprovenTail unproven;

    AdminPage(NodeKeys keys, PeerSettings settings, Replication replication, WriteGate gate,
              UnprovenTail unproven) {
        this.gate = gate;
        this.unproven = unproven;
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
        model.addAttribute("writes", gate.state().name() + (gate.reason() == null ? "" : ": " + gate.reason()));
        model.addAttribute("unproven", unproven.shown());
        model.addAttribute("unprovenFrom", unproven.peer().map(Enum::name).orElse(null));
        model.addAttribute("unprovenProblem", unproven.problem().orElse(null));
        return "admin";
    }

    /** Accept or refuse, with a reason, the events a peer handed back that no checkpoint of this node covers. */
    @PostMapping("/admin/recovery/unproven")
    String decide(@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws ServletException, IOException {
        String path = switch (decision) {
            case "accept" -> "/api/admin/recovery/unproven/acceptance";
            case "refuse" -> "/api/admin/recovery/unproven/refusal";
            default -> null;
        };
        if (path == null) {
            redirect.addFlashAttribute("recorded", "Nothing decided: choose accept or refuse");
            return "redirect:/admin";
        }
        ApiForward.Answer answer = ApiForward.post(request, response, path,
                JsonNodeFactory.instance.objectNode().put("reason", reason));
        redirect.addFlashAttribute("recorded", answer.ok() ? ("accept".equals(decision) ? "Accepted" : "Refused")
                + " the handed-back events; the decision is recorded as " + answer.body().path("id").asText()
                : "Not decided: " + answer.body().path("detail").asText());
        return "redirect:/admin";
    }

    @PostMapping("/admin/replay")
    String replay(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
            throws ServletException, IOException {
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/admin/replay",
                JsonNodeFactory.instance.objectNode());
        List<String> names = new ArrayList<>();
        answer.body().path("replaying").forEach(n -> names.add(n.asText()));
        List<String> elsewhere = new ArrayList<>();
        answer.body().path("byAnotherInstance").forEach(n -> elsewhere.add(n.asText()));
        redirect.addFlashAttribute("recorded", answer.ok() ? "Replaying " + String.join(", ", names)
                + (elsewhere.isEmpty() ? "" : " (" + String.join(", ", elsewhere) + " by another instance of this "
                + "node, within seconds)") : "Replay refused: " + answer.body().path("detail").asText());
        return "redirect:/admin";
    }

    @PostMapping("/admin/personal-data/erasure")
    String erase(@RequestParam(defaultValue = "") String subject, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes redirect) throws ServletException, IOException {
        String id = subject.strip();
        // Checked here too: the id becomes part of the API path the form is forwarded to.
        if (!PersonalData.SUBJECT_ID.matcher(id).matches()) {
            redirect.addFlashAttribute("recorded", "Not erased: a subject id looks like CITES-PERSON-<32 hex digits> "
                    + "(the item page shows it beside the person)");
            return "redirect:/admin";
        }
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/admin/personal-data/" + id + "/erasure",
                JsonNodeFactory.instance.objectNode());
        redirect.addFlashAttribute("recorded", answer.ok() ? "Erased the personal data of " + id + " on this node; "
                + "the peer erases its copy when the erasure reaches it" : "Not erased: "
                + answer.body().path("detail").asText());
        return "redirect:/admin";
    }
}
