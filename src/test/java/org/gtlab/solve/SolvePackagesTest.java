package org.gtlab.solve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The solve room's inner structure: the API package sees no method package, method packages do not
 * see each other (except dominance using the exact LP), only the catalog composes them, and there
 * is no cycle at any depth.
 */
class SolvePackagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gtlab.solve", "org.gtlab.math");

    @Test
    void apiDependsOnNoMethodPackage() {
        noClasses().that().resideInAPackage("org.gtlab.solve").should().dependOnClassesThat()
                .resideInAnyPackage("org.gtlab.solve.*..").check(CLASSES);
    }

    @Test
    void methodPackagesAreIndependentAndOnlyTheCatalogComposesThem() {
        for (String m : new String[] {"pure", "vertex", "lh", "lp", "dominance"}) {
            String[] others = java.util.stream.Stream.of("pure", "vertex", "lh", "lp", "dominance", "catalog")
                    .filter(o -> !o.equals(m) && !(m.equals("dominance") && o.equals("lp")))
                    .map(o -> "org.gtlab.solve." + o + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.gtlab.solve." + m + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(CLASSES);
        }
    }

    @Test
    void noCyclesAtAnyDepth() {
        slices().matching("org.gtlab.(**)").should().beFreeOfCycles().check(CLASSES);
        slices().matching("org.gtlab.solve.(*)..").should().beFreeOfCycles().check(CLASSES);
        noClasses().that().resideInAPackage("org.gtlab.math..").should().dependOnClassesThat()
                .resideInAnyPackage("org.gtlab.solve..", "org.gtlab.game..").check(CLASSES);
    }
}
