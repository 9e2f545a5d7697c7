package org.preau.isolation;

import org.preau.api.ApiScope;
import org.preau.api.ApiTokenService;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.Uai;
import org.preau.mail.MailOutbox;
import org.preau.security.CurrentUser;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.support.DemoUsers;
import org.preau.support.LyceeLearners;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The establishments of the isolation suite. A: a French and a Belgian establishment of their own,
 * each with a director, a secretary and a teacher (and an inspector in France), every module on.
 * B: the demo lycée (French) and école (Belgian) with their pupils, staff, records, exchanges,
 * tokens, diplomas and mails. Cases read B's ids from here and call as A's users.
 */
@Component
public class IsolationWorld {

    static final String PASSWORD = "iso-" + DemoUsers.PASSWORD;
    static final String A_FR_UAI = "0999001" + Uai.checkLetter("0999001");
    static final String A_BE_FASE = "9871";

    private final EtablissementProvisioning establishments;
    private final LocalAccounts accounts;
    private final ObjectProvider<UserDetailsService> users;
    private final JdbcTemplate jdbc;
    private final ApplicationContext context;
    private final Map<Cases.As, SecurityContext> sessions = new HashMap<>();
    private long aFr;
    private long aBe;
    private String bFrToken;
    private String bBeToken;

    IsolationWorld(EtablissementProvisioning establishments, LocalAccounts accounts, ObjectProvider<UserDetailsService> users,
                   JdbcTemplate jdbc, ApplicationContext context) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.context = context;
    }

    /** Makes A and fills B; safe to call again. */
    public void prepare() {
        int year = org.preau.base.SchoolYearLabel.startYear(java.time.LocalDate.now());
        aFr = establishments.ensure("Isolation A", SchoolSystem.FR, "Collège Isolation A", "a@isolation.example", A_FR_UAI).id();
        aBe = establishments.ensure("Isolation A", SchoolSystem.BE, "École Isolation A", "a.be@isolation.example", A_BE_FASE).id();
        establishments.ensureSchoolYear(aFr, year, SchoolYearState.EN_COURS);
        establishments.ensureSchoolYear(aBe, year, SchoolYearState.EN_COURS);
        for (Cases.As as : Cases.As.values()) {
            Role role = Role.valueOf(switch (as.name().substring(3)) {
                case "DIRECTOR" -> "DIRECTOR";
                case "SECRETARY" -> "SECRETARY";
                case "TEACHER" -> "TEACHER";
                default -> "INSPECTOR";
            });
            accounts.createIfAbsent(as.username(), "Isolation " + as.name(), as.username() + "@isolation.example", PASSWORD,
                    Set.of(role), Set.of(as.name().startsWith("FR") ? aFr : aBe));
        }
        ModuleSettings modules = bean(ModuleSettings.class);
        as(Cases.As.FR_DIRECTOR, () -> EnumSet.allOf(PreauModule.class).stream()
                .filter(m -> m.offeredTo(SchoolSystem.FR)).forEach(m -> modules.set(m, true)));
        as(Cases.As.BE_DIRECTOR, () -> EnumSet.allOf(PreauModule.class).stream()
                .filter(m -> m.offeredTo(SchoolSystem.BE)).forEach(m -> modules.set(m, true)));

        // B: the lycée's pupils, a record, a token of each scope, a mail; the école has its demo pupils and staff.
        LyceeLearners lycee = bean(LyceeLearners.class);
        if (count("learner", lycee()) == 0) lycee.import2024();
        if (count("learner_record", lycee()) == 0) {
            jdbc.update("""
                    insert into learner_record (version, establishment_id, learner_id, kind, record_date, author, author_name, diploma,
                                                title, content, created_at)
                    values (0, ?, ?, 'BILAN', ?, 'enseignant', 'Théo Petit', null, 'Bilan de B', 'Contenu de B', ?)""",
                    lycee(), bFr("learner"), java.sql.Date.valueOf("2024-11-05"), Timestamp.from(Instant.now()));
        }
        if (bFrToken == null) {
            bFrToken = signedIn(DemoUsers.DIRECTEUR, lycee(), () -> bean(ApiTokenService.class)
                    .create("B isolation " + System.nanoTime(), EnumSet.allOf(ApiScope.class)).token());
            bBeToken = signedIn(DemoUsers.DIRECTEUR, ecole(), () -> bean(ApiTokenService.class)
                    .create("B isolation " + System.nanoTime(), EnumSet.allOf(ApiScope.class)).token());
        }
        if (count("mail_message", lycee()) == 0) {
            signedIn(DemoUsers.DIRECTEUR, lycee(), () -> bean(MailOutbox.class).queue(lycee(), "b@isolation.example", "B", "Courriel de B"));
        }
        // the mail is sent after commit, on another thread: B must be still before the cases compare it
        for (int i = 0; i < 100 && countWhere("mail_message", "status in ('PENDING', 'SENDING')") > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (count("learner_transfer", lycee()) == 0) {
            long learner = bFr("learner");
            jdbc.update("""
                    insert into learner_transfer (establishment_id, learner_id, ine, learner_name, destination_uai, mode, status,
                                                  consent_kind, consent_form, consent_form_type, created_at, updated_at)
                    values (?, ?, coalesce((select ine from learner where id = ?), 'B'), 'Élève de B', ?, 'MANUAL', 'PENDING', 'PARENTS',
                            ?, 'application/pdf', ?, ?)""",
                    lycee(), learner, learner, A_FR_UAI, "%PDF-1.4 B".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        }
        if (count("miroir_submission", ecole()) == 0) {
            jdbc.update("""
                    insert into miroir_submission (establishment_id, school_year_id, start_year, purpose, exchange_id, status, sent_at, sent_by)
                    values (?, ?, ?, 'CEB_RESULTS', 0, 'ACCEPTED', ?, 'directeur')""",
                    ecole(), yearOf(ecole()), year, Timestamp.from(Instant.now()));
        }
    }

    long aFr() {
        return aFr;
    }

    long aBe() {
        return aBe;
    }

    long lycee() {
        return establishments.findByCode(DemoUsers.LYCEE_UAI).orElseThrow().id();
    }

    long ecole() {
        return establishments.findByCode(DemoUsers.ECOLE_FASE).orElseThrow().id();
    }

    /** A token of B (lycée) with every scope. */
    String bFrToken() {
        return bFrToken;
    }

    String bBeToken() {
        return bBeToken;
    }

    /** The first row of that table belonging to the lycée. */
    long bFr(String table) {
        return first(table, lycee());
    }

    /** The first row of that table belonging to the école. */
    long bBe(String table) {
        return first(table, ecole());
    }

    long first(String table, long establishmentId) {
        Long id = jdbc.queryForObject("select min(id) from " + table + " where establishment_id = ?", Long.class, establishmentId);
        if (id == null) throw new IllegalStateException("The isolation fixtures lack a row of " + table + " in establishment " + establishmentId);
        return id;
    }

    /** An id found by a query of the fixtures' own (for tables without establishment_id). */
    long query(String sql, Object... arguments) {
        Long id = jdbc.queryForObject(sql, Long.class, arguments);
        if (id == null) throw new IllegalStateException("The isolation fixtures found nothing for: " + sql);
        return id;
    }

    String text(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, String.class, arguments);
    }

    /** The year en cours of an establishment of B. */
    long yearOf(long establishmentId) {
        return query("select max(id) from school_year where establishment_id = ? and state = 'EN_COURS'", establishmentId);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private int countWhere(String table, String condition) {
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where " + condition, Integer.class);
        return n == null ? 0 : n;
    }

    private int count(String table, long establishmentId) {
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where establishment_id = ?", Integer.class, establishmentId);
        return n == null ? 0 : n;
    }

    /** Runs as one of A's users, who keeps one principal (like an open session) for the whole suite. */
    <T> T as(Cases.As who, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(sessions.computeIfAbsent(who, w -> signIn(w.username())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(Cases.As who, Runnable action) {
        as(who, () -> {
            action.run();
            return null;
        });
    }

    private <T> T signedIn(String username, long establishmentId, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signIn(username));
        try {
            bean(CurrentUser.class).switchEstablishment(establishmentId);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private SecurityContext signIn(String username) {
        UserDetails user = users.getObject().loadUserByUsername(username);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return securityContext;
    }

    /**
     * A fingerprint of every row of B (both establishments) in every table with an
     * {@code establishment_id}: any change a call made to B shows as a different fingerprint.
     */
    Map<String, String> fingerprintOfB() {
        return fingerprintOf(lycee(), ecole());
    }

    Map<String, String> fingerprintOf(long first, long second) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = database() and column_name = 'establishment_id' order by table_name""", String.class);
        Map<String, String> prints = new HashMap<>();
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = database() and table_name = ? order by ordinal_position""", String.class, table);
            StringJoiner concat = new StringJoiner(", ", "concat_ws('|', ", ")");
            new ArrayList<>(columns).forEach(c -> concat.add("coalesce(`" + c + "`, '∅')"));
            String sql = "select concat(count(*), ':', coalesce(sum(crc32(" + concat + ")), 0)) from `" + table
                    + "` where establishment_id in (?, ?)";
            prints.put(table, jdbc.queryForObject(sql, String.class, first, second));
        }
        return prints;
    }
}
