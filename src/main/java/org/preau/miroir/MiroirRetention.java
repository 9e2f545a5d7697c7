package org.preau.miroir;

import org.preau.base.TableTextScrub;
import org.preau.base.PersonTraces;
import org.preau.base.TextScrub;
import org.preau.base.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Miroir module's part of the retention scrub: miroir_pupil holds no name (level, implantation,
 * CEB: what the indicators count) and stays; the collection point's messages about a scrubbed
 * pupil lose the pupil's name.
 */
@Component
class MiroirRetention extends TableTextScrub {

    private final JdbcTemplate jdbc;

    MiroirRetention(JdbcTemplate jdbc) {
        super(jdbc, "miroir_submission", List.of("messages"), "establishment_id = ?");
        this.jdbc = jdbc;
    }

    /**
     * A scrubbed teacher's capital-périodes lines keep their periods, level, implantation and the
     * staff id (the indicators count them); the teacher's name is replaced. Lines whose name was
     * never matched to a staff record are erased by the name itself.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Integer> scrubStaff(long establishmentId, Collection<PersonTraces> staff) {
        String erased = Texts.get("privacy.erased");
        Set<Long> lines = new HashSet<>();
        for (PersonTraces p : staff) {
            lines.addAll(jdbc.queryForList("select id from miroir_capital_line where establishment_id = ? and staff_id = ?", Long.class,
                    establishmentId, p.id()));
            jdbc.update("update miroir_capital_line set teacher_name = ? where establishment_id = ? and staff_id = ? and teacher_name is not null",
                    erased, establishmentId, p.id());
        }
        int unmatched = TextScrub.erase(jdbc, "miroir_capital_line", "id", List.of("teacher_name"), "establishment_id = ?", establishmentId,
                staff);
        Map<String, Integer> changed = new LinkedHashMap<>();
        if (!lines.isEmpty() || unmatched > 0) changed.put("miroir_capital_line", lines.size() + unmatched);
        changed.putAll(scrub(establishmentId, staff));
        return changed;
    }
}
