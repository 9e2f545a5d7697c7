package org.preau.learner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code mef} table: one row per establishment and MEF code. */
@Repository
class MefStore {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    MefStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, MefView> all(long establishmentId) {
        Map<String, MefView> map = new LinkedHashMap<>();
        jdbc.query("""
                        select code_mef, formation, libelle_long, libelle_edition, mef_rattachement, code_mefstat
                        from mef where establishment_id = ? order by code_mef""",
                rs -> {
                    map.put(rs.getString(1), new MefView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }, establishmentId);
        return map;
    }

    /** Inserts or updates, several rows per statement. */
    void upsert(long establishmentId, List<MefView> mefs, Instant now) {
        for (int from = 0; from < mefs.size(); from += CHUNK) {
            List<MefView> chunk = mefs.subList(from, Math.min(mefs.size(), from + CHUNK));
            String sql = "insert into mef (establishment_id, code_mef, formation, libelle_long, libelle_edition, mef_rattachement, code_mefstat, updated_at) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"))
                    + " on duplicate key update formation = values(formation), libelle_long = values(libelle_long),"
                    + " libelle_edition = values(libelle_edition), mef_rattachement = values(mef_rattachement),"
                    + " code_mefstat = values(code_mefstat), updated_at = values(updated_at)";
            List<Object> args = new ArrayList<>(chunk.size() * 8);
            for (MefView m : chunk) {
                args.addAll(java.util.Arrays.asList(establishmentId, m.codeMef(), m.formation(), m.libelleLong(), m.libelleEdition(),
                        m.mefRattachement(), m.codeMefstat(), Timestamp.from(now)));
            }
            jdbc.update(sql, args.toArray());
        }
    }
}
