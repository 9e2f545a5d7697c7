package org.preau.segec;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The demo école's SeGEC state, reset by each test: no consents, no accounts, no transfer consent, nothing in the sandbox. */
public final class SegecFixtures {

    static final String DIRECTEUR_BE = "directeur.be";
    static final String ENSEIGNANT_BE = "enseignant.be";

    private SegecFixtures() {
    }

    public static long ecole(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select id from establishment where fase = '5432'", Long.class);
    }

    /** Sends left waiting by a test must not reach the next test's peer. */
    static void failWaitingSends(JdbcTemplate jdbc) {
        jdbc.update("update peer_delivery set status = 'FAILED' where establishment_id = ? and status in ('PENDING', 'SENDING')",
                ecole(jdbc));
    }

    public static void reset(JdbcTemplate jdbc) {
        long ecole = ecole(jdbc);
        // Another test may have switched the école to a new school year (without carrying the
        // functions over): the demo teachers and director keep their functions in every year in progress.
        jdbc.update("insert ignore into staff_function (establishment_id, staff_member_id, school_year_id, code, source) "
                + "select distinct f.establishment_id, f.staff_member_id, y.id, f.code, 'MANUAL' from staff_function f "
                + "join school_year y on y.establishment_id = f.establishment_id and y.state = 'EN_COURS' "
                + "where f.establishment_id = ? and f.code in ('ENS', 'DIR')", ecole);
        // People a test created (named "Essai-…") go; the demo's tick boxes come back: Goossens the
        // director (fonction de promotion, both presences), Claes gone (both presences unticked).
        jdbc.update("delete from staff_member where establishment_id = ? and nom_usage like 'Essai-%'", ecole);
        jdbc.update("delete from staff_year_presence where establishment_id = ?", ecole);
        jdbc.update("insert into staff_year_presence (staff_member_id, school_year_id, establishment_id, presence_administrative, "
                + "presence_physique, fonction_promotion) select m.id, y.id, m.establishment_id, m.nom_usage <> 'Claes', "
                + "m.nom_usage <> 'Claes', m.nom_usage = 'Goossens' from staff_member m join school_year y on y.establishment_id = "
                + "m.establishment_id where m.establishment_id = ? and m.nom_usage in ('Goossens', 'Claes')", ecole);
        jdbc.update("delete from segec_consent where establishment_id = ?", ecole);
        jdbc.update("delete from segec_form_printed where establishment_id = ?", ecole);
        jdbc.update("delete from segec_account where establishment_id = ?", ecole);
        jdbc.update("delete from segec_transfer_consent where establishment_id = ?", ecole);
        jdbc.update("delete from sandbox_segec_member where fase = '5432'");
        jdbc.update("delete from sandbox_segec_request where fase = '5432'");
        jdbc.update("delete from shedlock where name = 'segec-extranet'");
    }

    public static long staffId(JdbcTemplate jdbc, String nom) {
        return jdbc.queryForObject("select id from staff_member where establishment_id = ? and nom_usage = ?", Long.class, ecole(jdbc), nom);
    }

    /** Records the consent of every demo member who has an e-mail (all but Janssens). */
    static void consentAll(JdbcTemplate jdbc, List<String> noms) {
        long ecole = ecole(jdbc);
        long year = jdbc.queryForObject("select id from school_year where establishment_id = ? and state = 'EN_COURS' order by start_year desc limit 1",
                Long.class, ecole);
        for (String nom : noms) {
            jdbc.update("insert ignore into segec_consent (staff_member_id, school_year_id, establishment_id, recorded_at, recorded_by, source) "
                    + "values (?, ?, ?, now(6), 'test', 'MANUAL')", staffId(jdbc, nom), year, ecole);
        }
    }
}
