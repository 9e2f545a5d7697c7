package org.preau.pupil;

import org.preau.base.LeaverScrub;
import org.preau.base.PersonTraces;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pupil module's part of the retention scrub: the NISS, the school's number, birth place and
 * nationality of a Belgian pupil who left long ago are cleared; the pupil's school years
 * (implantation, level, why they left, CEB) stay, as Miroir's indicators count them.
 */
@Component
class PupilRetention implements LeaverScrub {

    private final JdbcTemplate jdbc;

    PupilRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrub(long establishmentId, Collection<PersonTraces> people) {
        int rows = 0;
        for (PersonTraces p : people) {
            rows += jdbc.update("""
                    update pupil set niss = null, school_number = null, birth_place = null, nationality = null
                    where establishment_id = ? and learner_id = ?""", establishmentId, p.id());
        }
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (rows > 0) changed.put("pupil", rows);
        return changed;
    }
}
