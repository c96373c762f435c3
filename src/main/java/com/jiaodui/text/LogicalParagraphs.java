package com.jiaodui.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs as the reader sees them once broken joins are rejoined: chains of blocks linked by the
 * broken-join flags found so far. Detectors that compare paragraphs (duplicates) work on these, so a
 * paragraph split by a column end still matches its copy.
 */
record LogicalParagraphs(List<List<Block>> chains) {

    static LogicalParagraphs of(Page page, List<Flag> flagsSoFar) {
        List<Block> blocks = page.blocks();
        int n = blocks.size();
        int[] next = new int[n];
        boolean[] continued = new boolean[n];
        java.util.Arrays.fill(next, -1);
        for (Flag f : flagsSoFar) {
            if (f.kind() != FlagKind.BROKEN_JOIN) {
                continue;
            }
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (blocks.get(i).end() == f.start()) {
                    a = i;
                    break;
                }
            }
            if (a < 0) {
                continue;
            }
            for (int j = a + 1; j < n; j++) {
                Block b = blocks.get(j);
                if (b.textStart() == f.end() || b.end() == f.end()) {
                    next[a] = j;
                    continued[j] = true;
                    break;
                }
            }
        }
        List<List<Block>> chains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (continued[i]) {
                continue;
            }
            List<Block> chain = new ArrayList<>();
            for (int k = i; k >= 0 && chain.size() <= n; k = next[k]) {
                chain.add(blocks.get(k));
            }
            chains.add(chain);
        }
        chains.sort(java.util.Comparator.comparingInt(c -> c.get(0).start()));
        return new LogicalParagraphs(chains);
    }

    static String text(List<Block> chain) {
        if (chain.size() == 1) {
            return chain.get(0).string();
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : chain) {
            sb.append(b.string());
        }
        return sb.toString();
    }

    static int start(List<Block> chain) {
        return chain.get(0).start();
    }

    static int end(List<Block> chain) {
        return chain.get(chain.size() - 1).end();
    }
}
