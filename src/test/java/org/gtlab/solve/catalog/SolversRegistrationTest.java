package org.gtlab.solve.catalog;

import org.gtlab.solve.lp.ZeroSumLpSolver;
import org.gtlab.solve.dominance.DominanceSolver;
import org.gtlab.solve.pure.EnumPureSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class SolversRegistrationTest {

    @Test
    void exactSolversAreRegistered() {
        assertInstanceOf(EnumPureSolver.class, Solvers.byName("enumpure"));
        assertInstanceOf(ZeroSumLpSolver.class, Solvers.byName("lp"));
        assertInstanceOf(DominanceSolver.class, Solvers.byName("dominance"));
        for (String name : new String[] {"enumpure", "lp", "dominance"}) {
            assertEquals(name, Solvers.byName(name).name());
        }
    }
}
