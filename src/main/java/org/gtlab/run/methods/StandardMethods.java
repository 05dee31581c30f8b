package org.gtlab.run.methods;

import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.sweep.SweepMethods;

/**
 * The built-in methods: the learners of {@code org.gtlab.learn} ({@link LearnerMethods}), the
 * population dynamics ({@link DynamicsMethods}), the Moran process ({@link MoranMethod}) and the
 * team learners ({@link TeamMethods}). The composition roots ({@code cli.Main},
 * {@code ui.app.GtLabApp}) call {@link #registerAll} on the catalog they build; there is no static
 * registry.
 */
public final class StandardMethods {

    private StandardMethods() {
    }

    /**
     * Registers every built-in method, normal-form methods first (so that a name shared with a team
     * method resolves to the normal-form one when no game is known).
     *
     * @return the catalog
     */
    public static MethodCatalog registerAll(MethodCatalog catalog) {
        LearnerMethods.all().forEach(catalog::register);
        DynamicsMethods.all().forEach(catalog::register);
        catalog.register(new MoranMethod());
        SweepMethods.all(catalog).forEach(catalog::register);
        org.gtlab.run.methods.coopetition.CoopetitionMethods.all().forEach(catalog::register);
        org.gtlab.run.methods.repeated.RepeatedMethods.all().forEach(catalog::register);
        for (ExperimentFactory f : TeamMethods.all()) {
            catalog.register(f);
        }
        org.gtlab.run.methods.selfplay.SelfPlayMethods.all().forEach(catalog::register);
        org.gtlab.run.methods.reservoir.ReservoirMethods.all().forEach(catalog::register);
        return catalog;
    }

    /** A new catalog holding every built-in method. */
    public static MethodCatalog catalog() {
        return registerAll(new MethodCatalog());
    }
}
