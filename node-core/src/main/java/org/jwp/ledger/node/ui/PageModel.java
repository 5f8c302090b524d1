package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.security.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Set;
import java.util.stream.Collectors;

/** What every page shows: whose node this is, who is signed in and with which roles. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final NodeIdentity identity;

    PageModel(NodeIdentity identity) {
        this.identity = identity;
    }

    @ModelAttribute("node")
    String node() {
        return identity.secretariat().name();
    }

    @ModelAttribute("peer")
    String peer() {
        return identity.other().name();
    }

    @ModelAttribute("roles")
    Set<String> roles() {
        return SignedIn.current().map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(r -> r.replace("ROLE_", "")).collect(Collectors.toSet())).orElse(Set.of());
    }

    @ModelAttribute("user")
    String user() {
        return SignedIn.current().map(Authentication::getName).orElse(null);
    }
}
