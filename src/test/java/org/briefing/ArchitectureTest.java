package org.briefing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers depend one way: model ← load/style/plan ← render.* ← cli; formats never import each other. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.briefing");

    @Test
    void theModelUsesNoLibraryAndNoOtherLayer() {
        noClasses().that().resideInAPackage("org.briefing.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.briefing.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void jacksonStaysInsideJsonReading() {
        noClasses().that().resideOutsideOfPackage("org.briefing.json..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void libraryTypesStayInTheirFormat() {
        noClasses().that().resideOutsideOfPackage("org.briefing.render.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.openpdf..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.briefing.render.docx..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void pdfboxOnlyPrints() {
        noClasses().that().resideOutsideOfPackage("org.briefing.print..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.briefing.load..", "org.briefing.style..", "org.briefing.plan..",
                        "org.briefing.json..", "org.briefing.diag..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.render..", "org.briefing.engine..",
                        "org.briefing.print..", "org.briefing.cli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.briefing.engine..", "org.briefing.print..")
                .should().dependOnClassesThat().resideInAPackage("org.briefing.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.briefing.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefing.cli..", "org.briefing.engine..")
                .check(CLASSES);
    }

    @Test
    void formatsDoNotImportEachOther() {
        slices().matching("org.briefing.render.(*)..").should().notDependOnEachOther().check(CLASSES);
    }
}
