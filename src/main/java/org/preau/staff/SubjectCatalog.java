package org.preau.staff;

import org.preau.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subjects of the establishment's SIECLE nomenclature (the Nomenclature import writes them):
 * staff services name a subject by its code, and screens show its name with the code beside.
 * It lives with the staff because both the staff and the learner features read it.
 */
@Service
public class SubjectCatalog {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubjectCatalog(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every subject of the current establishment, by code, in code order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, NomenclatureSubject> all() {
        Map<String, NomenclatureSubject> map = new LinkedHashMap<>();
        jdbc.query("""
                        select code, code_gestion, libelle_court, libelle_long, libelle_edition
                        from nomenclature_subject where establishment_id = ? order by code""",
                rs -> {
                    map.put(rs.getString(1), new NomenclatureSubject(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }, currentUser.establishmentId());
        return map;
    }

    /** Inserts new subjects and updates known ones; subjects absent from the file are kept (older services name them). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR', 'IMPORT_API')")
    public void save(List<NomenclatureSubject> subjects) {
        long establishmentId = currentUser.establishmentId();
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < subjects.size(); from += CHUNK) {
            List<NomenclatureSubject> chunk = subjects.subList(from, Math.min(subjects.size(), from + CHUNK));
            jdbc.batchUpdate("""
                    insert into nomenclature_subject (establishment_id, code, code_gestion, libelle_court, libelle_long, libelle_edition, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on duplicate key update code_gestion = values(code_gestion), libelle_court = values(libelle_court),
                      libelle_long = values(libelle_long), libelle_edition = values(libelle_edition), updated_at = values(updated_at)""",
                    chunk, chunk.size(), (ps, s) -> {
                        ps.setLong(1, establishmentId);
                        ps.setString(2, s.code());
                        ps.setString(3, s.codeGestion());
                        ps.setString(4, s.libelleCourt());
                        ps.setString(5, s.libelleLong());
                        ps.setString(6, s.libelleEdition());
                        ps.setTimestamp(7, now);
                    });
        }
    }
}
