package org.gtlab.chart.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the TrueType file ({@code .ttf}) of a Java font, so that a PDF can embed the very font
 * the layout measured. Java does not say which file a font comes from, so the installed font
 * folders (the JDK's, {@code /usr/share/fonts}, {@code ~/.fonts}, {@code ~/.local/share/fonts},
 * {@code /Library/Fonts}, {@code C:\Windows\Fonts}, …) are searched:
 * <ul>
 *   <li>a physical family ("DejaVu Sans") is looked up by its name;</li>
 *   <li>a logical family (SansSerif, Dialog, Serif, Monospaced, DialogInput) stands for a physical
 *       one chosen by the platform; the candidates (DejaVu, Liberation, Arial/Times New Roman/Courier
 *       New, Noto, Free…) are tried and the first whose advance widths equal the logical font's on
 *       a probe text (within 0.5 %) wins, else the first one installed;</li>
 *   <li>the style is matched by the font's full name: "Family", "Family Regular|Book|Roman" for
 *       plain, "Family Bold", "Family Italic|Oblique", "Family Bold Italic|Oblique".</li>
 * </ul>
 * Only file names that start with the family's letters are opened (DejaVuSans-Bold.ttf,
 * arialbd.ttf), so the search reads a handful of files. Results are cached per family and style.
 *
 * <p>Failure mode: when no file is found, {@link #find} is empty and the caller draws the text as
 * outlines. TrueType collections (.ttc) and OpenType fonts with CFF outlines are not used.
 */
final class FontFiles {

    private static final List<String> SANS = List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica",
            "Noto Sans", "FreeSans", "Nimbus Sans");
    private static final List<String> SERIF = List.of("DejaVu Serif", "Liberation Serif", "Times New Roman",
            "Noto Serif", "FreeSerif");
    private static final List<String> MONO = List.of("DejaVu Sans Mono", "Liberation Mono", "Courier New",
            "Noto Sans Mono", "FreeMono");
    private static final String PROBE = "The quick brown fox 0123456789, 3/5 (Opera)";

    private static final Map<String, Optional<Path>> CACHE = new HashMap<>();
    private static List<Path> files;

    private FontFiles() {
    }

    /** The .ttf file of {@code font}'s family and style, if one is installed. */
    static synchronized Optional<Path> find(Font font) {
        String key = font.getFamily(Locale.ROOT) + "/" + font.getStyle();
        return CACHE.computeIfAbsent(key, k -> search(font));
    }

    private static Optional<Path> search(Font font) {
        String family = font.getFamily(Locale.ROOT);
        List<String> candidates = switch (family.toLowerCase(Locale.ROOT)) {
            case "sansserif", "dialog" -> SANS;
            case "serif" -> SERIF;
            case "monospaced", "dialoginput" -> MONO;
            default -> List.of(family);
        };
        Path first = null;
        for (String c : candidates) {
            Path p = fileOf(c, font.getStyle());
            if (p == null) {
                continue;
            }
            if (candidates.size() == 1 || sameWidths(font, p)) {
                return Optional.of(p);
            }
            if (first == null) {
                first = p;
            }
        }
        return Optional.ofNullable(first);
    }

    /** True if the file's font advances like {@code font} on the probe text (within 0.5 %). */
    private static boolean sameWidths(Font font, Path p) {
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, p.toFile()).deriveFont(100f);
            Font ref = font.deriveFont(100f);
            FontRenderContext frc = new FontRenderContext(null, true, true);
            double a = ref.getStringBounds(PROBE, frc).getWidth();
            double b = f.getStringBounds(PROBE, frc).getWidth();
            return Math.abs(a - b) <= 0.005 * a;
        } catch (java.awt.FontFormatException | IOException e) {
            return false;
        }
    }

    /** The file of {@code family} in {@code style}, or null. */
    private static Path fileOf(String family, int style) {
        String stem = family.replace(" ", "").toLowerCase(Locale.ROOT);
        for (Path p : allFiles()) {
            String n = p.getFileName().toString().replace(" ", "").toLowerCase(Locale.ROOT);
            if (!n.startsWith(stem) && !n.startsWith(stem.substring(0, Math.min(stem.length(), 4)))) {
                continue;
            }
            try {
                Font f = Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                if (f.getFamily(Locale.ROOT).equalsIgnoreCase(family) && styleMatches(f.getFontName(Locale.ROOT),
                        family, style)) {
                    return p;
                }
            } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
                // not a usable TrueType file: try the next
            }
        }
        return null;
    }

    private static boolean styleMatches(String fullName, String family, int style) {
        String rest = fullName.length() >= family.length() ? fullName.substring(family.length()).trim()
                .toLowerCase(Locale.ROOT) : "?";
        return switch (style) {
            case Font.BOLD -> rest.equals("bold");
            case Font.ITALIC -> rest.equals("italic") || rest.equals("oblique");
            case Font.BOLD | Font.ITALIC -> rest.equals("bold italic") || rest.equals("bold oblique");
            default -> rest.isEmpty() || rest.equals("regular") || rest.equals("book") || rest.equals("roman");
        };
    }

    private static List<Path> allFiles() {
        if (files == null) {
            List<Path> out = new ArrayList<>();
            String home = System.getProperty("user.home", "");
            List<Path> dirs = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "lib", "fonts"),
                    Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of(home, ".fonts"),
                    Path.of(home, ".local", "share", "fonts"), Path.of("/Library/Fonts"),
                    Path.of("/System/Library/Fonts"), Path.of(home, "Library", "Fonts")));
            String win = System.getenv("WINDIR");
            if (win != null) {
                dirs.add(Path.of(win, "Fonts"));
            }
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(d, 6)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                            .limit(20_000).forEach(out::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder holds no usable font
                }
            }
            out.sort(null);
            files = out;
        }
        return files;
    }
}
