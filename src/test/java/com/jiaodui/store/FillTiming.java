package com.jiaodui.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Manual timing helper: java -cp … com.jiaodui.store.FillTiming N DBFILE */
public final class FillTiming {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        try (Library lib = Library.open(db, Library.Options.defaults().withSynchronousFull(false))) {
            BenchText.fill(lib, n, 42);
            System.out.printf("fill %d: %.1f s, %d articles%n", n, (System.nanoTime() - t0) / 1e9, lib.stats().articles());
            for (String q : args.length > 2 ? args[2].split(",") : new String[] {"疫情", "学校", "工作", "的", "村", "豫剧", "疫情防控", "新冠"}) {
                for (int rep = 0; rep < 3; rep++) {
                    long t = System.nanoTime();
                    int hits = lib.search(q, 20).size();
                    System.out.printf("%s: %.2f ms (%d)%n", q, (System.nanoTime() - t) / 1e6, hits);
                }
            }
        }
        System.out.println("size " + Files.size(db) / 1024 / 1024 + " MiB");
    }
}
