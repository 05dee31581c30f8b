package org.gtlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void missingGtkIsExplainedWithThePackageToInstall() {
        String m = Launcher.explain(new RuntimeException("wrapper",
                new UnsupportedOperationException("Unable to load glass GTK library.")));
        assertTrue(m.contains("apt-get install libgtk-3-0"), m);
        assertTrue(m.contains("GTK 3"), m);
    }

    @Test
    void otherFailuresAreNotDisguised() {
        assertNull(Launcher.explain(new IllegalStateException("something else")));
    }
}
