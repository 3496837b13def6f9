package id.kinerja.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the code base, checked on every build over the compiled classes of every module (tests left
 * out): where they are crossed, the build fails naming the class and the dependency.
 */
class ArsitekturTest {

    private static final JavaClasses KINERJA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.kinerja");

    /** The vocabulary, the rule book and the read contract are plain Java, usable anywhere. */
    private static final String[] PLAIN = {"id.kinerja.api..", "id.kinerja.rulebook..", "id.kinerja.queryapi.."};

    @Test
    void no_package_of_a_service_depends_on_a_package_that_depends_back() {
        for (String service : new String[]{"command", "query", "reporting"}) {
            slices().matching("id.kinerja." + service + ".(*)..").should().beFreeOfCycles()
                    .as("the packages of " + service + "-service form no cycle").check(KINERJA);
        }
    }

    @Test
    void modules_depend_one_way() {
        slices().matching("id.kinerja.(*)..").should().beFreeOfCycles().as("the modules form no cycle")
                .check(KINERJA);
        noClasses().that().resideInAnyPackage("id.kinerja.command..", "id.kinerja.reporting..")
                .should().dependOnClassesThat().resideInAPackage("id.kinerja.query..")
                .as("services talk over HTTP and Kafka, not through each other's classes").check(KINERJA);
        noClasses().that().resideInAnyPackage("id.kinerja.query..", "id.kinerja.reporting..")
                .should().dependOnClassesThat().resideInAPackage("id.kinerja.command..")
                .as("services talk over HTTP and Kafka, not through each other's classes").check(KINERJA);
        noClasses().that().resideInAnyPackage("id.kinerja.command..", "id.kinerja.query..")
                .should().dependOnClassesThat().resideInAPackage("id.kinerja.reporting..")
                .as("services talk over HTTP and Kafka, not through each other's classes").check(KINERJA);
    }

    @Test
    void the_vocabulary_the_rule_book_and_the_read_contract_know_no_spring_and_do_no_io() {
        noClasses().that().resideInAnyPackage(PLAIN).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework.messaging..", "jakarta.servlet..")
                .as("api, the rule book and the read contract are plain Java").check(KINERJA);
        noClasses().that().resideInAnyPackage("id.kinerja.rulebook..", "id.kinerja.queryapi..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..",
                        "java.net..", "javax.sql..", "com.fasterxml.jackson.databind..")
                .as("the rule book and the read contract do no I/O").check(KINERJA);
        noClasses().that().resideInAPackage("id.kinerja.rulebook..").should().dependOnClassesThat()
                .resideInAnyPackage("id.kinerja.queryapi..", "id.kinerja.web..", "id.kinerja.security..")
                .as("the rule book depends on the vocabulary only").check(KINERJA);
    }

    /**
     * Percentages, means, ratios: only the rule book divides. Two divisions elsewhere are not capaian: a predikat's
     * band midpoint (the grade scale itself) and a replay's progress.
     */
    @Test
    void nothing_outside_the_rule_book_computes_a_capaian() {
        ArchRule onlyTheRuleBookDivides = noClasses().that().resideOutsideOfPackage("id.kinerja.rulebook..")
                .and().doNotHaveFullyQualifiedName("id.kinerja.api.common.Predikat")
                .and().doNotHaveFullyQualifiedName("id.kinerja.query.replay.ReplayStatus")
                .should().callMethodWhere(DescribedPredicate.describe("BigDecimal.divide",
                        call -> call.getTarget().getOwner().isEquivalentTo(BigDecimal.class)
                                && call.getTarget().getName().equals("divide")))
                .as("only the rule book divides numbers (capaian, averages, absorption, efisiensi, formulas)");
        onlyTheRuleBookDivides.check(KINERJA);
    }

    @Test
    void capabilities_are_reached_through_their_public_types() {
        noClasses().that().resideInAnyPackage("id.kinerja.command..", "id.kinerja.query..", "id.kinerja.reporting..")
                .and().areNotAnnotatedWith(RestController.class).should().dependOnClassesThat()
                .areAnnotatedWith(RestController.class)
                .as("a controller is an entry point: no other class calls it").check(KINERJA);
        noClasses().that().resideOutsideOfPackages("id.kinerja.query.consumer..", "id.kinerja.query.replay..")
                .and().areNotAssignableTo("id.kinerja.query.consumer.Projection")
                .should().dependOnClassesThat().areAssignableTo("id.kinerja.query.consumer.Projection")
                .as("read models are written only by the consumer and the replay, through Projection").check(KINERJA);
        noClasses().that().resideInAPackage("id.kinerja.reporting.dokumen..").should().dependOnClassesThat()
                .resideInAnyPackage("id.kinerja.reporting.query..", "id.kinerja.reporting.peristiwa..",
                        "id.kinerja.reporting.render..", "id.kinerja.reporting.web..")
                .as("document builders know the facts (Sumber) and the document model, not where facts come from "
                        + "or how documents are drawn").check(KINERJA);
    }
}
