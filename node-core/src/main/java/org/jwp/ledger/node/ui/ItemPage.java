package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.commitment.CommitmentQueries;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.request.ActedOn;
import org.jwp.ledger.node.personaldata.PersonalDataVault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One commitment: where it stands, every recorded step (who, when, on which node, which documents) and our moves. */
@Controller
class ItemPage {

    private final CommitmentQueries commitments;
    private final NodeIdentity identity;
    private final ActedOn dates;
    private final PersonalDataVault vault;

    ItemPage(CommitmentQueries commitments, NodeIdentity identity, ActedOn dates, PersonalDataVault vault) {
        this.vault = vault;
        this.commitments = commitments;
        this.identity = identity;
        this.dates = dates;
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable String id, Model model) {
        CommitmentView item = commitments.one(id, dates.today());
        model.addAttribute("item", item);
        model.addAttribute("request", RequestFacts.of(item));
        model.addAttribute("story", DeadlineStory.of(item, dates.today()));
        model.addAttribute("history", item.history().stream().map(h -> HistoryLine.of(h, vault, identity.secretariat().name())).toList());
        model.addAttribute("steps", Steps.offeredFor(item.type().name(), item.status(),
                item.owner().equals(identity.secretariat().name())));
        return "item";
    }
}
