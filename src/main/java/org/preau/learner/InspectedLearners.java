package org.preau.learner;

import org.preau.base.SchoolYearLabel;
import org.preau.establishment.EtablissementClock;
import org.preau.security.CurrentUser;
import org.preau.security.PreauPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many active learners each diploma granted to the signed-in inspector has, in every
 * establishment they serve (their home page). A diploma counts the learners of its own code and
 * of the MEFs attached to it, as the learner services' grant check does; the year is each
 * establishment's latest with enrolments, up to the one today falls in.
 */
@Service
public class InspectedLearners {

    /** The learners of one granted diploma in one establishment. */
    public record DiplomaCount(long establishmentId, String diplomaCode, long learners) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ObjectProvider<LearnerReadGrants> grants;
    private final EtablissementClock clock;

    InspectedLearners(JdbcTemplate jdbc, CurrentUser currentUser, ObjectProvider<LearnerReadGrants> grants, EtablissementClock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.grants = grants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSPECTOR')")
    public List<DiplomaCount> perGrantedDiploma() {
        PreauPrincipal me = currentUser.require();
        LearnerReadGrants readGrants = grants.getIfAvailable();
        if (readGrants == null) return List.of();
        Map<Long, Set<String>> granted = new HashMap<>();
        for (long establishmentId : me.establishmentIds()) {
            Set<String> codes = readGrants.grantedDiplomas(establishmentId, me.username());
            if (!codes.isEmpty()) granted.put(establishmentId, codes);
        }
        if (granted.isEmpty()) return List.of();
        String in = String.join(", ", Collections.nCopies(granted.size(), "?"));
        List<Object> args = new ArrayList<>(granted.keySet());
        args.add(SchoolYearLabel.startYear(clock.today()));
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("""
                        select e.establishment_id, e.code_mef, m.mef_rattachement, count(*)
                        from enrolment e
                        join (select establishment_id, max(start_year) start_year from enrolment
                              where establishment_id in (%s) and start_year <= ? group by establishment_id) y
                          on y.establishment_id = e.establishment_id and y.start_year = e.start_year
                        left join mef m on m.establishment_id = e.establishment_id and m.code_mef = e.code_mef
                        where e.active and e.code_mef is not null
                        group by e.establishment_id, e.code_mef, m.mef_rattachement""".formatted(in),
                rs -> {
                    long establishmentId = rs.getLong(1);
                    Set<String> codes = granted.get(establishmentId);
                    String mef = rs.getString(2);
                    String attachedTo = rs.getString(3);
                    String diploma = codes.contains(mef) ? mef : attachedTo != null && codes.contains(attachedTo) ? attachedTo : null;
                    if (diploma != null) counts.merge(establishmentId + "|" + diploma, rs.getLong(4), Long::sum);
                },
                args.toArray());
        List<DiplomaCount> result = new ArrayList<>();
        granted.forEach((establishmentId, codes) -> codes.forEach(code ->
                result.add(new DiplomaCount(establishmentId, code, counts.getOrDefault(establishmentId + "|" + code, 0L)))));
        return result;
    }
}
