package org.preau.pupil;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.support.DemoUsers;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Two Belgian schools of the tests' own, in one organising body (the demo école keeps its pupils
 * and years as other tests expect them): "École des Essais" (FASE 7791) with a secretary and a
 * director, "École voisine" (FASE 7792) with a secretary. {@link #reset} empties a school and
 * gives it one year en cours.
 */
final class PupilSchool {

    static final String BODY = "Pouvoir organisateur des Essais";
    static final String FASE = "7791";
    static final String NEIGHBOUR_FASE = "7792";
    static final String SECRETARY = "secretaire.essais";
    static final String DIRECTOR = "directeur.essais";
    static final String NEIGHBOUR_SECRETARY = "secretaire.voisine";
    static final String TEACHER = "enseignant.essais";
    static final int YEAR = 2030;

    static final String HEADER = "Nom;Prénom;Sexe;Date de naissance;NISS;Numéro;Implantation;FASE implantation;Niveau;Classe;Date d'entrée;CEB";

    private PupilSchool() {
    }

    /** The two schools and their accounts, once; returns the first school's id. */
    static long ensure(EtablissementProvisioning provisioning, LocalAccounts accounts) {
        long school = provisioning.ensure(BODY, SchoolSystem.BE, "École des Essais", "direction@essais.example", FASE).id();
        long neighbour = provisioning.ensure(BODY, SchoolSystem.BE, "École voisine", "direction@voisine.example", NEIGHBOUR_FASE).id();
        accounts.createIfAbsent(SECRETARY, "Secrétariat Essais", "secretariat@essais.example", DemoUsers.PASSWORD, Set.of(Role.SECRETARY), Set.of(school));
        accounts.createIfAbsent(DIRECTOR, "Direction Essais", "direction@essais.example", DemoUsers.PASSWORD, Set.of(Role.DIRECTOR), Set.of(school));
        accounts.createIfAbsent(TEACHER, "Enseignant Essais", null, DemoUsers.PASSWORD, Set.of(Role.TEACHER), Set.of(school));
        accounts.createIfAbsent(NEIGHBOUR_SECRETARY, "Secrétariat Voisine", null, DemoUsers.PASSWORD, Set.of(Role.SECRETARY), Set.of(neighbour));
        return school;
    }

    /** Empties the school (pupils, learners, exchanges, years) and gives it the year {@value #YEAR} en cours. */
    static SchoolYearView reset(EtablissementProvisioning provisioning, JdbcTemplate jdbc, String fase) {
        long id = provisioning.findByCode(fase).orElseThrow().id();
        for (String table : new String[]{"teacher_division", "pupil_move_up", "pupil_enrolment", "pupil", "pupil_implantation", "learner_record", "enrolment",
                "transfer_candidate", "learner", "exchange"}) {
            jdbc.update("delete from " + table + " where establishment_id = ?", id);
        }
        jdbc.update("delete from school_year where establishment_id = ?", id);
        return provisioning.ensureSchoolYear(id, YEAR, SchoolYearState.EN_COURS);
    }

    static byte[] csv(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A NISS of someone born on that day (from 2000 on) with serial {@code serial}, with its right key. */
    static String niss(int year, int month, int day, int serial) {
        String base = String.format("%02d%02d%02d%03d", year % 100, month, day, serial);
        long key = 97 - ((year >= 2000 ? 2_000_000_000L : 0) + Long.parseLong(base)) % 97;
        return base + String.format("%02d", key);
    }
}
