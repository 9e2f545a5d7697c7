package org.preau.segec;

import org.preau.base.Texts;
import org.preau.staff.StaffRules;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the extranet enforces, checked before every send (PEERS.md): e-mail present and
 * well-formed, no two members with the same identity, exactly one director, an old director
 * beside a new one (a warning), and a recorded consent.
 */
final class Preflight {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Preflight() {
    }

    static PreflightReport check(List<SegecMember> members) {
        List<PreflightIssue> issues = new ArrayList<>();
        for (SegecMember m : members) {
            String who = m.person().displayName();
            String email = m.person().emailPerso();
            if (email == null || email.isBlank()) {
                issues.add(new PreflightIssue(m.id(), who, true, Texts.get("segec.preflight.noEmail", who)));
            } else if (StaffRules.email("emailPerso", email).isPresent()) {
                issues.add(new PreflightIssue(m.id(), who, true, Texts.get("segec.preflight.badEmail", who, email)));
            }
            if (m.consent().isEmpty()) {
                issues.add(new PreflightIssue(m.id(), who, true, Texts.get("segec.preflight.noConsent", who)));
            }
            if (m.person().dateNaissance() == null) {
                issues.add(new PreflightIssue(m.id(), who, true, Texts.get("segec.preflight.noBirthDate", who)));
            }
        }
        Map<String, List<SegecMember>> byIdentity = new LinkedHashMap<>();
        for (SegecMember m : members) {
            if (m.person().dateNaissance() == null) continue;
            String key = norm(m.person().nomUsage()) + "|" + norm(m.person().prenom()) + "|" + m.person().dateNaissance();
            byIdentity.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        for (List<SegecMember> same : byIdentity.values()) {
            if (same.size() < 2) continue;
            for (SegecMember m : same) {
                issues.add(new PreflightIssue(m.id(), m.person().displayName(), true, Texts.get("segec.preflight.sameIdentity",
                        m.person().displayName(), DATE.format(m.person().dateNaissance()), same.size())));
            }
        }
        List<SegecMember> directors = members.stream().filter(m -> m.role() == SegecMember.Role.DIRECTOR).toList();
        List<SegecMember> staying = directors.stream().filter(m -> m.person().exitDate() == null).toList();
        if (staying.isEmpty()) {
            issues.add(new PreflightIssue(null, null, true, Texts.get("segec.preflight.noDirector")));
        } else if (staying.size() > 1) {
            issues.add(new PreflightIssue(null, null, true, Texts.get("segec.preflight.twoDirectors",
                    String.join(", ", staying.stream().map(m -> m.person().displayName()).toList()))));
        } else {
            for (SegecMember old : directors) {
                if (old.person().exitDate() != null && !old.leaving()) {
                    issues.add(new PreflightIssue(old.id(), old.person().displayName(), false, Texts.get("segec.preflight.oldDirector",
                            old.person().displayName(), staying.getFirst().person().displayName())));
                }
            }
        }
        return new PreflightReport(members, issues);
    }

    private static String norm(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
