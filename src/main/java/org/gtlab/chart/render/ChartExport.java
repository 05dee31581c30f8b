package org.gtlab.chart.render;

import org.gtlab.chart.model.Chart;
import org.gtlab.chart.model.ChartStyle;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as SVG (JFreeSVG), PDF (PDFBox Graphics2D; text as text in an embedded font) or PNG, through
 * {@link ChartRenderer}. Sizes are in points (1/72 inch); a PNG at {@code dpi} dots per inch is
 * {@code round(width · dpi / 72)} pixels wide and records its resolution in the pHYs chunk.
 */
public final class ChartExport {

    /** Accepted PNG resolutions. */
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;

    private ChartExport() {
    }

    /** An SVG document (UTF-8 text) of the chart at {@code w × h} points. */
    public static String svg(Chart chart, ChartStyle style, double w, double h) {
        checkSize(w, h);
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        ChartRenderer.draw(g, chart, style, w, h);
        return g.getSVGDocument();
    }

    /**
     * A one-page PDF of the chart at {@code w × h} points. Text stays text in the measured
     * TrueType font, embedded as a subset; only characters that font lacks are drawn as outlines
     * (see {@link PdfText}).
     *
     * @throws UncheckedIOException if PDFBox cannot write the document or read a font file
     */
    public static byte[] pdf(Chart chart, ChartStyle style, double w, double h) {
        checkSize(w, h);
        try (PDDocument doc = new PDDocument(); PdfText text = new PdfText()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(chart.title().isEmpty() ? "GT Lab chart" : chart.title());
            info.setAuthor("GT Lab");
            info.setProducer("GT Lab");
            PDRectangle box = new PDRectangle((float) Math.ceil(w), (float) Math.ceil(h));
            PDPage page = new PDPage(box);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, box);
            g.setFontTextDrawer(text);
            try {
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                ChartRenderer.draw(g, chart, style, w, h);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // classic cross-reference table, no object streams: readable by every PDF tool
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF: " + e.getMessage(), e);
        }
    }

    /** The chart rendered at {@code dpi}: {@code round(w · dpi / 72) × round(h · dpi / 72)} pixels. */
    public static BufferedImage image(Chart chart, ChartStyle style, double w, double h, int dpi) {
        checkSize(w, h);
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("resolution must be between " + MIN_DPI + " and " + MAX_DPI
                    + " dpi, got " + dpi);
        }
        double k = dpi / 72.0;
        int pw = (int) Math.round(w * k);
        int ph = (int) Math.round(h * k);
        if ((long) pw * ph > 200_000_000L) {
            throw new IllegalArgumentException("image would have " + pw + "×" + ph + " pixels; choose a lower resolution");
        }
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // every pixel starts as background: at a fractional size (400.5 pt at 1.5×) the chart's
            // own background ends inside the last pixel row and column, which would stay black
            g.setColor(style.background());
            g.fillRect(0, 0, pw, ph);
            g.scale(k, k);
            ChartRenderer.draw(g, chart, style, w, h);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** PNG bytes of {@link #image}, with the resolution recorded in the file. */
    public static byte[] png(Chart chart, ChartStyle style, double w, double h, int dpi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(image(chart, style, w, h, dpi), dpi, out);
        return out.toByteArray();
    }

    /** Writes {@code img} as PNG with a pHYs chunk of {@code dpi} (pixels per metre = dpi / 0.0254). */
    public static void writePng(BufferedImage img, int dpi, OutputStream out) {
        try {
            Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("png");
            ImageWriter w = it.next();
            ImageWriteParam param = w.getDefaultWriteParam();
            IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String ppm = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(null, new IIOImage(img, null, meta), param);
            } finally {
                w.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 bytes of {@link #svg}. */
    public static byte[] svgBytes(Chart chart, ChartStyle style, double w, double h) {
        return svg(chart, style, w, h).getBytes(StandardCharsets.UTF_8);
    }

    private static void checkSize(double w, double h) {
        if (!(w >= 1 && h >= 1 && w <= 20_000 && h <= 20_000)) {
            throw new IllegalArgumentException("chart size must be between 1 and 20000 points, got " + w + " × " + h);
        }
    }
}
