package org.preau.transfer;

import org.preau.PreauApplication;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.establishment.Uai;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.DemoUsers;
import org.preau.support.Samples;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A second Préau instance in the test JVM: its own application context on its own port, with its
 * own embedded MariaDB (the test profile gives each start a fresh data folder). It serves a lycée
 * and a CFA of its own, joined to the first instance (the shared test context) as "a", with
 * the federation secret both share.
 */
public final class SecondInstance implements AutoCloseable {

    public static final String SECRET = "secret-partage-de-la-federation";
    public static final String A_TO_B = "jeton-presente-par-a";
    public static final String B_TO_A = "jeton-presente-par-b";
    public static final String LYCEE_B_UAI = "0599001" + Uai.checkLetter("0599001");
    public static final String CFA_B_UAI = "0599002" + Uai.checkLetter("0599002");
    public static final String LYCEE_B_DIRECTOR = "directeur.moulin";
    public static final String CFA_B_DIRECTOR = "directeur.cfa.moulin";

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts instance B knowing instance A at {@code aBaseUrl}; the caller's context keeps its security strategy. */
    public static SecondInstance start(ApplicationContext first, String aBaseUrl) {
        ConfigurableApplicationContext b = new SpringApplicationBuilder(PreauApplication.class)
                .profiles("test")
                // arguments, not default properties: those lose to application.yaml's server.port
                .run("--server.port=0",
                        "--preau.federation.secret=" + SECRET,
                        "--preau.federation.instances.a.base-url=" + aBaseUrl,
                        "--preau.federation.instances.a.token=" + B_TO_A,
                        "--preau.federation.instances.a.expected-token=" + A_TO_B);
        // Each start installs its own strategy in the static holder: give the first instance's back.
        first.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return new SecondInstance(b);
    }

    /** Joins B to A's configuration (the shared context): the same secret, B's URL and both tokens. */
    public static void declareIn(FederationProperties a, String bBaseUrl) {
        a.setSecret(SECRET);
        FederationProperties.Instance b = new FederationProperties.Instance();
        b.setBaseUrl(bBaseUrl);
        b.setToken(A_TO_B);
        b.setExpectedToken(B_TO_A);
        a.getInstances().put("b", b);
    }

    public static void forgetIn(FederationProperties a) {
        a.getInstances().remove("b");
        a.setSecret(null);
    }

    public String baseUrl() {
        return "http://localhost:" + context.getBean(Environment.class).getProperty("local.server.port");
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    public TransferWorld world() {
        return bean(TransferWorld.class);
    }

    /** The lycée of B (year 2024 en cours) and its director; transfers on. */
    public long lycee() {
        EtablissementProvisioning provisioning = bean(EtablissementProvisioning.class);
        long id = provisioning.ensure("Région Moulin", SchoolSystem.FR, "Lycée Jean Moulin", "lycee@moulin.example", LYCEE_B_UAI).id();
        provisioning.ensureSchoolYear(id, 2024, SchoolYearState.EN_COURS);
        bean(LocalAccounts.class).createIfAbsent(LYCEE_B_DIRECTOR, "Direction du lycée Moulin", "direction@moulin.example",
                DemoUsers.PASSWORD, Set.of(Role.DIRECTOR, Role.SECRETARY), Set.of(id));
        as(LYCEE_B_DIRECTOR, () -> bean(ModuleSettings.class).set(PreauModule.TRANSFERTS, true));
        return id;
    }

    /** A CFA of B that never imported SIECLE (a year en cours, transfers on). */
    public long cfa() {
        EtablissementProvisioning provisioning = bean(EtablissementProvisioning.class);
        long id = provisioning.ensure("Région Moulin", SchoolSystem.FR, "CFA Jean Moulin", "cfa@moulin.example", CFA_B_UAI).id();
        provisioning.ensureSchoolYear(id, 2025, SchoolYearState.EN_COURS);
        bean(LocalAccounts.class).createIfAbsent(CFA_B_DIRECTOR, "Direction du CFA Moulin", "cfa.direction@moulin.example",
                DemoUsers.PASSWORD, Set.of(Role.DIRECTOR, Role.SECRETARY), Set.of(id));
        as(CFA_B_DIRECTOR, () -> bean(ModuleSettings.class).set(PreauModule.TRANSFERTS, true));
        return id;
    }

    /** B's lycée imports A's 2024 export rewritten for its own UAI: the same pupils, the same INEs, arrive there. */
    public void lyceeImportsThePupilsOfA() {
        long id = lycee();
        SchoolYearView y2024 = bean(EtablissementProvisioning.class).ensureSchoolYear(id, 2024, SchoolYearState.EN_COURS);
        String file = new String(Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), StandardCharsets.ISO_8859_1)
                .replace(DemoUsers.LYCEE_UAI, LYCEE_B_UAI);
        SiecleImports imports = bean(SiecleImports.class);
        as(LYCEE_B_DIRECTOR, () -> imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                file.getBytes(StandardCharsets.ISO_8859_1), null), null));
    }

    /**
     * Runs work as a user of B. Method security reads each application's own strategy bean, while
     * the static holder serves the first instance: B's strategy is put there for the call only.
     */
    public void as(String username, Runnable work) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(bean(SecurityContextHolderStrategy.class));
        try {
            world().as(username, work);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }

    public void runTransferJob() {
        bean(TransferJob.class).run();
    }

    @Override
    public void close() {
        context.close();
    }
}
