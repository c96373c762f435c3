package com.jiaodui.library;

import com.jiaodui.compare.Corrections;
import com.jiaodui.store.Library;
import com.jiaodui.store.LearntCorrection;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Detector;
import com.jiaodui.text.Flag;
import com.jiaodui.text.LearnedFix;
import com.jiaodui.text.LearnedFixDetector;
import com.jiaodui.text.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's learnt corrections as one {@code learned-fix} detector of the one analyzer: it holds a
 * {@link LearnedFixDetector} over the enabled corrections of the library and is reloaded when they change
 * (a revision saved, a correction removed or disabled), so the analyzer built once sees them all.
 * Also the recording half: the corrections between two saves of an article ({@link Corrections#extract}).
 */
public final class LearntFixes implements Detector {
    private volatile LearnedFixDetector current = new LearnedFixDetector(List.of());

    /** Loads the enabled corrections of {@code lib} (replacing what was loaded before). */
    public LearntFixes reload(Library lib) {
        current = new LearnedFixDetector(fixes(lib.learntCorrections(true)));
        return this;
    }

    /** The corrections as the engine takes them. */
    public static List<LearnedFix> fixes(List<LearntCorrection> stored) {
        List<LearnedFix> out = new ArrayList<>(stored.size());
        for (LearntCorrection c : stored) {
            out.add(new LearnedFix(c.from(), c.to(), c.left(), c.right(), c.author(),
                    c.createdAt() == null ? "" : c.createdAt().toString().substring(0, 10)));
        }
        return out;
    }

    /** The replacements made from {@code before} to {@code after}, as the store records them. */
    public static List<Library.NewCorrection> between(String before, String after) {
        List<Library.NewCorrection> out = new ArrayList<>();
        for (LearnedFix f : Corrections.extract(before, after, "", "")) {
            out.add(new Library.NewCorrection(f.from(), f.to(), f.left(), f.right()));
        }
        return out;
    }

    /** Records in {@code lib} the corrections {@code author} made to an article from {@code before} to {@code after}. */
    public static int record(Library lib, long articleId, String before, String after, String author) {
        List<Library.NewCorrection> found = between(before, after);
        lib.recordCorrections(found, author, articleId);
        return found.size();
    }

    /** {@code base}'s detectors followed by this one (base itself when it already has it). */
    public Analyzer addTo(Analyzer base) {
        List<Detector> ds = base.detectors();
        if (ds.contains(this)) {
            return base;
        }
        List<Detector> all = new ArrayList<>(ds);
        all.add(this);
        return new Analyzer(all);
    }

    @Override
    public boolean infoOnly() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        current.detect(page, out);
    }
}
