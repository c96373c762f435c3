package com.jiaodui.app.pageimage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Render times of {@link PageRenderer} (package access), for {@code bench.PdfBench}. */
public final class PageRenderBench {
    private PageRenderBench() {}

    public static void run(Path pdf) throws Exception {
        try (PageRenderer r = new PageRenderer(pdf)) {
            for (int px : new int[] {900, 1800}) {
                List<Long> ms = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int p = 1; p <= Math.min(12, r.pageCount()); p++) {
                    double scale = px / 999.15; // the generated page is 999 pt wide: fit to px pixels
                    long t = System.nanoTime();
                    long c = mx.getCurrentThreadCpuTime();
                    r.renderNow(p, scale);
                    cpu.add((mx.getCurrentThreadCpuTime() - c) / 1_000_000);
                    ms.add((System.nanoTime() - t) / 1_000_000);
                }
                long first = ms.get(0);
                List<Long> rest = new ArrayList<>(ms.subList(2, ms.size()));
                rest.sort(null);
                List<Long> restCpu = new ArrayList<>(cpu.subList(2, cpu.size()));
                restCpu.sort(null);
                // CPU time of the rendering thread: what the page costs, whatever else the machine is doing
                System.out.printf("render one page %d px wide: first %d ms, then median %d ms, max %d ms;"
                        + " CPU time first %d ms, median %d ms%n", px, first,
                        rest.get(rest.size() / 2), rest.get(rest.size() - 1), cpu.get(0), restCpu.get(restCpu.size() / 2));
            }
            for (int p = 1; p <= r.pageCount(); p++) {
                r.render(p, 0.9).get();
            }
            System.out.println("cached pages after rendering all " + r.pageCount() + ": " + r.cachedPages());
        }
    }
}
