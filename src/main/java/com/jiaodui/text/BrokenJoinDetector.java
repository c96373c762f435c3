package com.jiaodui.text;

import com.ibm.icu.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Finds paragraph breaks inside a sentence, left where a column or page ended. Evidence: the first
 * half does not close its sentence (or ends with a character that cannot end one), the second half
 * starts with a character that cannot start one, and, across an interposed heading or caption, a
 * dictionary word that straddles the break (ICU's Chinese word segmenter). Headlines, bylines, lists
 * and other non-prose blocks are never joined.
 */
public final class BrokenJoinDetector implements Detector {
    /** At most this many blocks that clean keeps may stand between the two halves. */
    static final int MAX_INTERPOSED = 4;
    static final int MAX_INTERPOSED_CLASSIC = 3;
    /** The continuation is looked for this many blocks ahead. */
    static final int SEARCH = 6;
    static final double COMMA_HEADING = Double.parseDouble(System.getProperty("jiaodui.commaHeading", "1"));
    static final double START_CENTRE = Double.parseDouble(System.getProperty("jiaodui.startCentre", "3.2"));
    static final double END_CENTRE = Double.parseDouble(System.getProperty("jiaodui.endCentre", "1.7"));
    /** How much better a block further on must read on than a nearer one to be taken as the continuation. */
    static final double FAR_MARGIN = 2.0;
    static final double BODY_PRIOR = Double.parseDouble(System.getProperty("jiaodui.bodyPrior", "1.5"));
    static final double VETO = Double.parseDouble(System.getProperty("jiaodui.veto", "0"));

    /**
     * A join that would make a sentence longer than this (in characters; 1 in 300 sentences of published
     * news is) needs evidence beyond a body paragraph's open end: a character or word that reads on.
     */
    static final int RUN_ON = Integer.getInteger("jiaodui.runOn", 200);
    static final double RUN_ON_SCORE = 2.5;
    /** Lexical cohesion ({@link #cohesion}): characters read at the end of each context block. */
    static final int CONTEXT = 400;
    /** How much a far block's cohesion above (or below) the next block's counts against the score margin. */
    static final double COHESION_WEIGHT = Double.parseDouble(System.getProperty("jiaodui.cohW", "25"));
    /** The cohesion lift that stands in for the language model's far evidence. */
    static final double COHESION_MIN = Double.parseDouble(System.getProperty("jiaodui.cohMin", "0.05"));
    /**
     * The cohesion a block after the next must have, when the next shares no pair of characters with the
     * first half's context (another article's paragraph), to continue the sentence on a weak score.
     */
    static final double FOREIGN_LIFT = Double.parseDouble(System.getProperty("jiaodui.foreignLift", "0.07"));
    /** The most the next block may share with the first half's context for cohesion alone to pass it over. */
    static final double FIRST_COHESION_MAX = Double.parseDouble(System.getProperty("jiaodui.firstCohMax", "0.06"));
    /**
     * The continuation search ({@link #detectWithSearch}) is the default; {@code -Djiaodui.joinSearch=false}
     * brings back the earlier neighbour-only rules, to measure the two side by side with {@code eval}.
     */
    static final boolean SEARCH_MODE = !"false".equals(System.getProperty("jiaodui.joinSearch"));

    @Override
    public void detect(Page page, List<Flag> out) {
        if (SEARCH_MODE) {
            detectWithSearch(page, out);
            return;
        }
        List<Block> blocks = page.blocks();
        BlockClassifier.Role[] roles = BlockClassifier.roles(page);
        // the text of the paragraph as rejoined so far: a chain of joins is judged on the whole
        String[] chain = new String[blocks.size()];
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block a = blocks.get(i);
            String at = visibleEnd(chain[i] != null ? chain[i] : a.string());
            if (a.isHeading() || !isBodyText(at)) {
                continue;
            }
            // the next block that clean keeps (a block of garbled glyphs only does not count)
            int nb = i + 1;
            while (nb + 1 < blocks.size() && visibleLength(blocks.get(nb).string(), 1) == 0) {
                nb++;
            }
            char last = DetectorChars.lastSolid(at);
            if (last == 0 || Chars.endsSentence(at, at.length()) || last == '：' || last == ':' || endsWithCredit(at)
                    || FurniturePatterns.editorCodeStart(at) >= 0 || CONTACT.matcher(at).find()) {
                // an editor code (③9) closes an article; a colon may introduce a list or a quotation; a telephone
                // number or web address ends a service block (as in the continuation search below)
                if (!startsWithCannotStart(blocks.get(nb))) {
                    continue;
                }
            }
            // the direct neighbour continues the sentence
            Block b = blocks.get(nb);
            BlockClassifier.Role ra = chain[i] != null ? BlockClassifier.Role.BODY : roles[i];
            if (isContinuation(b) && !vetoed(at, ra, i, b, roles[nb])) {
                out.add(simple(at, b, a));
                chain[nb] = at + b.string();
                i = nb - 1;
                continue;
            }
            // a headline, caption or kicker printed between the two halves
            int j = i + 1;
            int shown = 0; // interposed blocks clean keeps (garbled-only blocks are gone after clean)
            while (j < blocks.size() && isInterposable(blocks.get(j))
                    && (shown < MAX_INTERPOSED_CLASSIC || visibleLength(blocks.get(j).string(), 1) == 0)) {
                if (visibleLength(blocks.get(j).string(), 1) > 0) {
                    shown++;
                }
                j++;
            }
            if (j > i + 1 && j < blocks.size()) {
                Block c = blocks.get(j);
                boolean acrossHeading = false;
                boolean acrossBox = false; // a 核心阅读/编者按 label: what follows it is the box, not a continuation
                int visible = 0; // blocks of garbled glyphs only are gone after clean: they do not count
                for (int k = i + 1; k < j; k++) {
                    acrossHeading |= blocks.get(k).isHeading();
                    acrossBox |= roles[k] == BlockClassifier.Role.BOX_LABEL;
                    if (visibleLength(blocks.get(k).string(), 1) > 0) {
                        visible++;
                    }
                }
                // the second half must be able to continue a sentence, as for a direct neighbour; across
                // a heading or more than two blocks it takes stronger evidence
                boolean evidence = isContinuation(c)
                        && (strongEvidence(at, c) || !acrossHeading && visible <= 2);
                if (!c.isHeading() && !acrossBox && isBodyText(c.string()) && evidence && !vetoed(at, ra, i, c, roles[j])) {
                    out.add(interposed(at, a, blocks.subList(i + 1, j), c));
                    chain[j] = at + c.string();
                    i = j - 1;
                }
            }
        }
    }

    /**
     * Whether a join the character evidence proposes is refused: the first half is a title, sub-heading
     * or standfirst, or a clause set off on purpose (ending in "；" or "——"), or the page's first line, and
     * the score ({@link #score}: roles and the language model) does not say the text reads on.
     */
    private static boolean vetoed(String at, BlockClassifier.Role ra, int i, Block c, BlockClassifier.Role rc) {
        char last = DetectorChars.lastSolid(at);
        if (startsWithCannotStart(c) || Chars.cannotEnd(last) && last != '；' && last != ';' && last != '—'
                && last != '：' && last != ':') {
            return false;
        }
        boolean byDesign = last == '；' || last == ';' || at.endsWith("——");
        boolean title = ra.isHeading() || ra == BlockClassifier.Role.STANDFIRST || i == 0 && ra == BlockClassifier.Role.HEADLINE;
        if (!byDesign && !title) {
            return false;
        }
        // the second half's role is left out: it must not change when clean runs again
        return score(at, ra, c, BlockClassifier.Role.BODY) <= VETO;
    }

    /**
     * The continuation search over the following blocks (issue 9): for each block that leaves its sentence
     * open, the best continuation among the next {@value #SEARCH} blocks, scored by {@link #score}; a
     * continuation found past a whole paragraph needs far stronger evidence than the next block. Clean's
     * idempotence is kept by the analyzer, which judges the page once more as clean leaves it.
     */
    void detectWithSearch(Page page, List<Flag> out) {
        List<Block> blocks = page.blocks();
        int n = blocks.size();
        BlockClassifier.Role[] roles = BlockClassifier.roles(page);
        // blocks that repeat an earlier block: a duplicate is never the continuation, it may stand between
        Copies copies = copies(blocks);
        boolean[] repeat = copies.repeat();
        boolean[] copyHead = copies.splitHeads();
        markTailsRepeatedUnderHeadings(blocks, roles, repeat);
        boolean[] sibling = siblingHeadings(blocks, roles);
        // every block's folded text and where it stands, to find a paragraph printed whole elsewhere (made
        // when a block that leaves its sentence open first needs it)
        java.util.Map<Integer, List<Integer>> foldedByLength = new java.util.HashMap<>();
        // the text of the paragraph as rejoined so far: a chain of joins is judged on the whole
        String[] chain = new String[n];
        boolean[] taken = new boolean[n];
        int[][] openingPairs = new int[n][]; // per block, made when first needed: the pairs of Han characters opening it
        long[] contextBits = new long[1024]; // the pairs around the block whose continuation is looked for
        int contextOf = -1;
        for (int i = 0; i + 1 < n; i++) {
            Block a = blocks.get(i);
            if (taken[i] && chain[i] == null) {
                continue;
            }
            String at = visibleEnd(chain[i] != null ? chain[i] : a.string());
            BlockClassifier.Role ra = chain[i] != null ? BlockClassifier.Role.BODY : roles[i];
            if (copyHead[i] && !taken[i + 1] && !a.isHeading() && !blocks.get(i + 1).isHeading()) {
                // the two halves of a copy are one paragraph: the copy is then found whole and removed whole
                out.add(simple(at, blocks.get(i + 1), a));
                chain[i + 1] = at + blocks.get(i + 1).string();
                taken[i + 1] = true;
                continue;
            }
            if (a.isHeading() || at.isEmpty() || ra.isApparatus() && !listItemBroken(at, ra, blocks, i)
                    && !creditLikeHalf(at, ra, blocks, i) || repeat[i]) {
                continue;
            }
            // the next block that clean keeps (a block of garbled glyphs only does not count)
            int nb = i + 1;
            while (nb + 1 < n && visibleLength(blocks.get(nb).string(), 1) == 0) {
                nb++;
            }
            if (sibling[i] && !startsWithCannotStart(blocks.get(nb)) && !unclosed(at) && !cutsWord(at, blocks.get(nb))) {
                continue; // one of a set of sub-headings: the page's own layout says it stands alone
            }
            // the neighbour once clean has removed the copies of earlier text standing between
            int kept = nb;
            while (kept + 1 < n && (repeat[kept] || visibleLength(blocks.get(kept).string(), 1) == 0)) {
                kept++;
            }
            char last = DetectorChars.lastSolid(at);
            boolean open = !(last == 0 || Chars.endsSentence(at, at.length()) || last == '：' || last == ':'
                    || endsWithCredit(at) || FurniturePatterns.editorCodeStart(at) >= 0 || CONTACT.matcher(at).find());
            if (!open) {
                // an editor code (③9) closes an article; a colon may introduce a list or a quotation
                Block b = blocks.get(nb);
                if (startsWithCannotStart(b) && !b.isHeading() && !taken[nb]) {
                    out.add(simple(at, b, a));
                    chain[nb] = at + b.string();
                    taken[nb] = true;
                }
                continue;
            }
            if (!isBodyText(at) && !startsWithCannotStart(blocks.get(nb)) && ra != BlockClassifier.Role.BODY
                    && visibleLength(at, 1) < 2) {
                continue;
            }
            // a paragraph printed whole elsewhere on the page proves where its two halves are
            int proven = chain[i] == null ? provenByCopy(blocks, foldedByLength, taken, repeat, i, Math.min(n - 1, i + SEARCH)) : -1;
            // look for the continuation among the following blocks
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            double firstScore = Double.NEGATIVE_INFINITY;
            int first = -1;
            int shown = 0;
            int passedBody = 0; // blocks passed over that are no caption, credit, byline or title
            boolean closed = true; // every block passed over so far stands on its own
            int candidates = 0; // candidates judged before this one
            // a title-like first half continues only into the block right after it
            // a title without clause punctuation (or a standfirst) continues only into the block after it
            // (a title does not leave a quotation or bracket open)
            // and a headline or kicker with more of its title group below it continues nothing past that group
            // (a title-like line whose last word ends no sentence is a first half, unless a title follows it: "居民不让建" / "宁肯不方便")
            boolean near = ra.isHeading() && !Chars.isProse(at) && !unclosed(at)
                    && !(nb < n && !roles[nb].isHeading() && unlikelyEnd(at)) || ra == BlockClassifier.Role.STANDFIRST
                    || (ra == BlockClassifier.Role.HEADLINE || ra == BlockClassifier.Role.KICKER) && nb < n
                    && (roles[nb] == BlockClassifier.Role.SUBTITLE || roles[nb] == BlockClassifier.Role.HEADLINE);
            int reach = i + SEARCH;
            if (i == 0 && ra == BlockClassifier.Role.HEADLINE && !startsWithCannotStart(blocks.get(nb))
                    && !Chars.cannotEnd(last)) {
                // the page's title; a long line of prose there is the end of a column carried over, not a title
                if (!Chars.isProse(at) || visibleLength(at, 30) <= 30) {
                    continue;
                }
            }
            if (proven > 0) {
                best = proven;
                reach = i; // no search: the copy has told
            }
            for (int j = i + 1; j < n && j <= reach && shown <= MAX_INTERPOSED; j++) {
                Block c = blocks.get(j);
                if (visibleLength(c.string(), 1) == 0) {
                    continue;
                }
                BlockClassifier.Role rc = roles[j];
                // the rest of a number cut at the break ("1小時5" / "00盧比(約145元台幣)"): no title or line opens so
                boolean numberCut = j == nb && Chars.isAsciiDigit(last) && startsWithDigit(c);
                boolean candidate = !c.isHeading() && !rc.isApparatus() && !repeat[j] && !taken[j]
                        && (numberCut || isContinuation(c)
                        // a block from another page ("（上接第三版）…") continues no block here but one sent on to it
                        && (!JumpMarkers.opensFromAnotherPage(c.string()) || JumpMarkers.jumpsTo(at).isPresent())
                        // a title-like block between the halves (a caption, a headline) is passed over
                        && (!rc.isHeading() || BlockClassifier.endsWithStop(c.string()) || startsWithCannotStart(c)
                        // or one that closes the bracket or quotation the first half left open ("（作者为中" / "国社会科学院…研究员）")
                        || unclosed(at) && !unclosed(at + c.string().strip())));
                if (candidate && near && first >= 0 && !(closed && BlockClassifier.endsWithStop(c.string())
                        && (cutsWord(at, c) || unlikelyStart(c)))) {
                    break; // past a title-like first half's next block, only a word cut or an unlikely start reads on
                }
                if (candidate) {
                    double sc = score(at, ra, c, rc) - 0.3 * passedBody; // a caption or credit passed over costs nothing
                    if (first < 0) {
                        first = j;
                        firstScore = sc;
                    }
                    // joined across interposed blocks, the paragraph must end with its second half, so that
                    // the blocks carried after it are not taken for its continuation when clean runs again
                    // the direct neighbour that can continue the sentence is taken as the character evidence
                    // says (the earlier rule), unless the first half is a title or a clause set off on purpose
                    boolean ok;
                    if (j == first && j != nb && j != kept && passedBody > 0) {
                        // the first that can continue it, past text that cannot (a paragraph carried over from
                        // another page, "（上接第一版）…"): as far as any block further on
                        ok = closed && sc > 2.5 && !startsWithOpening(c) && BlockClassifier.endsWithStop(c.string())
                                && farEvidence(at, c);
                    } else if (j == first) {
                        ok = (sc > 0 && (j == nb || j == kept || BlockClassifier.endsWithStop(c.string()))
                                || (j == nb || j == kept) && (isBodyText(at) || unclosed(at)) && !near && !vetoed(at, ra, i, c, rc))
                                && !(sc < RUN_ON_SCORE && sentenceRun(at, c) > RUN_ON);
                    } else {
                        // a second half found further on ends its paragraph (past a title-like first half it cuts a
                        // word across the break or opens as no sentence does, which the check above the scoring holds)
                        // (or, right after the next block, one that merely reads on if the next is another article's)
                        boolean weak = !(sc > 2.5 || near && sc > NEAR_FAR_MIN && unlikelyStart(c));
                        ok = closed && (!weak || !near && sc > 0 && candidates == 1)
                                && !startsWithOpening(c) && BlockClassifier.endsWithStop(c.string());
                        if (ok) {
                            // the block after the next shares the first half's words and the next does not
                            double firstCohesion = 1;
                            double lift = 0;
                            if (COHESION_WEIGHT > 0 && candidates == 1) {
                                if (contextOf != i) {
                                    contextBits(contextBits, blocks, i);
                                    contextOf = i;
                                }
                                firstCohesion = cohesion(contextBits, openingPairs, blocks, first);
                                lift = cohesion(contextBits, openingPairs, blocks, j) - firstCohesion;
                            }
                            // (a next block that shares more of the first half's words than this one counts against it:
                            // "出发点和" / "落脚点，……" over "建设中的……", which only the bigram 和|建设 favours)
                            // a next block that shares no pair of characters with the article at all is another
                            // article's: a further one that shares some needs only to read on
                            boolean foreign = firstCohesion == 0 && lift >= FOREIGN_LIFT;
                            ok = (!weak || foreign) && (foreign || sc + COHESION_WEIGHT * lift >= firstScore + FAR_MARGIN)
                                    && (farEvidence(at, c) || lift >= COHESION_MIN && firstCohesion < FIRST_COHESION_MAX);
                        }
                    }
                    candidates++;
                    // a block further on takes the place of a nearer one only by the margin that passes the next block
                    if (ok && sc > bestScore + (best > first ? FAR_MARGIN : 0)) {
                        best = j;
                        bestScore = sc;
                    }
                    String cs = visibleEnd(c.string());
                    closed &= Chars.endsSentence(cs, cs.length()) || rc.isHeading();
                    if (near && !(j == first && !ok && sc < 0)) {
                        // a title-like first half continues only into the first block that can continue it; when
                        // that one cannot, the block after it may still finish a word the break cut
                        break;
                    }
                } else {
                    if (near && (c.isHeading() || rc.isHeading() || repeat[j] && j > kept)) {
                        break; // a title-like first half is not joined across another title or a box label
                    }
                    String cs = visibleEnd(c.string());
                    closed &= !c.string().isEmpty() && (c.isHeading() || rc.isHeading() || rc.isApparatus()
                            || repeat[j] || Chars.endsSentence(cs, cs.length()));
                }
                if (!rc.isApparatus() && !rc.isHeading()) {
                    passedBody++;
                }
                shown++;
            }
            if (best < 0 || best != nb && carriedBlockContinues(blocks, roles, taken, repeat, i, best)) {
                continue;
            }
            if (best != nb && closerClaim(blocks, roles, repeat, i, best, bestScore)) {
                continue;
            }
            Block c = blocks.get(best);
            if (best == nb) {
                out.add(simple(at, c, a));
            } else {
                out.add(interposed(at, a, blocks.subList(i + 1, best), c));
            }
            chain[best] = at + c.string();
            taken[best] = true;
            if (best == nb) {
                i = nb - 1;
            }
        }
    }

    /**
     * Marks as copies the blocks that print again the tail of the paragraph above the sub-heading before them
     * ("…支撑不足仍困扰着企业的转型升级。" / sub-heading / "支撑不足仍困扰着企业的转型升级。"), but for one OCR confusion as
     * {@link DuplicateFragmentDetector#nearlyEqual} judges it: the sub-heading does not continue into them.
     */
    private static void markTailsRepeatedUnderHeadings(List<Block> blocks, BlockClassifier.Role[] roles, boolean[] repeat) {
        for (int k = 2; k < blocks.size(); k++) {
            if (repeat[k] || !roles[k - 1].isHeading() || roles[k - 2].isHeading()) {
                continue;
            }
            String f = blocks.get(k).folded();
            String above = blocks.get(k - 2).folded();
            repeat[k] = f.length() >= DuplicateFragmentDetector.MIN_CHARS && f.length() <= DuplicateFragmentDetector.MAX_CHARS
                    && above.length() > f.length()
                    && DuplicateFragmentDetector.nearlyEqual(above.substring(above.length() - f.length()), f);
        }
    }

    /**
     * The block after {@code i} (up to {@code reach}) that, read after it, gives a paragraph the page prints
     * whole as another block: "…都是" / another article's paragraph / "為了絕美…" and later the whole
     * "…都是為了絕美…" (a copy printed between the halves of another broken sentence). -1 when none.
     */
    private static int provenByCopy(List<Block> blocks, java.util.Map<Integer, List<Integer>> byLength,
                                    boolean[] taken, boolean[] repeat, int i, int reach) {
        String a = blocks.get(i).folded();
        if (a.length() < DuplicateParagraphDetector.MIN_CHARS || repeat[i]) {
            return -1;
        }
        if (byLength.isEmpty()) {
            for (int k = 0; k < blocks.size(); k++) {
                byLength.computeIfAbsent(blocks.get(k).folded().length(), x -> new java.util.ArrayList<>(2)).add(k);
            }
        }
        for (int j = i + 1; j <= reach; j++) {
            Block c = blocks.get(j);
            String b = c.folded();
            if (taken[j] || repeat[j] || c.isHeading() || b.length() < DuplicateParagraphDetector.MIN_CHARS) {
                continue;
            }
            List<Integer> same = byLength.get(a.length() + b.length());
            if (same == null) {
                continue;
            }
            for (int k : same) {
                String w = blocks.get(k).folded(); // compared in place: no concatenation per pair
                if (k != i && k != j && w.startsWith(a) && w.startsWith(b, a.length())) {
                    repeat[k] = true; // the whole copy continues nothing (it may stand between another sentence's halves)
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a block that a join from {@code i} to {@code best} would carry past the paragraph leaves its own
     * sentence open into the block after {@code best}: then it is no title or caption standing between the
     * halves but text, and the page is left as it is (clean could not join a carried block when run again).
     */
    private static boolean carriedBlockContinues(List<Block> blocks, BlockClassifier.Role[] roles, boolean[] taken,
                                                 boolean[] repeat, int i, int best) {
        int after = best + 1;
        while (after < blocks.size() && (taken[after] || repeat[after] || visibleLength(blocks.get(after).string(), 1) == 0)) {
            after++;
        }
        if (after >= blocks.size()) {
            return false;
        }
        Block c = blocks.get(after);
        for (int k = i + 1; k < best; k++) {
            Block x = blocks.get(k);
            String xs = visibleEnd(x.string());
            if (x.isHeading() || repeat[k] || roles[k].isApparatus() || xs.isEmpty() || Chars.endsSentence(xs, xs.length())) {
                continue;
            }
            if (isContinuation(c) && score(xs, roles[k], c, BlockClassifier.Role.BODY) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list item (•…, （一）…) broken at a column end: the next block is no item of its own and the break
     * splits a number ("約2⏎⏎5美元") or leaves a clause open before a character that cannot start one. Joined
     * as a direct join; other apparatus (bylines, captions, tables) never is.
     */
    private static boolean listItemBroken(String at, BlockClassifier.Role ra, List<Block> blocks, int i) {
        if (ra != BlockClassifier.Role.LIST || i + 1 >= blocks.size()) {
            return false;
        }
        Block b = blocks.get(i + 1);
        String bs = b.string();
        int f = firstVisible(bs);
        if (b.isHeading() || f >= bs.length() || BlockClassifier.LIST.matcher(bs).lookingAt()) {
            return false;
        }
        char last = DetectorChars.lastSolid(at);
        return Chars.isAsciiDigit(last) && Chars.isAsciiDigit(bs.charAt(f)) || startsWithCannotStart(b)
                || Chars.cannotEnd(last) && last != '：' && last != ':'
                || unclosed(at) // "■落实“三权分" / "置”，严守政策底线。"
                || cutsWord(at, b); // "■……对粮食供应体系产" / "生冲击，……"
    }

    /**
     * A short first half taken for a credit, caption or byline ("一张张图" ⏎ "片、一段段故事…", "记者走进沈" ⏎
     * "阳联勤保障中心…") that is none: it is no
     * credit line (摄, 供图, 文/图…), and the next block continues it beyond doubt (a word across the break
     * and a character that cannot start a sentence, or as strong evidence: {@link #score} ≥ 9; for a byline,
     * a word cut by the break: no name is).
     */
    private static boolean creditLikeHalf(String at, BlockClassifier.Role ra, List<Block> blocks, int i) {
        if (ra != BlockClassifier.Role.CREDIT && ra != BlockClassifier.Role.CAPTION && ra != BlockClassifier.Role.BYLINE
                || i + 1 >= blocks.size()
                || endsWithCredit(at)) {
            return false;
        }
        Block b = blocks.get(i + 1);
        return !b.isHeading() && isContinuation(b) && (score(at, ra, b, BlockClassifier.Role.BODY) >= 9
                || ra == BlockClassifier.Role.BYLINE && cutsWord(at, b));
    }

    /**
     * Sub-headings that the page's layout confirms: a set of two or more title-role blocks of the same
     * shape, either of the same length without punctuation each after a finished paragraph ("多彩庙会品年俗",
     * "非遗表演年味足", "文化旅游引客来"; a credit or byline finishes a section as a full stop does), or each
     * under a short heading of the same length ("山西万荣" / "整治一村，修复一村，建强一村", "浙江东阳" /
     * "推行……就腾位置"). A word that reads on across the break
     * is no evidence against them ("引客来" / "看演出" reads as 来看): a fragment cut from a paragraph
     * matches the page's other titles in shape only by chance.
     */
    static boolean[] siblingHeadings(List<Block> blocks, BlockClassifier.Role[] roles) {
        int n = blocks.size();
        String[] key = new String[n];
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (int i = 1; i < n; i++) {
            if (!roles[i].isHeading() || roles[i] == BlockClassifier.Role.BOX_LABEL) {
                continue;
            }
            String s = blocks.get(i).string().strip();
            String prev = blocks.get(i - 1).string().strip();
            if (roles[i - 1].isHeading() && roles[i - 1] != BlockClassifier.Role.BOX_LABEL) {
                if (i >= 2 && !roles[i - 2].isHeading() && prev.length() <= 8 && hanOnly(prev)) {
                    key[i] = "under " + prev.length();
                }
            } else if (hanOnly(s) && s.length() >= 4 && (Chars.endsSentence(prev, prev.length())
                    || roles[i - 1] == BlockClassifier.Role.CREDIT || roles[i - 1] == BlockClassifier.Role.BYLINE)) {
                // a place-name heading over a sub-heading is of another set than a sub-heading over its text
                boolean overTitle = i + 1 < n && roles[i + 1].isHeading();
                key[i] = (overTitle ? "over title " : "alone ") + s.length();
            }
            if (key[i] != null) {
                count.merge(key[i], 1, Integer::sum);
            }
        }
        boolean[] sibling = new boolean[n];
        for (int i = 0; i < n; i++) {
            sibling[i] = key[i] != null && count.get(key[i]) >= 2;
        }
        return sibling;
    }

    /**
     * Whether the block right before the continuation found for block {@code i} leaves its own sentence
     * open and reads on into that continuation better than block {@code i} does: then it is that block's
     * second half ("当前，经济迈向" / "高质量发展阶段", not the sub-heading above it).
     */
    private static boolean closerClaim(List<Block> blocks, BlockClassifier.Role[] roles, boolean[] repeat,
                                       int i, int best, double bestScore) {
        int k = best - 1; // copies of earlier text are gone once clean has run: they do not stand between
        while (k > i && (repeat[k] || visibleLength(blocks.get(k).string(), 1) == 0)) {
            k--;
        }
        if (k <= i || blocks.get(k).isHeading() || roles[k].isApparatus()) {
            return false;
        }
        String kt = visibleEnd(blocks.get(k).string());
        if (kt.isEmpty() || Chars.endsSentence(kt, kt.length()) || BlockClassifier.endsWithStop(kt)) {
            return false;
        }
        // the nearer block has the margin that a block further on needs over a nearer one
        return score(kt, roles[k], blocks.get(best), roles[best]) > bestScore - FAR_MARGIN;
    }

    /**
     * A cheap test that two texts of at least 24 characters may be within two edits: then their first six
     * characters agree, or their last six, or (both ends edited) the middle eight at an offset of at most two.
     */
    static boolean mayBeNear(String f, String g) {
        if (g.regionMatches(0, f, 0, 6) || g.regionMatches(g.length() - 6, f, f.length() - 6, 6)) {
            return true;
        }
        int m = f.length() / 2 - 4;
        for (int d = -2; d <= 2; d++) {
            if (m + d >= 0 && g.regionMatches(m + d, f, m, 8)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct pairs of adjacent Han characters of {@code s} from {@code from} (up to {@code cap} of them), sorted. */
    static int[] pairs(String s, int from, int cap) {
        int[] out = new int[Math.max(0, Math.min(cap, s.length() - from))];
        int m = 0;
        char prev = 0;
        for (int k = from; k < s.length() && m < out.length; k++) {
            char ch = s.charAt(k);
            if (!Chars.isHan(ch)) {
                prev = 0;
                continue;
            }
            if (prev != 0) {
                out[m++] = prev << 16 | ch;
            }
            prev = ch;
        }
        int[] p = java.util.Arrays.copyOf(out, m);
        java.util.Arrays.sort(p);
        int u = 0;
        for (int k = 0; k < p.length; k++) {
            if (u == 0 || p[u - 1] != p[k]) {
                p[u++] = p[k];
            }
        }
        return java.util.Arrays.copyOf(p, u);
    }

    /**
     * Lexical cohesion: the share of the pairs of characters that open block {@code j} (its first 80) which
     * the ends of block {@code i} and the two before it hold (their last {@value #CONTEXT} characters), read
     * from {@code bits}, a 65,536-bit set of the context's pairs hashed (made by {@link #contextBits}; a
     * false hit in 50 is no matter for a share).
     */
    static double cohesion(long[] bits, int[][] openingPairs, List<Block> blocks, int j) {
        if (openingPairs[j] == null) {
            openingPairs[j] = pairs(blocks.get(j).string(), 0, 80);
        }
        int[] own = openingPairs[j];
        if (own.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int b : own) {
            int h = (b * 0x9E3779B1) >>> 16;
            if ((bits[h >>> 6] & 1L << (h & 63)) != 0) {
                shared++;
            }
        }
        return (double) shared / own.length;
    }

    /** The pairs of adjacent Han characters at the ends of block {@code i} and the two before it, as hashed bits. */
    static void contextBits(long[] bits, List<Block> blocks, int i) {
        java.util.Arrays.fill(bits, 0);
        for (int k = Math.max(0, i - 2); k <= i; k++) {
            String t = blocks.get(k).string();
            char prev = 0;
            for (int x = Math.max(0, t.length() - CONTEXT); x < t.length(); x++) {
                char ch = t.charAt(x);
                if (!Chars.isHan(ch)) {
                    prev = 0;
                    continue;
                }
                if (prev != 0) {
                    int h = ((prev << 16 | ch) * 0x9E3779B1) >>> 16;
                    bits[h >>> 6] |= 1L << (h & 63);
                }
                prev = ch;
            }
        }
    }

    /** The length of the sentence that joining {@code at} to {@code c} would make. */
    static int sentenceRun(String at, Block c) {
        int k = at.length();
        while (k > 0 && !Chars.isSentenceEnd(at.charAt(k - 1))) {
            k--;
        }
        String bs = c.string();
        int e = 0;
        while (e < bs.length() && !Chars.isSentenceEnd(bs.charAt(e))) {
            e++;
        }
        return at.length() - k + e;
    }

    /** Sentence-start log odds below which a block's first word opens no sentence ({@link #unlikelyStart}). */
    static final double UNLIKELY_START = Double.parseDouble(System.getProperty("jiaodui.unlikelyStart", "-5"));
    /** The score above which a block that opens no sentence continues a title-like first half past its next block. */
    static final double NEAR_FAR_MIN = Double.parseDouble(System.getProperty("jiaodui.nearFarMin", "-1"));

    /** Sentence-end log odds below which a text's last word ends no title ({@link #unlikelyEnd}). */
    static final double UNLIKELY_END = Double.parseDouble(System.getProperty("jiaodui.unlikelyEnd", "-3.5"));

    /** Whether the text's last word almost never ends a sentence in published text ("…另一个亮点是", "…我就直接"). */
    private static boolean unlikelyEnd(String at) {
        String tail = hanRun(at, at.length() - 1, -1);
        if (tail.isEmpty()) {
            return false;
        }
        com.jiaodui.text.lm.LanguageModel lm = com.jiaodui.text.lm.LanguageModel.get();
        double end = lm.endLogOdds(tail, lm.lastWordStart(tail), tail.length());
        return !Double.isNaN(end) && end < UNLIKELY_END;
    }

    /** Whether the block's first word almost never opens a sentence in published text ("宣布，支持非洲…"). */
    private static boolean unlikelyStart(Block c) {
        String head = hanRun(c.string(), firstVisible(c.string()), 1);
        if (head.isEmpty()) {
            return false;
        }
        com.jiaodui.text.lm.LanguageModel lm = com.jiaodui.text.lm.LanguageModel.get();
        double start = lm.sentenceStartLogOdds(head, 0, lm.firstWordEnd(head));
        return !Double.isNaN(start) && start < UNLIKELY_START;
    }

    /** Whether the break cuts a word the language model knows well (党组|织, 严格遵|守, 番|禺): no title ends so. */
    private static boolean cutsWord(String at, Block c) {
        return straddleGain(at, c) > 5;
    }

    private static boolean hanOnly(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Chars.isHan(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Blocks that print earlier text again ({@link #copies}), and the first halves of copies broken in two. */
    record Copies(boolean[] repeat, boolean[] splitHeads) { }

    /**
     * Blocks whose whole text the page has already printed: as an earlier block, or as two consecutive
     * earlier blocks (the first copy split by a column break), or but for a character or two; two blocks that
     * together print an earlier one; a copy of an earlier block's end followed by a copy of the block after
     * it. Judged on folded text. (Containment in any earlier text was tried: it also marks the later half of
     * a paragraph whose copy came first.)
     */
    static Copies copies(List<Block> blocks) {
        int n = blocks.size();
        boolean[] repeat = new boolean[n];
        java.util.Set<String> seen = new java.util.HashSet<>();
        // an earlier block, or two earlier blocks side by side: the pairs are found by their joint length and
        // compared in place, not concatenated and hashed (that was a copy of the whole page per call)
        java.util.Map<Integer, List<Integer>> pairsByLength = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            String f = blocks.get(i).folded();
            if (f.length() >= DuplicateParagraphDetector.MIN_CHARS && (seen.contains(f) || pairRepeated(blocks, pairsByLength, f))) {
                repeat[i] = true;
            }
            seen.add(f);
            if (i > 0) {
                pairsByLength.computeIfAbsent(blocks.get(i - 1).folded().length() + f.length(), x -> new java.util.ArrayList<>(2)).add(i - 1);
            }
        }
        // a copy of the end of an earlier block followed by a copy of the block after that one: the copy of
        // a paragraph's tail, starting inside a block ("洲地区…目" / "前撒哈拉…" printed again after "…非" /
        // "洲地区…目" / "前撒哈拉…")
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            at.putIfAbsent(blocks.get(i).folded(), i);
        }
        // a near copy: an earlier block again but for a character or two (a glyph misread in one copy)
        for (int i = 1; i < n; i++) {
            String f = blocks.get(i).folded();
            if (repeat[i] || f.length() < 2 * DuplicateParagraphDetector.MIN_CHARS) {
                continue;
            }
            for (int k = 0; k < i && !repeat[i]; k++) {
                String g = blocks.get(k).folded();
                repeat[i] = Math.abs(g.length() - f.length()) <= DuplicateParagraphDetector.MAX_EDITS && mayBeNear(f, g)
                        && DuplicateParagraphDetector.boundedDistance(g, f, DuplicateParagraphDetector.MAX_EDITS)
                        <= DuplicateParagraphDetector.MAX_EDITS;
            }
        }
        boolean[] heads = splitCopyHeads(blocks, repeat, at);
        for (int i = 0; i + 1 < n; i++) {
            if (heads[i]) {
                repeat[i] = true;
                repeat[i + 1] = true;
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            String f = blocks.get(i).folded();
            if (repeat[i] || !repeat[i + 1] || f.length() < DuplicateParagraphDetector.MIN_CHARS) {
                continue;
            }
            Integer k = at.get(blocks.get(i + 1).folded());
            if (k != null && k > 0 && k < i && blocks.get(k - 1).folded().endsWith(f)) {
                repeat[i] = true;
            }
        }
        return new Copies(repeat, heads);
    }

    /** Whether {@code f} is the folded text of two adjacent blocks seen before (a pair in {@code pairsByLength}). */
    private static boolean pairRepeated(List<Block> blocks, java.util.Map<Integer, List<Integer>> pairsByLength, String f) {
        List<Integer> starts = pairsByLength.get(f.length());
        if (starts == null) {
            return false;
        }
        for (int k : starts) {
            String a = blocks.get(k).folded();
            String b = blocks.get(k + 1).folded();
            if (f.startsWith(a) && f.startsWith(b, a.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first blocks of pairs that together print an earlier block again: a paragraph printed twice and
     * broken in two on its way ("…未來營運" / "可望突破…"). Both are copies; their own break is a join.
     */
    static boolean[] splitCopyHeads(List<Block> blocks, boolean[] repeat, java.util.Map<String, Integer> at) {
        int n = blocks.size();
        boolean[] heads = new boolean[n];
        java.util.Set<Integer> lengths = new java.util.HashSet<>(); // of the blocks: a pair is looked up only at one's length
        for (Block b : blocks) {
            lengths.add(b.folded().length());
        }
        for (int i = 0; i + 1 < n; i++) {
            String f = blocks.get(i).folded();
            String g = blocks.get(i + 1).folded();
            if (repeat[i] || repeat[i + 1] || f.isEmpty() || g.isEmpty()
                    || f.length() + g.length() < 2 * DuplicateParagraphDetector.MIN_CHARS || !lengths.contains(f.length() + g.length())) {
                continue;
            }
            Integer k = at.get(f + g);
            if (k != null && k < i) {
                heads[i] = true;
                i++;
            }
        }
        return heads;
    }

    /**
     * Evidence strong enough to join across a whole paragraph: the second half cannot start a sentence,
     * or a name or a word runs across the break, or the corpus has seen the two words side by side.
     */
    private static boolean farEvidence(String at, Block c) {
        if (startsWithCannotStart(c) || splitsName(at, c.string(), firstVisible(c.string())) || splitsNumber(at, c)) {
            return true;
        }
        String tail = hanRun(at, at.length() - 1, -1);
        String head = hanRun(c.string(), firstVisible(c.string()), 1);
        if (tail.isEmpty() || head.isEmpty()) {
            return false;
        }
        com.jiaodui.text.lm.LanguageModel lm = com.jiaodui.text.lm.LanguageModel.get();
        int ls = lm.lastWordStart(tail);
        return lm.straddleGain(tail, head) > 2 || !particle(lm, tail, ls)
                && lm.bigram(tail, ls, tail.length(), head, 0, lm.firstWordEnd(head)) > 0;
    }

    private static boolean startsWithDigit(Block c) {
        String s = c.string();
        int f = firstVisible(s);
        return f < s.length() && Chars.isAsciiDigit(s.charAt(f));
    }

    /** What follows a number as its unit ("5" / "月1日起", "2006年1" / "2月"). */
    private static final String NUMBER_UNITS = "年月日时分万亿元%％个名人家岁期届号版";

    /** Whether the break cuts a number and its unit: "早在2006年1" / "2月，……" (digits on both sides, a unit after them). */
    private static boolean splitsNumber(String at, Block c) {
        String s = c.string();
        int f = firstVisible(s);
        if (f >= s.length() || !Chars.isAsciiDigit(DetectorChars.lastSolid(at)) || !Chars.isAsciiDigit(s.charAt(f))) {
            return false;
        }
        int k = f;
        while (k < s.length() && Chars.isAsciiDigit(s.charAt(k))) {
            k++;
        }
        return k < s.length() && NUMBER_UNITS.indexOf(s.charAt(k)) >= 0;
    }

    /** How much likelier a word runs across the break than not ({@link com.jiaodui.text.lm.LanguageModel#straddleGain}; 0 without Han on both sides). */
    private static double straddleGain(String at, Block c) {
        String tail = hanRun(at, at.length() - 1, -1);
        String head = hanRun(c.string(), firstVisible(c.string()), 1);
        return tail.isEmpty() || head.isEmpty() ? 0 : com.jiaodui.text.lm.LanguageModel.get().straddleGain(tail, head);
    }

    private static boolean startsWithOpening(Block c) {
        String s = c.string();
        int f = firstVisible(s);
        return f < s.length() && ArticleSegmenter.LEAD.matcher(s).lookingAt();
    }

    /**
     * How well {@code c} continues the sentence that {@code at} leaves open: positive when it does. The
     * evidence: characters that cannot start or end a sentence; the roles of the two blocks (a sub-heading
     * is no broken sentence); and the language model ({@link com.jiaodui.text.lm.LanguageModel}): a word
     * running across the break, how often the last word of the first half is followed by the first word
     * of the second, how well that first word starts a sentence and the last word ends one.
     */
    static double score(String at, BlockClassifier.Role ra, Block c, BlockClassifier.Role rc) {
        double s = 0;
        char last = DetectorChars.lastSolid(at);
        if (startsWithCannotStart(c)) {
            s += 5;
        }
        if (Chars.cannotEnd(last) && last != '：' && last != ':' && last != '；' && last != ';' && last != '—') {
            s += 3;
        }
        if (last == '第') {
            s += 3; // an ordinal prefix ends no sentence and no title ("工作人员第" / "一时间了解情况")
        }
        if (last == '；' || last == ';') {
            s -= 2.5; // parallel clauses set as paragraphs of their own
        }
        if (at.endsWith("——") || at.endsWith("—")) {
            s -= 2.5; // a lead-in to a quotation set off as its own paragraph
        }
        if (unclosed(at)) {
            s += 2.5;
        }
        switch (ra) {
            case BODY -> s += visibleLength(at, 48) > 48 || at.indexOf('。') >= 0 ? 2.5 : BODY_PRIOR;
            case STANDFIRST, BOX -> s += 0;
            // a short block with clause commas may be a fragment of a paragraph as well as a sub-heading
            // (a title does not open a quotation it leaves open: that is a clause cut off, weighed above)
            default -> s -= !ra.isHeading() || unclosed(at) ? 0 : Chars.isProse(at) ? -COMMA_HEADING : 2;
        }
        String cs = visibleEnd(c.string());
        if (rc.isHeading() && !Chars.endsSentence(cs, cs.length())) {
            s -= 2;
        }
        String bs = c.string();
        int f = firstVisible(bs);
        if (ArticleSegmenter.opensWithDateline(bs)) {
            s -= 5; // an article's lead ("本报北京2月1日电（记者…）", "央视网消息（新闻联播）：") continues nothing
        }
        if (sourceNote(at)) {
            s -= 5; // a box closed by its sources ("…資料來源：衛福部、健保署") leaves no sentence open
        }
        if (ra.isHeading() && headlineSeparator(at)) {
            s -= 3; // a headline's two lines set apart ("熟悉面孔！　地震中心主任郭鎧紋提前退休")
        }
        if (f < bs.length() && (bs.charAt(f) == '“' || bs.charAt(f) == '「')) {
            s -= 1;
        }
        if (f < bs.length() && Chars.isAsciiDigit(last)
                && (Chars.isAsciiDigit(bs.charAt(f)) || NUMBER_UNITS.indexOf(bs.charAt(f)) >= 0)) {
            s += 4; // a number or its unit split from the number ("于5" / "月1日起")
        }
        if (splitsName(at, bs, f)) {
            s += 4;
        }
        s += languageScore(at, bs, f);
        return s;
    }

    /** The sources under a box or chart, its last clause: "资料来源：国家统计局", "資料來源：《蘋果》採訪整理". */
    private static final java.util.regex.Pattern SOURCE_NOTE = java.util.regex.Pattern.compile(
            "(资料来源|資料來源|数据来源|數據來源)[：:][^，。！？；]{1,40}$");

    /** Whether the text ends with {@link #SOURCE_NOTE}; the pattern runs only over its last 50 characters (score runs often). */
    private static boolean sourceNote(String at) {
        int from = Math.max(0, at.length() - 50);
        int k = at.indexOf("源", from);
        return k >= 0 && SOURCE_NOTE.matcher(at).region(Math.max(0, k - 3), at.length()).find();
    }

    /**
     * Whether a title sets its main line and second line apart inside it: an ideographic space between two
     * characters ("康熙金馬合體　笑翻全場"), or a space after an exclamation or question mark ("落幕！ 血觀音").
     */
    static boolean headlineSeparator(String at) {
        String t = at.strip();
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u3000' && !Chars.isSpace(t.charAt(i - 1)) && !Chars.isSpace(t.charAt(i + 1))
                    || c == ' ' && (t.charAt(i - 1) == '！' || t.charAt(i - 1) == '？')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hundred most common surnames (simplified and traditional forms): the dictionaries know few names,
     * so a name cut after its surname ("……高待遇。”刘" / "刚认为，……") is read from its shape instead.
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂鍾譚陸賈韋鄒邱閆賀顧龔錢嚴湯";
    private static final java.util.regex.Pattern NAME_REST = java.util.regex.Pattern.compile(
            "^\\p{IsHan}{1,2}(认为|說|说|表示|介绍|介紹|指出|告诉|告訴|坦言|强调|強調|透露|解释|解釋|回忆|回憶|笑着说|直言)");

    /** Whether the break cuts a person's name after its surname: the first half's last clause is that one character. */
    private static boolean splitsName(String at, String bs, int f) {
        int k = at.length() - 1;
        while (k >= 0 && Chars.isSpace(at.charAt(k))) {
            k--;
        }
        if (k < 0 || SURNAMES.indexOf(at.charAt(k)) < 0) {
            return false;
        }
        int p = k - 1;
        while (p >= 0 && Chars.isSpace(at.charAt(p))) {
            p--;
        }
        return (p < 0 || !Chars.isHan(at.charAt(p)) && !Chars.isAsciiLetter(at.charAt(p)) && !Chars.isAsciiDigit(at.charAt(p)))
                && f < bs.length() && NAME_REST.matcher(bs).region(f, bs.length()).lookingAt();
    }

    private static double languageScore(String at, String bs, int f) {
        String tail = hanRun(at, at.length() - 1, -1);
        String head = hanRun(bs, f, 1);
        if (tail.isEmpty() || head.isEmpty()) {
            return 0;
        }
        com.jiaodui.text.lm.LanguageModel lm = com.jiaodui.text.lm.LanguageModel.get();
        double s = 0;
        int ls = lm.lastWordStart(tail);
        com.jiaodui.text.lm.LanguageModel.Pos lp = lm.pos(tail, ls, tail.length());
        if (lp == com.jiaodui.text.lm.LanguageModel.Pos.PREPOSITION || lp == com.jiaodui.text.lm.LanguageModel.Pos.CONJUNCTION
                || lp == com.jiaodui.text.lm.LanguageModel.Pos.NUMERAL || lp == com.jiaodui.text.lm.LanguageModel.Pos.MEASURE
                || tail.endsWith("的")) {
            s += 2; // a preposition, conjunction, number or measure word does not end a sentence
        }
        double g = lm.straddleGain(tail, head);
        if (g > 0.5) {
            s += Math.min(g, 8) * 0.8;
        }
        int as = ls; // the same last word
        int be = lm.firstWordEnd(head);
        int bi = particle(lm, tail, as) ? 0 : lm.bigram(tail, as, tail.length(), head, 0, be);
        s += Math.min(3, Math.log1p(bi));
        double start = lm.sentenceStartLogOdds(head, 0, be);
        double end = lm.endLogOdds(tail, as, tail.length());
        // an unseen word is no evidence either way. The centres are the midpoints of the log odds measured
        // on published text: first words of sentences -2.3 vs. words after a word boundary inside one -4.2;
        // last words of sentences -0.8 vs. words before a boundary inside one -2.7
        s += Double.isNaN(start) ? 0 : clamp(-(start + START_CENTRE), -3, 3);
        s += Double.isNaN(end) ? 0 : clamp(-(end + END_CENTRE), -3, 3);
        return s;
    }

    /**
     * Whether the last word is a particle (的, 了, 地): the sentence goes on, but which block it goes on in is
     * not told by the words seen after it ("的" / "也" is counted from "……的，也……").
     */
    private static boolean particle(com.jiaodui.text.lm.LanguageModel lm, String tail, int ls) {
        return lm.pos(tail, ls, tail.length()) == com.jiaodui.text.lm.LanguageModel.Pos.PARTICLE;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Up to {@value com.jiaodui.text.lm.LanguageModel#MAX_WORD} + 2 Han characters from {@code from} (dir -1: backwards), simplified. */
    private static String hanRun(String s, int from, int dir) {
        StringBuilder b = new StringBuilder(8);
        for (int k = from; k >= 0 && k < s.length() && b.length() < 6; k += dir) {
            char ch = s.charAt(k);
            if (Chars.isSpace(ch) || Chars.isGarbage(ch)) {
                continue;
            }
            if (!Chars.isHan(ch)) {
                break;
            }
            b.append(ch);
        }
        if (dir < 0) {
            b.reverse();
        }
        return simplified(b.toString());
    }

    /** Whether the last clause opens a bracket or quotation it does not close. */
    private static boolean unclosed(String at) {
        int depth = 0;
        for (int k = at.length() - 1; k >= 0 && at.length() - k <= 60; k--) {
            char ch = at.charAt(k);
            if (ch == '。' || ch == '！' || ch == '？') {
                break;
            }
            if (ch == '）' || ch == ')' || ch == '”' || ch == '》' || ch == '」') {
                depth++;
            } else if (ch == '（' || ch == '(' || ch == '“' || ch == '《' || ch == '「') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** A photo credit ("新华社发 王鹏 作", "记者田青叶 摄") ends a caption without punctuation. */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(".*(摄|供图|制图|文/图|文／图|发\\p{IsHan}{2,4}作)$");

    /** A telephone number or web address ends a notice without punctuation. */
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(\\d{3,}[-－]\\d{3,}|(https?://|www\\.)[\\w./:?&=%#~+-]+)$"); // ASCII address characters only (\S+ took the Chinese text after a link)

    private static boolean endsWithCredit(String s) {
        // judged without spaces, so that removing a spurious space never changes the verdict
        String f = Chars.fold(s.length() > 24 ? s.substring(s.length() - 24) : s);
        // the pattern ends in 摄, 图 or 作: anything else is not read by it (most paragraph ends)
        char last = f.isEmpty() ? 0 : f.charAt(f.length() - 1);
        return (last == '摄' || last == '图' || last == '作') && CREDIT.matcher(f).matches();
    }

    private static Flag simple(String at, Block b, Block a) {
        String sep = Chars.isAsciiLetter(DetectorChars.lastSolid(at)) && Chars.isAsciiLetter(b.string().charAt(0)) ? " " : "";
        return new Flag(FlagKind.BROKEN_JOIN, a.end(), b.textStart(),
                Msg.of("flag.broken-join", tail(at), head(b.string())),
                sep, Severity.WARNING);
    }

    private static Flag interposed(String at, Block a, List<Block> between, Block c) {
        StringBuilder repl = new StringBuilder(c.string());
        StringBuilder names = new StringBuilder();
        for (Block h : between) {
            repl.append("\n\n").append(h.isHeading() ? "#".repeat(h.level()) + " " : "").append(h.string());
            names.append(names.length() > 0 ? " / " : "").append(h.string());
        }
        return new Flag(FlagKind.BROKEN_JOIN, a.end(), c.end(),
                Msg.of("flag.broken-join.interposed", names.toString(), tail(at), head(c.string())),
                repl.toString(), Severity.WARNING);
    }

    /** Whether b, directly after a paragraph that does not close its sentence, continues that sentence. */
    static boolean isContinuation(Block b) {
        if (b.isHeading()) {
            return false; // a Markdown heading is never the second half of a sentence
        }
        if (startsWithCannotStart(b)) {
            return true;
        }
        if (!isBodyText(b.string()) || ArticleSegmenter.LEAD.matcher(b.string()).lookingAt()) {
            return false; // a lead (本报讯（记者 …）) opens a new article
        }
        if (INFO_FIELD.matcher(b.string()).lookingAt()) {
            return false; // a field of a profile or fact box (婚姻：…, 學歷：…, 資料來源：…) opens a line of its own
        }
        String bs = b.string();
        int f = firstVisible(bs); // garbled glyphs before the text are deleted by clean: judge the first real character
        if (f >= bs.length()) {
            return false;
        }
        char first = bs.charAt(f);
        return Chars.isHan(first) || Chars.isAsciiDigit(first) || Chars.isOpening(first) || Chars.isLatinWordChar(first);
    }

    private static boolean strongEvidence(String at, Block c) {
        char last = DetectorChars.lastSolid(at);
        return startsWithCannotStart(c) || Chars.cannotEnd(last) && last != '：' && last != ':'
                || wordStraddles(at, c.string());
    }

    /** The label of a field in a profile, fact or travel box: no sentence continues into it. */
    static final java.util.regex.Pattern INFO_FIELD = java.util.regex.Pattern.compile(
            "^[\\s\u3000]*(学历|學歷|经历|經歷|专长|專長|婚姻|资料来源|資料來源|现职|現職|年龄|年齡|籍贯|籍貫|出生|签证|簽證"
            + "|电话|電話|地址|门票|門票|票价|票價|营业时间|營業時間)[：:]");

    static boolean startsWithCannotStart(Block b) {
        String s = b.string();
        int f = firstVisible(s);
        return f < s.length() && Chars.cannotStart(s.charAt(f)) && s.charAt(f) != '—' && s.charAt(f) != '…';
    }

    /** Index of the first character that clean keeps: garbled glyphs and spaces are skipped. */
    static int firstVisible(String s) {
        int f = 0;
        while (f < s.length() && (GarbledCharDetector.isGarbled(s, f) || Chars.isSpace(s.charAt(f)))) {
            f++;
        }
        return f;
    }

    /** Prose long enough to be body text, not a headline, byline, caption or list label. */
    static boolean isBodyText(String s) {
        return visibleLength(s, 4) >= 4 && Chars.isProse(s);
    }

    /** Length without spaces and garbled glyphs (which clean removes), counted up to {@code cap + 1}. */
    static int visibleLength(String s, int cap) {
        int n = 0;
        for (int i = 0; i < s.length() && n <= cap; i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c) && !Chars.isGarbage(c)) {
                n++;
            }
        }
        return n;
    }

    /** A short non-prose block that may stand between the halves of a broken sentence. */
    private static boolean isInterposable(Block b) {
        String s = b.string();
        return visibleLength(s, 40) <= 40 && !Chars.isProse(s);
    }

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.CHINESE));

    /** Whether the dictionary segmenter puts a word across the join of the two halves. */
    static boolean wordStraddles(String left, String right) {
        int l = Math.min(4, left.length());
        int r = Math.min(4, right.length());
        // judged on simplified characters: fixing a traditional leak must not change the verdict
        String tail = simplified(left.substring(left.length() - l));
        String headText = simplified(right.substring(0, r));
        if (!Chars.isHan(tail.charAt(tail.length() - 1)) || !Chars.isHan(headText.charAt(0))) {
            return false;
        }
        BreakIterator bi = WORDS.get();
        bi.setText(tail + headText);
        return !bi.isBoundary(l);
    }

    /** The text without the spaces and garbled glyphs at its end, which clean removes. */
    static String visibleEnd(String s) {
        int e = s.length();
        while (e > 0 && (Chars.isSpace(s.charAt(e - 1)) || Chars.isGarbage(s.charAt(e - 1)))) {
            e--;
        }
        return e == s.length() ? s : s.substring(0, e);
    }

    private static String simplified(String s) {
        TraditionalTable table = TraditionalTable.get();
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (table.isTraditional(c[i])) {
                c[i] = table.simplify(s, i);
            }
        }
        return new String(c);
    }


    static String tail(String s) {
        return s.length() <= 12 ? s : "…" + s.substring(s.length() - 12);
    }

    static String head(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12) + "…";
    }
}
