package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class StepsTest {

    /** Operations that are not workflow steps: they have their own pages (audit, admin). */
    private static final Set<String> NOT_STEPS = Set.of("/api/admin/replay", "/api/audit/checkpoints",
            "/api/admin/personal-data/{subject}/erasure", "/api/admin/recovery/unproven/acceptance",
            "/api/admin/recovery/unproven/refusal",
            // The same write as /api/results (the record-result form) for one activity, kept for scripts.
            "/api/activities/{code}/results",
            // API only until results have a page of their own to offer them on (issue 16's interface part).
            "/api/results/{id}/correction", "/api/results/{id}/withdrawal",
            // An approver's act, not a recorder's form; the reports page is to offer it (issue 16's interface part).
            "/api/reports/{kind:annual|programme}/{which}/approvals");

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
        Set<String> forms = new TreeSet<>();
        Steps.ALL.forEach(s -> forms.add(s.path().replace("{activity}", "{code}")));
        assertThat(forms).isEqualTo(endpoints);
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
