package org.gtlab.ui.app;

import java.nio.file.Path;

import javafx.stage.Stage;

import org.gtlab.ui.theme.Theme;

/**
 * The desktop app with the scripted {@link Tour} (test code, not shipped): {@code GTLAB_TOUR=DIR}
 * runs the tour and saves screenshots and timings to DIR, {@code GTLAB_TOUR_MODE=edit|recover}
 * runs the crash-recovery halves, {@code GTLAB_SIZE=1920x1080} sets the window size and
 * {@code GTLAB_THEME=dark} the theme. Run from the test class path, e.g.
 * {@code java -cp target/gtlab.jar:target/test-classes org.gtlab.ui.app.TourMain} (scripts/screenshots.sh).
 */
public class TourApp extends GtLabApp {

    @Override
    protected double[] initialSize() {
        String size = System.getenv("GTLAB_SIZE");
        if (size != null && size.matches("\\d+x\\d+")) {
            return new double[] {Double.parseDouble(size.substring(0, size.indexOf('x'))),
                    Double.parseDouble(size.substring(size.indexOf('x') + 1))};
        }
        return super.initialSize();
    }

    @Override
    protected void afterShow(MainWindow window, MainViewModel vm, Stage stage) {
        String theme = System.getenv("GTLAB_THEME");
        if (theme != null) {
            window.applyTheme(stage.getScene(), "dark".equalsIgnoreCase(theme) ? Theme.DARK : Theme.LIGHT);
        }
        String tour = System.getenv("GTLAB_TOUR");
        if (tour != null && !tour.isBlank()) {
            new Tour(window, vm, stage, Path.of(tour), this::readyMillis).start();
        } else {
            super.afterShow(window, vm, stage);
        }
    }
}
