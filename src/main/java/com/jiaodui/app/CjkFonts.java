package com.jiaodui.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/** Picks an installed font family that has Chinese glyphs, so Chinese never shows as boxes. */
public final class CjkFonts {
    public static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB",
            "Heiti SC", "SimHei", "SimSun", "NSimSun", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN",
            "AR PL UKai CN", "Droid Sans Fallback", "Noto Sans CJK TC", "Noto Sans CJK JP");

    /** The installed fonts are listed in the background at most once per process (every window asks). */
    private static final java.util.concurrent.atomic.AtomicBoolean CHECKED = new java.util.concurrent.atomic.AtomicBoolean();

    private CjkFonts() {}

    /**
     * The family remembered in the settings (listing the installed fonts is slow: it is done once, then again in the
     * background only to check the remembered one is still there), else {@link #pick()}.
     */
    public static String pick(com.jiaodui.app.Settings settings, com.jiaodui.app.task.TaskRunner tasks) {
        String known = settings.get("ui.font", "");
        if (!known.isEmpty()) {
            if (CHECKED.getAndSet(true)) {
                return known;
            }
            tasks.run(() -> {
                String now = pick();
                if (now != null && !now.equals(known)) {
                    settings.put("ui.font", now);
                }
                return now;
            }, e -> { });
            return known;
        }
        String f = pick();
        if (f != null) {
            settings.put("ui.font", f);
        }
        return f;
    }

    /** The first preferred family that is installed, else one whose name suggests CJK, else null. */
    public static String pick() {
        return pick(Font.getFamilies());
    }

    static String pick(List<String> installed) {
        Set<String> have = new HashSet<>(installed);
        for (String f : PREFERRED) {
            if (have.contains(f)) {
                return f;
            }
        }
        for (String f : installed) {
            String l = f.toLowerCase(java.util.Locale.ROOT);
            if (l.contains("cjk") || l.contains("hei") || l.contains("song") || l.contains("wenquanyi")
                    || l.contains("han sans") || l.contains("kai")) {
                return f;
            }
        }
        return null;
    }
}
