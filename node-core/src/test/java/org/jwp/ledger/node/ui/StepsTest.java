package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class StepsTest {

    /** Operations that are not workflow steps: they have their own pages (audit, admin). */
    private static final Set<String> NOT_STEPS = Set.of("/api/admin/replay", "/api/audit/checkpoints",
            "/api/admin/personal-data/{subject}/erasure", "/api/admin/recovery/unproven/acceptance",
            "/api/admin/recovery/unproven/refusal",
            // The same write as /api/results (the record-result form) for one activity, kept for scripts.
            "/api/activities/{code}/results");

    /** Writes offered on a page of their own rather than as a workflow step: the API path and that form's path. */
    private static final Map<String, String> OWN_FORMS = Map.of(
            "/api/results/{id}/correction", "/results/{id}/correction",
            "/api/results/{id}/withdrawal", "/results/{id}/withdrawal",
            "/api/commitments/{id}/steps/{eventId}/correction", "/items/{id}/steps/{eventId}/correction",
            // An approver's act, offered on the reports page.
            "/api/reports/{kind:annual|programme}/{which}/approvals", "/reports/approval");

    @Test
    void everyRecordingEndpointOfTheApiHasAFormAndEveryFormAnEndpoint() throws ClassNotFoundException {
        Set<String> endpoints = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        for (BeanDefinition d : scan.findCandidateComponents("org.jwp.ledger.node")) {
            Class<?> controller = Class.forName(d.getBeanClassName());
            RequestMapping base = controller.getAnnotation(RequestMapping.class);
            String prefix = base == null ? "" : base.value()[0];
            for (Method m : controller.getDeclaredMethods()) {
                PostMapping post = m.getAnnotation(PostMapping.class);
                if (post != null) {
                    endpoints.add(prefix + (post.value().length == 0 ? "" : post.value()[0]));
                }
            }
        }
        endpoints.removeAll(NOT_STEPS);
        assertThat(endpoints).containsAll(OWN_FORMS.keySet());
        endpoints.removeAll(OWN_FORMS.keySet());
        Set<String> forms = new TreeSet<>();
        Steps.ALL.forEach(s -> forms.add(s.path().replace("{activity}", "{code}")));
        assertThat(forms).isEqualTo(endpoints);
    }

    @Test
    void everyWriteOfferedOnAPageOfItsOwnHasThatPage() throws ClassNotFoundException {
        Set<String> pages = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(org.springframework.stereotype.Controller.class));
        for (BeanDefinition d : scan.findCandidateComponents("org.jwp.ledger.node.ui")) {
            for (Method m : Class.forName(d.getBeanClassName()).getDeclaredMethods()) {
                PostMapping post = m.getAnnotation(PostMapping.class);
                if (post != null && post.value().length > 0) {
                    pages.add(post.value()[0]);
                }
            }
        }
        assertThat(pages).containsAll(OWN_FORMS.values());
    }

    @Test
    void theCounterpartIsOfferedTheReplyAndTheOwnerItsOwnFollowUps() {
        assertThat(Steps.offeredFor("CONSULTATION", "REQUESTED", false)).extracting(Step::key)
                .containsExactly("comment", "decline-consultation");
        assertThat(Steps.offeredFor("CONSULTATION", "REQUESTED", true)).extracting(Step::key)
                .containsExactly("extend-consultation", "withdraw-consultation");
        assertThat(Steps.offeredFor("REPRESENTATION", "ATTENDED", true)).extracting(Step::key)
                .containsExactly("acknowledge");
        assertThat(Steps.offeredFor("STAFF_LOAN", "COMPLETED", true)).isEmpty();
    }

    @Test
    void onlyOptionalFollowUpsAreNotAwaited() {
        assertThat(Steps.ALL.stream().filter(s -> !Steps.awaited(s)).map(Step::key))
                .containsExactlyInAnyOrder("extend-consultation", "withdraw-consultation", "cancel-loan");
    }
}
