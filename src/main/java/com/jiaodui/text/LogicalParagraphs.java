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
        int[] next = null;
        boolean[] continued = null;
        for (Flag f : flagsSoFar) {
            if (f.kind() != FlagKind.BROKEN_JOIN) {
                continue;
            }
            int[] ac = joined(blocks, f);
            if (ac == null) {
                continue;
            }
            if (next == null) {
                next = new int[n];
                continued = new boolean[n];
                java.util.Arrays.fill(next, -1);
            }
            next[ac[0]] = ac[1];
            continued[ac[1]] = true;
        }
        List<List<Block>> chains = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (continued != null && continued[i]) {
                continue;
            }
            if (next == null || next[i] < 0) {
                chains.add(List.of(blocks.get(i)));
                continue;
            }
            List<Block> chain = new ArrayList<>();
            for (int k = i; k >= 0 && chain.size() <= n; k = next[k]) {
                chain.add(blocks.get(k));
            }
            chains.add(chain);
        }
        if (next != null) {
            chains.sort(java.util.Comparator.comparingInt(c -> c.get(0).start()));
        }
        return new LogicalParagraphs(chains);
    }

    /**
     * The two blocks a broken-join flag rejoins, {a, c}: a ends where the flag starts; c starts where it
     * ends (a direct join) or ends where it ends (a join across interposed blocks). Null if none.
     */
    static int[] joined(List<Block> blocks, Flag f) {
        int a = blockEndingAt(blocks, f.start());
        if (a < 0) {
            return null;
        }
        for (int j = a + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b.textStart() == f.end() || b.end() == f.end()) {
                return new int[] {a, j};
            }
            if (b.start() > f.end()) {
                break;
            }
        }
        return null;
    }

    /** The block whose raw end is {@code end} (blocks are in raw order), or -1. */
    static int blockEndingAt(List<Block> blocks, int end) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = blocks.get(mid).end();
            if (e < end) {
                lo = mid + 1;
            } else if (e > end) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
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

    /** The folded text of the chain (cached per block). */
    static String folded(List<Block> chain) {
        if (chain.size() == 1) {
            return chain.get(0).folded();
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : chain) {
            sb.append(b.folded());
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
