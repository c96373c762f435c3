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
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..");

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
     * traditional-table generator is a build-time tool whose output is the table; the start-up probe prints
     * the measured figure for the start-up benchmark.
     */
    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses()
            .that().resideOutsideOfPackage("com.jiaodui.cli..")
            .and().doNotHaveFullyQualifiedName("com.jiaodui.text.TraditionalTableGenerator")
            .and().doNotHaveFullyQualifiedName("com.jiaodui.app.StartupProbe") // -Djiaodui.startupProbe: its output is the figure
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    /** The store only persists: no decoder, analyzer or detector, nothing of the layers above it. */
    @ArchTest
    static final ArchRule storeIsPersistenceOnly = noClasses()
            .that().resideInAPackage("com.jiaodui.store..")
            .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the import pipeline (decoder, analyzer, detectors, page reader, cleaner, segmenter)",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("com.jiaodui.text")
                            && (c.getSimpleName().equals("TextDecoder") || c.getSimpleName().equals("Analyzer")
                            || c.getSimpleName().endsWith("Detector") || c.getSimpleName().equals("PageReader")
                            || c.getSimpleName().equals("Cleaner") || c.getSimpleName().equals("ArticleSegmenter"))))
            .orShould().dependOnClassesThat().resideInAnyPackage(
                    "com.jiaodui.app..", "com.jiaodui.cli..", "com.jiaodui.library..", "com.jiaodui.review..");

    /** The app uses the application layer (com.jiaodui.library), never the store. */
    @ArchTest
    static final ArchRule appDoesNotUseTheStore = noClasses()
            .that().resideInAPackage("com.jiaodui.app..")
            .should().dependOnClassesThat().resideInAPackage("com.jiaodui.store..");

    /** The application layer is shared by app and cli and uses neither, nor JavaFX. */
    @ArchTest
    static final ArchRule libraryIsBelowAppAndCli = noClasses()
            .that().resideInAPackage("com.jiaodui.library..")
            .should().dependOnClassesThat().resideInAnyPackage("com.jiaodui.app..", "com.jiaodui.cli..", "javafx..");

    /** The app's texts come through I18n (one live locale); no view reads a bundle of its own. */
    @ArchTest
    static final ArchRule appTextsOnlyThroughI18n = noClasses()
            .that().resideInAPackage("com.jiaodui.app..")
            .and().doNotHaveFullyQualifiedName("com.jiaodui.app.I18n")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.ResourceBundle");

    /** No cycles between the top-level packages. */
    @ArchTest
    static final ArchRule noPackageCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("com.jiaodui.(*)..").should().beFreeOfCycles();

    /**
     * One way to run background work in the app (issue 8): threads, executors and {@code javafx.concurrent} tasks
     * only in app.task. PageRenderer (app.pageimage, helper "page") still has its own render thread: exempt until
     * it moves onto the task runner.
     */
    @ArchTest
    static final ArchRule backgroundWorkOnlyThroughTheTaskRunner = noClasses()
            .that().resideInAPackage("com.jiaodui.app..")
            .and().resideOutsideOfPackage("com.jiaodui.app.task..")
            .and().haveNameNotMatching("com\\.jiaodui\\.app\\.pageimage\\.PageRenderer.*")
            .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                    java.util.concurrent.ExecutorService.class, java.util.Timer.class)
            .because("background work goes through app.task.TaskRunner (tests replace it)");
}
