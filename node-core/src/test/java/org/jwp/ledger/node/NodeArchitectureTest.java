package org.jwp.ledger.node;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.lang.ArchRule;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Features talk through events: no workflow reaches into another, and the shared ledger knows no feature. */
class NodeArchitectureTest {

    private static final String[] WORKFLOWS = {"..node.consultation..", "..node.staffloan..",
            "..node.representation..", "..node.progress.."};

    private final JavaClasses node = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jwp.ledger.node");

    @Test
    void workflowsDoNotDependOnEachOther() {
        slices().matching("org.jwp.ledger.node.(consultation|staffloan|representation|progress)..")
                .should().notDependOnEachOther()
                .check(node);
    }

    @Test
    void workflowsDoNotReadTheCommitmentsProjection() {
        noClasses().that().resideInAnyPackage(WORKFLOWS)
                .should().dependOnClassesThat().resideInAnyPackage("..node.commitment..", "..node.replication..")
                .check(node);
    }

    @Test
    void theLedgerAndReplicationKnowNoWorkflow() {
        noClasses().that().resideInAnyPackage("..node.ledger..", "..node.replication..", "..node.web..")
                .should().dependOnClassesThat().resideInAnyPackage(WORKFLOWS)
                .check(node);
    }

    /** Verification and the ledger stand on their own: they read the configured peers, never the feed. */
    @Test
    void theLedgerAuditAndPeersKnowNoFeed() {
        noClasses().that().resideInAnyPackage("..node.ledger..", "..node.audit..", "..node.peers..",
                        "..node.crypto..")
                .should().dependOnClassesThat().resideInAnyPackage("..node.replication..")
                .check(node);
    }

    /** Who does what once per secretariat is decided apart from what is done: the duties know no feature. */
    @Test
    void theDutiesKnowNothingOfWhatTheyAreFor() {
        noClasses().that().resideInAPackage("..node.duties..")
                .should().dependOnClassesThat().resideInAnyPackage("..node.replication..", "..node.audit..",
                        "..node.ledger..", "..node.peers..")
                .check(node);
    }

    @Test
    void theCommitmentsProjectionUsesOnlyEventsAndTheWorkflowsStatusNames() {
        noClasses().that().resideInAPackage("..node.commitment..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(WORKFLOWS)
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Status"))))
                .check(node);
    }

    @Test
    void theWebInterfaceRecordsOnlyThroughTheApi() {
        noClasses().that().resideInAnyPackage("..node.ui..", "..node.security..")
                .should().dependOnClassesThat().resideInAnyPackage(WORKFLOWS)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..")
                .orShould().dependOnClassesThat().haveSimpleName("Recorder")
                .check(node);
    }

    @Test
    void aggregatesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("..node.web..", "org.springframework.web..",
                        "jakarta.servlet..")
                .check(node);
    }

    /** Dependencies between the node's packages run one way: no package reaches, through others, back to itself. */
    static final ArchRule NO_CYCLES = slices().matching("org.jwp.ledger.node.(*)..").should().beFreeOfCycles();

    @Test
    void thePackagesDependOnEachOtherWithoutCycles() {
        NO_CYCLES.check(node);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses broken = new ClassFileImporter().importClasses(
                org.jwp.ledger.node.cycleup.Caller.class, org.jwp.ledger.node.cycledown.Callee.class);

        assertThat(NO_CYCLES.evaluate(broken).hasViolation()).as("cycleup -> cycledown -> cycleup is a cycle").isTrue();
    }

    /**
     * The ledger and the request rules are the bottom: they know no feature, page or feed. (Below them, the
     * integrity core is a module of its own, ledger-format, which knows no node at all: LedgerFormatPurityTest.)
     */
    static final ArchRule LEDGER_AT_THE_BOTTOM = noClasses().that()
            .resideInAnyPackage("..node.ledger..", "..node.request..")
            .should().dependOnClassesThat().resideInAnyPackage("..node.web..", "..node.ui..",
                    "..node.audit..", "..node.replication..", "..node.report..", "..node.signoff..",
                    "..node.commitment..", "..node.security..", "..node.search..", "..node.admin..");

    /** Recording included: who writes and what they assumed reach the ledger through its Author, not a request. */
    static final ArchRule LEDGER_KNOWS_NO_HTTP = noClasses().that().resideInAPackage("..node.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.http..");

    @Test
    void theLedgerKnowsNoHttp() {
        LEDGER_KNOWS_NO_HTTP.check(node);
    }

    @Test
    void theLedgerDependsOnNothingAboveIt() {
        LEDGER_AT_THE_BOTTOM.check(node);
    }

    static final ArchRule NOTHING_ON_PAGES = noClasses().that().resideOutsideOfPackage("..node.ui..")
            .should().dependOnClassesThat().resideInAPackage("..node.ui..");

    @Test
    void nothingDependsOnThePages() {
        NOTHING_ON_PAGES.check(node);
    }

    /** A workflow's lifecycle is rules over the contracts: no framework, no I/O, nothing else of the node. */
    static final ArchRule LIFECYCLES_PURE = noClasses().that().resideInAPackage("..node.lifecycle..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "java.sql..", "javax.sql..", "jakarta..", "java.io..", "java.net..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.jwp.ledger.node..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("..node.lifecycle.."))));

    @Test
    void theLifecyclesArePure() {
        LIFECYCLES_PURE.check(node);
    }

    /** Deciding and building stay apart from where things are stored: no Spring, no JDBC. */
    static final ArchRule DECISIONS_PURE = noClasses().that().areAnnotatedWith(Aggregate.class)
            .or().haveSimpleNameStartingWith("ReportBuilder").or().haveSimpleName("ItemFolder")
            .or().haveSimpleName("CurrentResults").or().haveSimpleName("CurrentSteps")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
                    "org.springframework.web..", "org.springframework.transaction..", "java.sql..", "javax.sql..");

    @Test
    void aggregatesAndTheReportsBuilderUseNoDatabase() {
        DECISIONS_PURE.check(node);
    }

    @Test
    void eachRuleFailsOnADeliberatelyBrokenClass() {
        JavaClasses broken = new ClassFileImporter().importClasses(
                org.jwp.ledger.node.lifecycle.broken.ImpureRule.class,
                org.jwp.ledger.node.ledger.broken.ReachesUp.class,
                org.jwp.ledger.node.ledger.broken.ReadsTheRequest.class);

        assertThat(LIFECYCLES_PURE.evaluate(broken).hasViolation()).as("a lifecycle using JDBC").isTrue();
        assertThat(LEDGER_AT_THE_BOTTOM.evaluate(broken).hasViolation()).as("the ledger using a page").isTrue();
        assertThat(NOTHING_ON_PAGES.evaluate(broken).hasViolation()).as("a package using a page").isTrue();
        assertThat(LEDGER_KNOWS_NO_HTTP.evaluate(broken).hasViolation()).as("the ledger reading a request").isTrue();
    }
}
