package com.jiaodui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test texts from the class path. */
final class Samples {
    private Samples() {}

    static String read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageARaw() {
        return read("/samples/page-a.raw.txt");
    }

    static String pageAClean() {
        return read("/samples/page-a.clean.txt");
    }

    /** The text without white space: what a reader compares. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
