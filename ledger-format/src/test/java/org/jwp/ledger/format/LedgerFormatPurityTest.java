package org.jwp.ledger.format;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The integrity core is a library anyone can run: no Spring, no database, no servlet, nothing of a node. */
class LedgerFormatPurityTest {

    private final JavaClasses format = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jwp.ledger.format");

    @Test
    void theFormatKnowsNoFrameworkNoDatabaseAndNoNode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "java.sql..", "javax.sql..", "jakarta..", "org.jwp.ledger.node..")
                .check(format);
    }
}
