package org.gtlab.compute;

import java.util.List;
import java.util.Locale;

/**
 * Chooses a {@link ComputeBackend} by name: {@code java} (the reference), {@code nd4j} (ND4J,
 * loaded lazily by reflection on first request, so nothing else ever starts it) and {@code auto}
 * ({@link AutoBackend}: per kernel and size, "nd4j" only above the crossovers measured by
 * {@code gtlab bench compute}, else "java").
 *
 * <p>Failure modes: an unknown name throws {@link IllegalArgumentException} naming the choices. A
 * missing or broken ND4J (no classes on the class path, natives that fail to load, an
 * {@link UnsatisfiedLinkError}) never crashes: the selection falls back to "java" and carries a
 * one-line message for the caller to show. Thread-safe; ND4J is tried at most once per process.
 */
public final class Backends {

    /** The backend names accepted by {@link #select}. */
    public static final List<String> NAMES = List.of("java", "nd4j", "auto");

    private static final String ND4J_CLASS = "org.gtlab.compute.nd4j.Nd4jBackend";

    private static volatile Selection nd4j;
    private static volatile Workers workers;

    private Backends() {
    }

    /**
     * The outcome of a selection: the backend to use and, when it is not the one asked for, why.
     *
     * @param backend the backend (never null)
     * @param message null, or one line such as "nd4j unavailable (…); using java"
     */
    public record Selection(ComputeBackend backend, String message) {
    }

    /**
     * The backend of this name.
     *
     * @throws IllegalArgumentException for a name other than java, nd4j or auto
     */
    public static Selection select(String name) {
        String n = name == null ? "java" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "java":
                return new Selection(JavaBackend.INSTANCE, null);
            case "nd4j":
                return nd4j();
            case "auto":
                return auto(nd4j());
            default:
                throw new IllegalArgumentException("unknown backend \"" + name + "\"; choose one of "
                        + String.join(", ", NAMES));
        }
    }

    /**
     * "auto" given the outcome of loading ND4J: per-kernel choice between java and ND4J when ND4J
     * loaded, else plain "java" carrying the loader's one-line message (package-private for tests).
     */
    static Selection auto(Selection nd4j) {
        if (nd4j.backend() == JavaBackend.INSTANCE) {
            return new Selection(JavaBackend.INSTANCE, nd4j.message());
        }
        return new Selection(new AutoBackend(JavaBackend.INSTANCE, nd4j.backend()), null);
    }

    /**
     * Hands the composition root's one worker budget to the compute room (called by {@code cli.Main}
     * and {@code ui.app.AppServices}): batched work (sweep levels, seed groups) then spreads over the
     * idle workers with {@link Workers#tryExecute}, never waiting for one. Null removes it.
     */
    public static void install(Workers budget) {
        workers = budget;
    }

    /** The installed worker budget, or null (then batched work runs on the caller's thread). */
    public static Workers workers() {
        return workers;
    }

    /** The ND4J backend, or "java" with a message if it cannot be loaded. */
    public static Selection nd4j() {
        Selection s = nd4j;
        if (s == null) {
            synchronized (Backends.class) {
                s = nd4j;
                if (s == null) {
                    s = load(ND4J_CLASS);
                    nd4j = s;
                }
            }
        }
        return s;
    }

    /** Loads a backend class by name; any failure gives "java" and the reason (package-private for tests). */
    static Selection load(String className) {
        try {
            Class<?> c = Class.forName(className);
            ComputeBackend b = (ComputeBackend) c.getDeclaredConstructor().newInstance();
            return new Selection(b, null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null
                    ? e.getCause() : e;
            // wrappers without a message (ExceptionInInitializerError around ND4J's "no backend" error):
            // name the first cause that says something
            for (int depth = 0; cause.getMessage() == null && cause.getCause() != null && depth < 8; depth++) {
                cause = cause.getCause();
            }
            String why = cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
            return new Selection(JavaBackend.INSTANCE, "nd4j backend unavailable (" + why + "); using java");
        }
    }
}
