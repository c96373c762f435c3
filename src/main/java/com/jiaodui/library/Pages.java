package com.jiaodui.library;

import com.jiaodui.store.VersionInfo;
import java.util.List;

/** The page model over a page's stored versions: which is its raw side, which gives it its articles. */
public final class Pages {
    private Pages() {}

    /** The raw source of a page: its newest raw version; without one, its first version. */
    public static VersionInfo rawSide(List<VersionInfo> versions) {
        VersionInfo best = null;
        for (VersionInfo v : versions) {
            if (Role.fromId(v.role()) == Role.RAW && (best == null || v.number() > best.number())) {
                best = v;
            }
        }
        return best != null ? best : versions.get(0);
    }
}
