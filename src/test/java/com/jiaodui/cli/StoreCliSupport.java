package com.jiaodui.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures stdout/stderr (store commands' tests). */
final class StoreCliSupport {
    record Run(int rc, String out, String err) {}

    private StoreCliSupport() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(rc, out.toString(), err.toString());
    }

    static Path sample(Path dir, String name) throws IOException {
        try (InputStream in = StoreCliSupport.class.getResourceAsStream("/samples/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }
}
