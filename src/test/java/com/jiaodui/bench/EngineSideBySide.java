package com.jiaodui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * check + clean of {@link EngineBench}'s 10,000-character page through the engines of several class
 * directories in one JVM (each in its own class loader), in alternating one-second rounds, timed in
 * thread CPU time: a side-by-side comparison that stays fair on a loaded machine, where wall-clock
 * JMH figures of separate runs are not comparable. A directory suffixed {@code !nosuspect} runs the
 * default detectors without SuspectCharDetector (to measure that detector's share).
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:$(cat /tmp/cp.txt) com.jiaodui.bench.EngineSideBySide /tmp/cp.txt 18 \
 *      /tmp/old/target/classes target/classes 'target/classes!nosuspect'
 * </pre>
 * The old directory must be built with {@code mvn process-classes} (the language model table is written there).
 */
public final class EngineSideBySide {
    private EngineSideBySide() {}

    public static void main(String[] args) throws Exception {
        String c = Files.readString(Path.of("assets/samples/page-c.raw.txt"), StandardCharsets.UTF_8);
        String a = Files.readString(Path.of("assets/samples/page-a.raw.txt"), StandardCharsets.UTF_8);
        String page = (c + "\n" + a + "\n" + c).substring(0, 10_000);
        String[] deps = Files.readString(Path.of(args[0])).trim().split(":");
        int rounds = Integer.parseInt(args[1]);
        int k = args.length - 2;
        Object[] analyzers = new Object[k];
        Method[] analyze = new Method[k];
        Method[] cleaned = new Method[k];
        Object[] text = new Object[k];
        List<List<Double>> times = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String dir = args[2 + i].replace("!nosuspect", "");
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(dir).toUri().toURL());
            for (String d : deps) {
                urls.add(Path.of(d).toUri().toURL());
            }
            ClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> analyzer = l.loadClass("com.jiaodui.text.Analyzer");
            Class<?> format = l.loadClass("com.jiaodui.text.Format");
            analyzers[i] = analyzer.getConstructor().newInstance();
            if (args[2 + i].endsWith("!nosuspect")) {
                List<Object> ds = new ArrayList<>((List<?>) analyzer.getMethod("defaultDetectors").invoke(null));
                ds.removeIf(d -> d.getClass().getSimpleName().equals("SuspectCharDetector"));
                analyzers[i] = analyzer.getConstructor(List.class).newInstance(ds);
            }
            text[i] = format.getField("TEXT").get(null);
            analyze[i] = analyzer.getMethod("analyze", String.class, format);
            cleaned[i] = l.loadClass("com.jiaodui.text.Analysis").getMethod("cleaned");
            times.add(new ArrayList<>());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < k; i++) {
                long end = System.nanoTime() + 1_000_000_000L;
                while (System.nanoTime() < end) {
                    long s = mx.getCurrentThreadCpuTime();
                    cleaned[i].invoke(analyze[i].invoke(analyzers[i], page, text[i]));
                    if (r >= rounds / 3) { // the first third warms up
                        times.get(i).add((mx.getCurrentThreadCpuTime() - s) / 1e6);
                    }
                }
            }
        }
        for (int i = 0; i < k; i++) {
            List<Double> t = times.get(i);
            Collections.sort(t);
            System.out.printf("%-45s n=%d  median %.3f ms CPU  p10 %.3f  p90 %.3f%n", args[2 + i], t.size(),
                    t.get(t.size() / 2), t.get(t.size() / 10), t.get(t.size() * 9 / 10));
        }
    }
}
