package org.gtlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules of the design's architecture.md (README, "Architecture"), executable: who may import whom, no JavaFX
 * or printing in the core rooms, no package cycles.
 */
class ArchitectureTest {

    /** Model rooms: the pure computational core. */
    private static final List<String> MODEL = List.of("math", "game", "solve", "eval", "dynamics", "learn",
            "reservoir", "coopetition", "repeated", "compute", "sweep", "run");

    /** Room → the GT Lab rooms it may import (itself always allowed; math is the base of all). */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("math", List.of());
        ALLOWED.put("game", List.of("math"));
        for (String r : List.of("solve", "eval", "dynamics")) {
            ALLOWED.put(r, List.of("game", "math", "compute"));
        }
        // compute is the SPI for batched numeric work; its implementations stay below the model rooms
        ALLOWED.put("compute", List.of("math"));
        for (String r : List.of("learn", "reservoir", "coopetition", "repeated")) {
            ALLOWED.put(r, List.of("game", "solve", "eval", "dynamics", "math", "compute"));
        }
        List<String> modelRooms = List.of("math", "game", "solve", "eval", "dynamics", "learn", "reservoir",
                "coopetition", "repeated", "compute");
        ALLOWED.put("sweep", modelRooms);
        ALLOWED.put("run", modelRooms);
        ALLOWED.put("chart", List.of());
        // figure turns core results into chart models: it may read every model room it draws
        ALLOWED.put("figure", List.of("chart", "game", "solve", "eval", "dynamics", "learn", "repeated", "run", "math",
                "compute"));
        // io.recipe re-makes figures: it reads the figure room's builders
        ALLOWED.put("io", List.of("game", "run", "chart", "figure", "math"));
        List<String> allButUi = new ArrayList<>(MODEL);
        allButUi.addAll(List.of("chart", "figure", "io"));
        ALLOWED.put("cli", allButUi);
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gtlab");
    }

    @Test
    void roomsImportOnlyWhatArchitectureAllows() {
        for (Map.Entry<String, List<String>> e : ALLOWED.entrySet()) {
            String room = e.getKey();
            List<String> ok = new ArrayList<>(e.getValue());
            ok.add(room);
            String[] pkgs = ok.stream().map(r -> "org.gtlab." + r + "..").toArray(String[]::new);
            DescribedPredicate<JavaClass> allowed = JavaClass.Predicates.resideOutsideOfPackage("org.gtlab..")
                    .or(JavaClass.Predicates.resideInAnyPackage(pkgs));
            ArchRule rule = classes().that().resideInAPackage("org.gtlab." + room + "..")
                    .should().onlyDependOnClassesThat(allowed)
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void mathUsesOnlyTheJdk() {
        classes().that().resideInAPackage("org.gtlab.math..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.gtlab.math..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyUiImportsJavaFx() {
        // chart may bridge to the screen through FXGraphics2D in its fx subpackage only
        noClasses().that().resideOutsideOfPackages("org.gtlab.ui..", "org.gtlab.chart.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.fx..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void coreNeverImportsUiOrCli() {
        String[] core = MODEL.stream().map(r -> "org.gtlab." + r + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(core)
                .should().dependOnClassesThat().resideInAnyPackage("org.gtlab.ui..", "org.gtlab.cli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void coreNeverPrints() {
        String[] core = new ArrayList<String>() {
            {
                MODEL.forEach(r -> add("org.gtlab." + r + ".."));
                add("org.gtlab.chart..");
                add("org.gtlab.figure..");
                add("org.gtlab.io..");
            }
        }.toArray(String[]::new);
        noClasses().that().resideInAnyPackage(core)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.gtlab.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void chartSubpackagesAreLayeredWithoutCycles() {
        // model <- layout <- render <- tex (and fx on top of render): no cycle between the parts of chart
        slices().matching("org.gtlab.chart.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.gtlab.chart.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gtlab.chart.layout..",
                        "org.gtlab.chart.render..", "org.gtlab.chart.tex..", "org.gtlab.chart.fx..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.gtlab.chart.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gtlab.chart.render..",
                        "org.gtlab.chart.tex..", "org.gtlab.chart.fx..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.gtlab.chart.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gtlab.chart.tex..", "org.gtlab.chart.fx..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void figureAndRecipesNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.gtlab.figure..", "org.gtlab.io.recipe..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gtlab.ui..", "org.gtlab.cli..")
                .allowEmptyShould(true).check(classes);
    }
}
