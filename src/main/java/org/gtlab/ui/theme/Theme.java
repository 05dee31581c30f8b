package org.gtlab.ui.theme;

import java.util.List;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The app's two themes: AtlantaFX Primer (light or dark) as the base look, our design tokens
 * ({@code tokens-light.css} / {@code tokens-dark.css}) and {@code app.css} on top. Switching
 * replaces the user-agent stylesheet and the scene's token sheet; every view follows, and canvas
 * drawings re-read their colours through {@link ThemeTokens}.
 */
public enum Theme {
    LIGHT("tokens-light.css"), DARK("tokens-dark.css");

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** Applies this theme to {@code scene} (and the application's base look). */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(stylesheets());
    }

    /** URLs of the token sheet and the app sheet. */
    public List<String> stylesheets() {
        return List.of(url(tokens), url("app.css"));
    }

    static String url(String name) {
        var u = Theme.class.getResource("/org/gtlab/ui/theme/" + name);
        if (u == null) {
            throw new IllegalStateException("missing stylesheet " + name);
        }
        return u.toExternalForm();
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
