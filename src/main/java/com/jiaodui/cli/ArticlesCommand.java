package com.jiaodui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true, description = "Split pages into articles.")
public final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("jiaodui articles: not available yet");
        return Cli.EXIT_USAGE;
    }
}
