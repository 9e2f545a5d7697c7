package org.preau.segec;

import org.preau.base.Texts;
import org.preau.staff.StaffRules;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the extranet enforces, checked before every send (PEERS.md). What concerns one
 * person holds back that person only, with the reason: no or a malformed private e-mail, no
 * birth date, two members with the same name, first name and birth date, no signed consent.
 * No director or two directors is a warning with the names: the others are still sent once the
 * director confirms; the directors concerned wait until the tick boxes are corrected. A member
 * who no longer qualifies is sent {@code active: false} and never held back.
 */
final class Preflight {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Preflight() {
    }

    static PreflightReport check(List<SegecMember> members) {
        List<PreflightIssue> issues = new ArrayList<>();
        List<SegecMember> active = members.stream().filter(m -> m.standing().active()).toList();
        for (SegecMember m : active) {
            String who = m.person().displayName();
            String email = m.person().emailPerso();
            if (email == null || email.isBlank()) {
                issues.add(PreflightIssue.heldBack(m.id(), who, Texts.get("segec.preflight.noEmail", who)));
            } else if (StaffRules.email("emailPerso", email).isPresent()) {
                issues.add(PreflightIssue.heldBack(m.id(), who, Texts.get("segec.preflight.badEmail", who, email)));
            }
            if (m.consent().isEmpty()) {
                issues.add(PreflightIssue.heldBack(m.id(), who, Texts.get("segec.preflight.noConsent", who)));
            }
            if (m.person().dateNaissance() == null) {
                issues.add(PreflightIssue.heldBack(m.id(), who, Texts.get("segec.preflight.noBirthDate", who)));
            }
        }
        Map<String, List<SegecMember>> byIdentity = new LinkedHashMap<>();
        for (SegecMember m : active) {
            if (m.person().dateNaissance() == null) continue;
            String key = norm(m.person().nomUsage()) + "|" + norm(m.person().prenom()) + "|" + m.person().dateNaissance();
            byIdentity.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        for (List<SegecMember> same : byIdentity.values()) {
            if (same.size() < 2) continue;
            for (SegecMember m : same) {
                issues.add(PreflightIssue.heldBack(m.id(), m.person().displayName(), Texts.get("segec.preflight.sameIdentity",
                        m.person().displayName(), DATE.format(m.person().dateNaissance()), same.size())));
            }
        }
        List<SegecMember> directors = active.stream().filter(m -> m.standing() == SegecMember.Standing.DIRECTOR).toList();
        List<SegecMember> away = members.stream().filter(m -> m.standing() == SegecMember.Standing.ON_MISSION).toList();
        if (directors.isEmpty()) {
            issues.add(PreflightIssue.directors(away.isEmpty() ? Texts.get("segec.preflight.noDirector")
                    : Texts.get("segec.preflight.noActingDirector", names(away))));
        } else if (directors.size() > 1) {
            issues.add(PreflightIssue.directors(Texts.get("segec.preflight.twoDirectors", names(directors))));
            for (SegecMember d : directors) {
                issues.add(PreflightIssue.heldBack(d.id(), d.person().displayName(),
                        Texts.get("segec.preflight.directorHeldBack", d.person().displayName())));
            }
        }
        return new PreflightReport(members, issues);
    }

    private static String names(List<SegecMember> members) {
        return String.join(", ", members.stream().map(m -> m.person().displayName()).toList());
    }

    private static String norm(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s.strip().toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
