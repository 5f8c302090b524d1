package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Arrays;
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
        return peerOf(identity.secretariat());
    }

    @ModelAttribute("roles")
    Set<String> roles(Authentication authentication) {
        return !signedIn(authentication) ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replace("ROLE_", "")).collect(Collectors.toSet());
    }

    @ModelAttribute("user")
    String user(Authentication authentication) {
        return signedIn(authentication) ? authentication.getName() : null;
    }

    private static boolean signedIn(Authentication a) {
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    static String peerOf(Secretariat self) {
        return Arrays.stream(Secretariat.values()).filter(s -> s != self).findFirst().orElseThrow().name();
    }
}
