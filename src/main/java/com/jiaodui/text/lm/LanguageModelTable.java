package com.jiaodui.text.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: parses jieba's {@code dict.txt} once and writes the compact table {@link LanguageModel}
 * loads at run time (run by Maven in process-classes; argument: the classes directory).
 */
public final class LanguageModelTable {
    private LanguageModelTable() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], "com", "jiaodui", "text", "lm");
        Files.createDirectories(dir);
        LanguageModel m;
        try (InputStream in = LanguageModel.class.getResourceAsStream("/dict.txt")) {
            if (in == null) {
                throw new IllegalStateException("jieba's dict.txt is not on the class path");
            }
            m = LanguageModel.fromDictionary(in.readAllBytes());
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(LanguageModel.TABLE))) {
            m.write(out);
        }
    }
}
