package org.gtlab.ui.app;

import javafx.application.Application;

/**
 * Main class of the tour ({@link TourApp}); deliberately not an {@link Application} subclass, so
 * that it starts with JavaFX on the class path (like {@link Launcher}).
 */
public final class TourMain {

    private TourMain() {
    }

    public static void main(String[] args) {
        Application.launch(TourApp.class, args);
    }
}
