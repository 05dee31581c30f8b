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
            "reservoir", "coopetition", "repeated", "compute", "sweep", "run", "selfplay");

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
        // selfplay (specs/self-play-seeds.md) is a model room like learn; it may use learn's opponent sampler
        ALLOWED.put("selfplay", List.of("game", "solve", "eval", "dynamics", "learn", "math", "compute"));
        List<String> modelRooms = List.of("math", "game", "solve", "eval", "dynamics", "learn", "reservoir",
                "coopetition", "repeated", "compute", "selfplay");
        ALLOWED.put("sweep", modelRooms);
        List<String> runRooms = new ArrayList<>(modelRooms);
        runRooms.add("sweep"); // run.methods.sweep adapts the sweep room to the pipeline
        ALLOWED.put("run", runRooms);
        ALLOWED.put("chart", List.of());
        // figure turns core results into chart models: it may read every model room it draws
        ALLOWED.put("figure", List.of("chart", "game", "solve", "eval", "dynamics", "learn", "coopetition", "repeated",
                "run", "sweep", "math",
                "compute"));
        // io.recipe re-makes figures: it reads the figure room's builders
        ALLOWED.put("io", List.of("game", "run", "chart", "figure", "sweep", "math", "compute",
                "repeated")); // io.RepeatedFiles: the repeated-game document and strategy files
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
    void noPackageCyclesAtAnyDepth() {
        // the rooms (above), their subpackages (org.gtlab.solve.lh ⇄ org.gtlab.solve.vertex, …) and one level below
        slices().matching("org.gtlab.*.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        slices().matching("org.gtlab.*.*.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        // a room and its own subpackages: org.gtlab.run ⇄ org.gtlab.run.methods is a cycle too
        slices().matching("org.gtlab.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    /** The packages allowed to make threads and pools: the worker budget and the run executor on it. */
    private static final String[] THREAD_MAKERS = {"org.gtlab.compute..", "org.gtlab.run.."};

    @Test
    void onlyRunAndComputeMakeThreadsOrPools() {
        DescribedPredicate<JavaClass> threadOrPool = JavaClass.Predicates.assignableTo(Thread.class)
                .or(JavaClass.Predicates.assignableTo(java.util.concurrent.ExecutorService.class))
                .or(JavaClass.Predicates.assignableTo(java.util.concurrent.ThreadFactory.class))
                .or(JavaClass.Predicates.assignableTo(java.util.Timer.class));
        noClasses().that().resideOutsideOfPackages(THREAD_MAKERS)
                .should().callConstructorWhere(
                        com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(threadOrPool)))
                .because("issue 9: one bounded worker budget (compute.Workers) shared by runs, solvers and the UI")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideOutsideOfPackages(THREAD_MAKERS)
                .should().callMethodWhere(
                        com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        JavaClass.Predicates.equivalentTo(java.util.concurrent.Executors.class))))
                .orShould().callMethod(Thread.class, "ofPlatform")
                .orShould().callMethod(Thread.class, "startVirtualThread", Runnable.class)
                .orShould().callMethod(Runtime.class, "addShutdownHook", Thread.class)
                .because("threads, pools and shutdown hooks come from compute.Workers")
                .allowEmptyShould(true).check(classes);
    }

    /** The rooms that compute: a view reaches them only through its view model. */
    private static final String[] CORE_WORK = {"org.gtlab.solve.*..", "org.gtlab.learn..", "org.gtlab.dynamics..",
        "org.gtlab.sweep..", "org.gtlab.reservoir..", "org.gtlab.coopetition..", "org.gtlab.repeated..",
        "org.gtlab.compute.."};

    /**
     * Views are the JavaFX nodes of {@code org.gtlab.ui} (panes, controls, cells, canvases). They show
     * what their view models hand them and never compute or start work:
     * <ul>
     *   <li>no dependency on the computing rooms: solve's method packages (lh, vertex, lp, …),
     *       learn, dynamics, sweep, reservoir, coopetition, repeated, compute (workers);</li>
     *   <li>from the solve API only values: a {@code SolveResult} to display and a {@code NashSolver}
     *       as a named choice (name, description) — never a call of {@code solve}/{@code estimate};</li>
     *   <li>no run executor (runs start in view models).</li>
     * </ul>
     * Allowed: game and math values, chart models, run results (records, snapshots, metric specs),
     * and eval's closed-form read-outs of a shown profile (Inspector's NashConv: microseconds, pure).
     */
    @Test
    void viewsReachTheCoreOnlyThroughViewModels() {
        DescribedPredicate<JavaClass> view = JavaClass.Predicates.assignableTo("javafx.scene.Node");
        DescribedPredicate<JavaClass> executor = JavaClass.Predicates.simpleName("RunExecutor")
                .or(JavaClass.Predicates.simpleName("PoolRunExecutor"))
                .or(JavaClass.Predicates.simpleName("SyncRunExecutor"))
                .or(JavaClass.Predicates.simpleName("AbstractRunExecutor"))
                .or(JavaClass.Predicates.simpleName("Workers"));
        noClasses().that(view).and().resideInAPackage("org.gtlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE_WORK)
                .orShould().dependOnClassesThat(executor)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.<com.tngtech.archunit.core.domain.JavaClass>owner(
                                JavaClass.Predicates.assignableTo("org.gtlab.solve.NashSolver")))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                        "solve.*|estimate.*"))))
                .because("issue 9 §7: views do not reach the core directly, only through their view models")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theViewRuleCatchesAViewThatSolves() {
        // the rule above is not vacuous: a pane that calls a solver breaks it
        JavaClasses offender = new ClassFileImporter().importClasses(SolvingPane.class);
        DescribedPredicate<JavaClass> view = JavaClass.Predicates.assignableTo("javafx.scene.Node");
        ArchRule rule = noClasses().that(view)
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.<com.tngtech.archunit.core.domain.JavaClass>owner(
                                JavaClass.Predicates.assignableTo("org.gtlab.solve.NashSolver")))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                        "solve.*|estimate.*"))));
        org.junit.jupiter.api.Assertions.assertFalse(rule.evaluate(offender).getFailureReport().isEmpty());
    }

    /** A view that computes in the view: what {@link #viewsReachTheCoreOnlyThroughViewModels} forbids. */
    static final class SolvingPane extends javafx.scene.layout.Pane {
        int count(org.gtlab.solve.NashSolver s, org.gtlab.game.NormalFormGame g) {
            return s.solve(g).equilibria().size();
        }
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
