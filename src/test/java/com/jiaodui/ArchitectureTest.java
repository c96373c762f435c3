package com.jiaodui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DEVELOPERS.md: the analysis and compare engines are pure Java; only store speaks JDBC. */
@AnalyzeClasses(packages = "com.jiaodui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsPureJava = noClasses()
            .that().resideInAnyPackage("com.jiaodui.text..", "com.jiaodui.compare..", "com.jiaodui.util..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.fxmisc..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "com.jiaodui.store..", "com.jiaodui.app..", "com.jiaodui.cli..");

    @ArchTest
    static final ArchRule onlyStoreUsesJdbc = noClasses()
            .that().resideOutsideOfPackage("com.jiaodui.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule storeAndCliHaveNoUi = noClasses()
            .that().resideInAnyPackage("com.jiaodui.store..", "com.jiaodui.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    /** The review model (decisions, flag placement, the editing session) is pure: no JavaFX, no JDBC. */
    @ArchTest
    static final ArchRule reviewModelIsPure = noClasses()
            .that().resideInAPackage("com.jiaodui.review..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.fxmisc..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "com.jiaodui.store..", "com.jiaodui.app..", "com.jiaodui.cli..");

    /** View models hold state and commands; only views touch the scene graph. */
    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    /**
     * Standard output and error belong to the command line; the app reports through app.Diagnostics. The
     * traditional-table generator is a build-time tool whose output is the table.
     */
    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses()
            .that().resideOutsideOfPackage("com.jiaodui.cli..")
            .and().doNotHaveFullyQualifiedName("com.jiaodui.text.TraditionalTableGenerator")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
