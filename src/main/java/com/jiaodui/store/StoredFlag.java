package com.jiaodui.store;

import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Severity;

/** A flag the analysis found in a page version, as stored; {@code start}/{@code end} index the version's raw text. */
public record StoredFlag(long id, long versionId, String kind, int start, int end, String message,
                         String replacement, String severity) {

    /** Back to the engine's type (the kind and severity must be ones this release knows). */
    public Flag toFlag() {
        return new Flag(FlagKind.fromId(kind), start, end, message, replacement, Severity.valueOf(severity));
    }
}
