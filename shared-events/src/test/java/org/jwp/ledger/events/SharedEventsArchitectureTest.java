package org.jwp.ledger.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contracts are what both secretariats compile against: they must not drag a framework along. */
class SharedEventsArchitectureTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jwp.ledger.events");

    @Test
    void contractsDependOnNeitherSpringNorAxon() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta..")
                .check(contracts);
    }

    @Test
    void contractsDependOnlyOnTheJdkJacksonAndThemselves() {
        noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "com.fasterxml.jackson..", "org.jwp.ledger.events..")
                .check(contracts);
    }

    @Test
    void eventsAreRecords() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(Contract.class)
                .should().beRecords()
                .check(contracts);
    }
}
