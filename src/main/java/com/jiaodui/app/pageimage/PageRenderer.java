package com.jiaodui.app.pageimage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of one PDF with PDFBox's {@link PDFRenderer} on its own background thread, never on
 * the FX thread. Memory stays bounded however long the PDF is: the document is opened with a temp-file
 * stream cache (its streams are not held in memory), only the page asked for is rendered, and at most
 * {@value #CACHED} rendered pages are kept (least recently used first out).
 */
public final class PageRenderer implements AutoCloseable {
    static final int CACHED = 4;
    /** The longest side of a rendered page, in pixels: zooming further scales the image up instead. */
    static final int MAX_SIDE = 4096;

    private final PDDocument doc;
    private final PDFRenderer renderer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jiaodui-render");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, WritableImage> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WritableImage> e) {
            return size() > CACHED;
        }
    };

    public PageRenderer(Path pdf) throws IOException {
        doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
        renderer = new PDFRenderer(doc);
        // images drawn at screen size may be subsampled (a scanned page's image is much larger than the screen)
        renderer.setSubsamplingAllowed(true);
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    /** Page {@code page} (1-based) at {@code scale} pixels per point, from the cache or rendered in the background. */
    public CompletableFuture<WritableImage> render(int page, double scale) {
        return CompletableFuture.supplyAsync(() -> {
            String key = page + "@" + Math.round(scale * 100);
            synchronized (cache) {
                WritableImage hit = cache.get(key);
                if (hit != null) {
                    return hit;
                }
            }
            WritableImage img = renderNow(page, scale);
            synchronized (cache) {
                cache.put(key, img);
            }
            return img;
        }, thread);
    }

    /** Renders on the calling thread (the render thread, or a benchmark). */
    WritableImage renderNow(int page, double scale) {
        try {
            var box = doc.getPage(page - 1).getCropBox();
            double s = Math.min(scale, MAX_SIDE / Math.max(box.getWidth(), box.getHeight()));
            BufferedImage bi = renderer.renderImage(page - 1, (float) s, ImageType.RGB);
            return toFx(bi);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * AWT image to JavaFX pixels (hand-written: javafx-swing's SwingFXUtils is not on the class path). An RGB
     * image's own int pixels are taken as they are, made opaque, and handed over as premultiplied ARGB (the same
     * thing for opaque pixels, and JavaFX's native format): no per-pixel colour-model call as getRGB makes.
     */
    static WritableImage toFx(BufferedImage bi) {
        int w = bi.getWidth();
        int h = bi.getHeight();
        int[] px;
        if (bi.getType() == BufferedImage.TYPE_INT_RGB
                && bi.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt db
                && db.getNumBanks() == 1 && db.getData().length == w * h) {
            px = db.getData();
            for (int i = 0; i < px.length; i++) {
                px[i] |= 0xFF000000;
            }
        } else {
            px = bi.getRGB(0, 0, w, h, null, 0, w);
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
        return img;
    }

    int cachedPages() {
        synchronized (cache) {
            return cache.size();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        synchronized (cache) {
            cache.clear();
        }
        try {
            doc.close();
        } catch (IOException e) {
            // closing a read-only document: nothing to lose
        }
    }
}
