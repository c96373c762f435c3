package com.jiaodui.review;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReviewSessionTest {

    static String sample(String name) throws IOException {
        try (InputStream in = ReviewSessionTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final class Buf implements ReviewSession.TextBuffer {
        final StringBuilder sb;
        ReviewSession session;

        Buf(String s) {
            sb = new StringBuilder(s);
        }

        @Override
        public String text() {
            return sb.toString();
        }

        @Override
        public void replace(int start, int end, String text) {
            String removed = sb.substring(start, end);
            sb.replace(start, end, text);
            if (session != null) {
                session.textChanged(start, removed, text);
            }
        }

        /** Typing as the editor does it: the change is reported to the session. */
        void type(int pos, String text) {
            replace(pos, pos, text);
        }
    }

    final AtomicLong clock = new AtomicLong();
    final Analysis page;
    final Article article;

    ReviewSessionTest() throws IOException {
        page = new Analyzer().analyze(sample("page-a.raw.txt"), Format.TEXT);
        article = page.articles().stream().filter(a -> page.flags().stream()
                .filter(f -> f.start() >= a.rawStart() && f.end() <= a.rawEnd()).count() >= 2).findFirst().orElseThrow();
    }

    ReviewSession session(Buf buf, String text, List<Decision> decisions) {
        ReviewSession s = new ReviewSession(page, article, text, decisions, buf, clock::get);
        buf.session = s;
        return s;
    }

    @Test
    void pageFlagsOfTheArticleArePlacedInItsText() {
        Buf buf = new Buf(article.text().text());
        ReviewSession s = session(buf, null, List.of());
        assertFalse(s.flags().isEmpty());
        for (ReviewFlag f : s.flags()) {
            assertTrue(f.fromPage());
            assertTrue(f.start() >= 0 && f.end() <= buf.text().length());
            // each piece holds the text of the flag's state: a decision replaces exactly that
            for (ReviewFlag.Piece p : f.pieces()) {
                assertEquals(p.text(f.fixIn()), buf.text().substring(p.start(), p.end()), f.toString());
            }
        }
    }

    @Test
    void acceptRejectUndoRedo() {
        Buf buf = new Buf(article.text().text());
        ReviewSession s = session(buf, null, List.of());
        String before = buf.text();
        ReviewFlag first = s.next(0);
        assertNotNull(first);
        int open = s.openCount();
        s.accept(first);
        assertEquals(open - 1, s.openCount());
        ReviewFlag second = s.next(first.start());
        assertNotEquals(first.start(), second.start());
        s.reject(second);
        assertEquals(open - 2, s.openCount());
        if (second.applied() && second.revert() != null) {
            assertNotEquals(before, buf.text(), "rejecting an applied fix puts the raw text back");
            assertTrue(buf.text().startsWith(second.revert(), second.start()));
        }
        assertEquals(2, s.decisions().size());
        s.undo();
        assertEquals(open - 1, s.openCount());
        s.undo();
        assertEquals(open, s.openCount());
        assertEquals(before, buf.text());
        s.redo();
        s.redo();
        assertEquals(open - 2, s.openCount());
        assertEquals(FlagState.REJECTED, s.decisions().get(s.decisions().size() - 1).state());
    }

    @Test
    void typingIsOneUndoStepAndShiftsFlags() {
        Buf buf = new Buf(article.text().text());
        ReviewSession s = session(buf, null, List.of());
        ReviewFlag last = s.flags().get(s.flags().size() - 1);
        buf.type(0, "甲");
        clock.addAndGet(100_000_000L);
        buf.type(1, "乙");
        assertEquals(last.start() + 2, s.flags().get(s.flags().size() - 1).start());
        assertTrue(s.dirty());
        // the link: typed characters map to where they were typed, the rest still to their raw spans
        assertTrue(s.link().typed(0));
        assertEquals(article.text().rawStart(0), s.link().toRaw(2, 3)[0]);
        s.undo();
        assertEquals(article.text().text(), buf.text());
        assertEquals(last.start(), s.flags().get(s.flags().size() - 1).start());
        clock.addAndGet(10_000_000_000L);
        buf.type(0, "丙");
        clock.addAndGet(10_000_000_000L);
        buf.type(1, "丁");
        s.undo();
        assertEquals("丙", buf.text().substring(0, 1));
    }

    @Test
    void decisionsComeBackOnASavedText() {
        Buf buf = new Buf(article.text().text());
        ReviewSession s = session(buf, null, List.of());
        ReviewFlag f = s.next(0);
        s.reject(f);
        buf.type(0, "编者按：");
        String saved = buf.text();
        List<Decision> decisions = s.decisions();

        Buf again = new Buf(saved);
        ReviewSession r = session(again, saved, decisions);
        assertEquals(s.openCount(), r.openCount());
        assertEquals(decisions, r.decisions());
        // the link survives the restart through the diff
        assertTrue(r.link().typed(0));
        assertFalse(r.link().typed(saved.length() - 1));
    }

    @Test
    void reanalysisFlagsReplaceOldOnesAndSkipDecidedOnes() {
        Buf buf = new Buf(article.text().text());
        ReviewSession s = session(buf, null, List.of());
        buf.type(0, "重复重复。\n\n");
        long v = s.version();
        String text = buf.text();
        Analysis a = new Analyzer().analyze(text, Format.TEXT);
        assertTrue(s.applyTextAnalysis(v, a.flags()));
        buf.type(0, "x");
        assertFalse(s.applyTextAnalysis(v, a.flags()), "stale results are dropped");
    }

    @Test
    void acceptingAKindIsOneUndoStepAndComposesLikeOneByOne() {
        // the article of page-a with the most flags of one kind
        com.jiaodui.text.FlagKind kind = null;
        Article best = null;
        long most = 0;
        for (Article a : page.articles()) {
            for (com.jiaodui.text.FlagKind k : com.jiaodui.text.FlagKind.values()) {
                long n = page.flags().stream().filter(f -> f.kind() == k && f.start() >= a.rawStart()
                        && f.end() <= a.rawEnd()).count();
                if (n > most) {
                    most = n;
                    kind = k;
                    best = a;
                }
            }
        }
        assertTrue(most >= 5, "page-a has an article with many flags of one kind: " + most);
        final com.jiaodui.text.FlagKind k = kind;
        Buf buf = new Buf(best.text().text());
        ReviewSession s = new ReviewSession(page, best, null, List.of(), buf, clock::get);
        buf.session = s;
        String before = buf.text();
        long openOfKind = s.openFlags().stream().filter(f -> f.kind() == k).count();
        int others = (int) s.openFlags().stream().filter(f -> f.kind() != k).count();
        int n = s.decideAll(f -> f.kind() == k, FlagState.ACCEPTED, "tag");
        assertEquals(openOfKind, n);
        assertEquals(others, s.openCount());
        assertEquals("tag", s.undoTag());
        String after = buf.text();

        // one by one gives the same text
        Buf buf2 = new Buf(best.text().text());
        ReviewSession s2 = new ReviewSession(page, best, null, List.of(), buf2, clock::get);
        buf2.session = s2;
        for (ReviewFlag f; (f = s2.openFlags().stream().filter(x -> x.kind() == k).findFirst().orElse(null)) != null; ) {
            s2.accept(f);
        }
        assertEquals(buf2.text(), after);

        // one undo brings them all back, one redo takes them again
        s.undo();
        assertEquals(before, buf.text());
        assertEquals(others + openOfKind, s.openCount());
        assertEquals("tag", s.redoTag());
        s.redo();
        assertEquals(after, buf.text());
        assertEquals(others, s.openCount());
    }
}
