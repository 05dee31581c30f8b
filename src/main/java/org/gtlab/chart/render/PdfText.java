package org.gtlab.chart.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * How a PDF export draws text: as text (searchable, copyable) in the TrueType font the layout
 * measured, embedded as a subset ({@code /FontFile2}, Identity-H, with a ToUnicode map), found by
 * {@link FontFiles}. Characters the font has no glyph for are drawn as filled outlines of the Java
 * font (which falls back to other installed fonts for them), one run of missing characters at a
 * time, in place: the rest of the string stays text. A font whose file cannot be found is drawn
 * wholly as outlines (the text is then not searchable, but every character prints).
 *
 * <p>One instance serves one document (the embedded fonts belong to it).
 */
final class PdfText extends PdfBoxGraphics2DFontTextDrawer {

    private final Map<Path, PDFont> embedded = new HashMap<>();

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        Optional<Path> file = FontFiles.find(font);
        if (file.isEmpty()) {
            return null;
        }
        PDFont f = embedded.get(file.get());
        if (f == null) {
            f = PDType0Font.load(env.getDocument(), file.get().toFile());
            embedded.put(file.get(), f);
        }
        return f;
    }

    /**
     * Text if the string's font has a file to embed and the text runs left to right; glyphs the
     * file lacks are drawn as outlines by {@link #drawText} (so unlike the library's check, a
     * character the Java font cannot show does not turn the whole string into outlines).
     */
    @Override
    public boolean canDrawText(AttributedCharacterIterator it, IFontTextDrawerEnv env)
            throws IOException, java.awt.FontFormatException {
        if (!singleRun(it) || it.getAttribute(TextAttribute.BACKGROUND) != null
                || TextAttribute.LIGATURES_ON.equals(it.getAttribute(TextAttribute.LIGATURES))) {
            return false;
        }
        // right-to-left text needs the Java shaper: outlines
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return mapFont(fontOf(it, env), env) != null;
    }

    @Override
    public void drawText(AttributedCharacterIterator it, IFontTextDrawerEnv env)
            throws IOException, java.awt.FontFormatException {
        Font font = fontOf(it, env);
        PDFont pdf = mapFont(font, env);
        StringBuilder sb = new StringBuilder();
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        String s = sb.toString();
        FontRenderContext frc = env.getFontRenderContext();
        int i = 0;
        while (i < s.length()) {
            boolean has = hasGlyph(pdf, s.codePointAt(i));
            int j = i;
            while (j < s.length() && hasGlyph(pdf, s.codePointAt(j)) == has) {
                j += Character.charCount(s.codePointAt(j));
            }
            // where this run starts: the advance of everything before it, as the layout measured
            double dx = i == 0 ? 0 : font.getStringBounds(s, 0, i, frc).getWidth();
            String run = s.substring(i, j);
            PDPageContentStream cs = env.getContentStream();
            cs.saveGraphicsState();
            if (has) {
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance((float) dx, 0));
                AttributedString a = new AttributedString(run);
                a.addAttribute(TextAttribute.FONT, font);
                super.drawText(a.getIterator(), env);
            } else {
                Shape outline = font.createGlyphVector(frc, run).getOutline((float) dx, 0f);
                env.applyPaint(env.getPaint(), outline);
                fill(cs, outline);
            }
            cs.restoreGraphicsState();
            i = j;
        }
    }

    private static boolean hasGlyph(PDFont f, int codePoint) {
        try {
            f.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static Font fontOf(AttributedCharacterIterator it, IFontTextDrawerEnv env) {
        it.first();
        Object f = it.getAttribute(TextAttribute.FONT);
        return f instanceof Font ? (Font) f : env.getFont();
    }

    /** True if the whole text has one set of attributes (what {@code drawString(String, …)} makes). */
    private static boolean singleRun(AttributedCharacterIterator it) {
        it.first();
        boolean one = it.getRunLimit() >= it.getEndIndex();
        it.first();
        return one;
    }

    private static void fill(PDPageContentStream cs, Shape s) throws IOException {
        float[] c = new float[6];
        PathIterator p = s.getPathIterator(null);
        boolean any = false;
        float x = 0;
        float y = 0;
        for (; !p.isDone(); p.next()) {
            any = true;
            switch (p.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // the quadratic (p0, q, p1) as the cubic (p0, p0 + 2/3 (q - p0), p1 + 2/3 (q - p1), p1)
                    cs.curveTo(x + 2f / 3 * (c[0] - x), y + 2f / 3 * (c[1] - y), c[2] + 2f / 3 * (c[0] - c[2]),
                            c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    x = c[4];
                    y = c[5];
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        if (any) {
            if (p.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                cs.fillEvenOdd();
            } else {
                cs.fill();
            }
        }
    }
}
