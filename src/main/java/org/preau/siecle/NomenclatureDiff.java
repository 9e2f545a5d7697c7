package org.preau.siecle;

import org.preau.base.Texts;
import org.preau.learner.MefView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** New, changed and absent MEFs; absent ones are kept, as older enrolments name them. */
final class NomenclatureDiff {

    record Plan(List<MefView> writes, Map<String, Integer> counts, List<PreviewLine> added, List<PreviewLine> absent,
                List<PreviewLine> changed) {
    }

    private NomenclatureDiff() {
    }

    static Plan plan(List<MefView> inFile, Map<String, MefView> known) {
        List<MefView> writes = new ArrayList<>();
        List<PreviewLine> added = new ArrayList<>();
        List<PreviewLine> changed = new ArrayList<>();
        List<PreviewLine> absent = new ArrayList<>();
        for (MefView mef : inFile) {
            MefView before = known.get(mef.codeMef());
            if (before == null) {
                writes.add(mef);
                added.add(new PreviewLine(mef.codeMef(), mef.label(), null, mef.formation()));
            } else if (!before.equals(mef)) {
                writes.add(mef);
                List<String> what = new ArrayList<>();
                if (!Objects.equals(before.label(), mef.label())) what.add(Texts.get("siecle.preview.change.label", before.label(), mef.label()));
                if (!Objects.equals(before.formation(), mef.formation())) what.add(Texts.get("siecle.preview.change.formation", dash(before.formation()), dash(mef.formation())));
                if (!Objects.equals(before.mefRattachement(), mef.mefRattachement())) what.add(Texts.get("siecle.preview.change.rattachement", dash(before.mefRattachement()), dash(mef.mefRattachement())));
                if (what.isEmpty()) what.add(Texts.get("siecle.preview.change.other"));
                changed.add(new PreviewLine(mef.codeMef(), mef.label(), null, String.join(" ; ", what)));
            }
        }
        Set<String> codes = inFile.stream().map(MefView::codeMef).collect(Collectors.toSet());
        for (MefView mef : known.values()) {
            if (!codes.contains(mef.codeMef())) absent.add(new PreviewLine(mef.codeMef(), mef.label(), null, Texts.get("siecle.preview.mefKept")));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("mefs_in_file", inFile.size());
        counts.put("mefs_added", added.size());
        counts.put("mefs_changed", changed.size());
        counts.put("mefs_unchanged", inFile.size() - added.size() - changed.size());
        counts.put("mefs_absent_kept", absent.size());
        counts.put("written", writes.size());
        return new Plan(writes, counts, added, absent, changed);
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
