package org.preau.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * The naive way, for comparison: every pupil of the file saved as a JPA entity, one learner and
 * one enrolment at a time ({@code persist}, what a repository's {@code save()} does for a new
 * row), into the real {@code learner} and {@code enrolment} tables, in one transaction. The
 * mapping lives in {@code bench/naive-orm.xml}, read only by this benchmark's own persistence
 * unit: an {@code @Entity} in the test tree would join the application's during tests.
 */
final class NaiveJpaImport implements AutoCloseable {

    /** A row of {@code learner} (mapped in bench/naive-orm.xml). */
    static class NaiveLearner {
        Long id;
        long establishmentId;
        String siecleKey, ine, eleveId, nom, nomUsage, prenom, prenom2, prenom3, sexe;
        LocalDate dateNaissance;
        Instant createdAt, updatedAt;
    }

    /** A row of {@code enrolment} (mapped in bench/naive-orm.xml). */
    static class NaiveEnrolment {
        Long id;
        long establishmentId, schoolYearId, learnerId;
        int startYear;
        String sortName, division, groupsCodes, codeMef;
        boolean active;
        LocalDate entryDate, exitDate;
        Instant updatedAt;
    }

    private final LocalContainerEntityManagerFactoryBean factoryBean;
    private final EntityManagerFactory factory;

    NaiveJpaImport(DataSource dataSource) {
        factoryBean = new LocalContainerEntityManagerFactoryBean();
        factoryBean.setDataSource(dataSource);
        factoryBean.setPersistenceUnitName("naive-bench");
        factoryBean.setMappingResources("bench/naive-orm.xml");
        factoryBean.setPackagesToScan();
        factoryBean.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        Properties properties = new Properties();
        properties.setProperty("hibernate.hbm2ddl.auto", "none");
        properties.setProperty("hibernate.jdbc.time_zone", "UTC");
        factoryBean.setJpaProperties(properties);
        factoryBean.afterPropertiesSet();
        factory = factoryBean.getObject();
    }

    /** Reads the file and saves its pupils one by one into the establishment's (empty) year. Returns milliseconds. */
    double run(Path file, long establishmentId, long yearId, int startYear) throws Exception {
        long t0 = System.nanoTime();
        List<PlainBee.Pupil> pupils = PlainBee.read(file);
        Instant now = Instant.now();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            for (PlainBee.Pupil p : pupils) {
                NaiveLearner l = new NaiveLearner();
                l.establishmentId = establishmentId;
                l.siecleKey = p.key();
                l.ine = p.ine;
                l.eleveId = p.eleveId;
                l.nom = p.nom;
                l.nomUsage = p.nomUsage;
                l.prenom = p.prenom;
                l.prenom2 = p.prenom2;
                l.prenom3 = p.prenom3;
                l.sexe = p.sexe;
                l.dateNaissance = p.naissance;
                l.createdAt = now;
                l.updatedAt = now;
                em.persist(l);
                NaiveEnrolment e = new NaiveEnrolment();
                e.establishmentId = establishmentId;
                e.schoolYearId = yearId;
                e.startYear = startYear;
                e.learnerId = l.id;
                e.sortName = p.sortName();
                e.division = p.division;
                e.groupsCodes = p.groups;
                e.codeMef = p.codeMef;
                e.active = p.active();
                e.entryDate = p.entree;
                e.exitDate = p.sortie;
                e.updatedAt = now;
                em.persist(e);
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    @Override
    public void close() {
        factoryBean.destroy();
    }
}
