package org.preau.inspection;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.learner.MefCatalog;
import org.preau.learner.MefView;
import org.preau.mail.MailOutbox;
import org.preau.security.AccountSummary;
import org.preau.security.CurrentUser;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Paramètres › Accès inspecteur: the establishment's subscribed diplomas, their referent
 * inspectors, and the director's switch per diploma. A change is recorded (who, when) and mailed
 * to every referent inside the same transaction: the mail is stored with the change and sent
 * after commit, so a mail server that is down never undoes a grant or a revocation.
 */
@Service
public class InspectorAccess {

    private static final Logger log = LoggerFactory.getLogger(InspectorAccess.class);

    private final InspectionStore table;
    private final MefCatalog mefs;
    private final ModuleSettings modules;
    private final EtablissementService establishments;
    private final ObjectProvider<LocalAccounts> accounts;
    private final MailOutbox mails;
    private final CurrentUser currentUser;
    private final Clock clock;

    InspectorAccess(InspectionStore table, MefCatalog mefs, ModuleSettings modules, EtablissementService establishments,
                    ObjectProvider<LocalAccounts> accounts, MailOutbox mails, CurrentUser currentUser, Clock clock) {
        this.table = table;
        this.mefs = mefs;
        this.modules = modules;
        this.establishments = establishments;
        this.accounts = accounts;
        this.mails = mails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The subscribed diplomas with their referents and switch, by label. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<DiplomaGrant> diplomas() {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        return table.all(currentUser.establishmentId());
    }

    /** The reference list: the diplomas of the establishment's nomenclature (one per attachment MEF), by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public Map<String, String> referenceDiplomas() {
        Map<String, MefView> all = mefs.all();
        Map<String, String> diplomas = new TreeMap<>();
        for (MefView mef : all.values()) {
            MefView diploma = all.getOrDefault(mef.diplomaCode(), mef);
            diplomas.putIfAbsent(mef.diplomaCode(), diploma.label());
        }
        return diplomas;
    }

    /** Subscribes every diploma of the nomenclature not subscribed yet; returns how many were added. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public int addNomenclatureDiplomas() {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        int added = 0;
        for (Map.Entry<String, String> d : referenceDiplomas().entrySet()) {
            if (table.insert(establishmentId, d.getKey(), d.getValue(), clock.instant(), currentUser.username())) added++;
        }
        return added;
    }

    /** Subscribes one diploma of the reference list. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public DiplomaGrant addDiploma(String code) {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        String label = referenceDiplomas().get(code);
        if (label == null) throw new InvalidDiplomaException("inspection.error.unknownDiploma", code);
        table.insert(establishmentId, code, label, clock.instant(), currentUser.username());
        return table.findByCode(establishmentId, code).orElseThrow();
    }

    /** The inspector accounts serving the establishment, to choose referents from. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<Referent> inspectors() {
        LocalAccounts local = accounts.getIfAvailable();
        if (local == null) return List.of();
        return local.withRole(Role.INSPECTOR, currentUser.establishmentId()).stream()
                .map(a -> new Referent(a.username(), a.displayName(), a.email())).toList();
    }

    /** Makes an inspector account serving the establishment a referent of the diploma. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public DiplomaGrant addReferent(long diplomaId, String username) {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        DiplomaGrant diploma = require(establishmentId, diplomaId);
        Referent referent = inspectors().stream().filter(r -> r.username().equals(username)).findFirst()
                .orElseThrow(() -> new InvalidDiplomaException("inspection.error.notInspector", username));
        if (referent.email() == null || referent.email().isBlank()) throw new InvalidDiplomaException("inspection.error.noEmail", referent.displayName());
        table.addReferent(establishmentId, diploma.id(), referent);
        return require(establishmentId, diplomaId);
    }

    /**
     * Names a referent by e-mail, for an inspector who never signed in (Keycloak users exist in
     * Préau only from their first sign-in). A local inspector account of the establishment with that
     * e-mail is taken at once; otherwise the referent waits for someone who signs in with that e-mail
     * and serves the establishment ({@link InvitedReferents}). While the diploma is granted, the grant
     * mail goes to the address at once.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public DiplomaGrant addReferentByEmail(long diplomaId, String displayName, String email) {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        DiplomaGrant diploma = require(establishmentId, diplomaId);
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !address.matches("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}")) {
            throw new InvalidDiplomaException("inspection.error.email");
        }
        String name = displayName == null || displayName.isBlank() ? address : displayName.strip();
        if (name.length() > 200) throw new InvalidDiplomaException("inspection.error.nameLong", 200);
        Referent referent = inspectors().stream().filter(r -> address.equalsIgnoreCase(r.email())).findFirst()
                .orElse(new Referent(Referent.invitationKey(address), name, address));
        table.addReferent(establishmentId, diploma.id(), referent);
        if (diploma.granted()) {
            String establishment = establishments.summary(establishmentId).map(EtablissementSummary::name).orElse("");
            mails.queue(establishmentId, address, Texts.get("inspection.mail.granted.subject", diploma.label(), establishment),
                    Texts.get("inspection.mail.granted.body", referent.displayName(), establishment, diploma.label(),
                            currentUser.require().displayName()));
        }
        log.info("Referent {} named by e-mail for diploma {} of establishment {} by {}", referent.awaitingSignIn() ? "(awaiting sign-in)"
                : referent.username(), diploma.diplomaCode(), establishmentId, currentUser.username());
        return require(establishmentId, diplomaId);
    }

    /** Removes a referent; while the diploma is granted, that inspector loses access at once. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public DiplomaGrant removeReferent(long diplomaId, String username) {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        require(establishmentId, diplomaId);
        table.removeReferent(establishmentId, diplomaId, username);
        return require(establishmentId, diplomaId);
    }

    /**
     * Grants (or revokes) the referent inspectors' read access to the diploma's learners and records.
     * Recorded with who and when, and mailed to each referent; switching to the state it already has
     * does nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public DiplomaGrant setGranted(long diplomaId, boolean granted) {
        modules.requireEnabled(PreauModule.ACCES_INSPECTEUR);
        long establishmentId = currentUser.establishmentId();
        DiplomaGrant diploma = require(establishmentId, diplomaId);
        Instant now = clock.instant();
        String me = currentUser.username();
        // The screen's history names people ("Paul Durand"); the log below keeps the username.
        String name = currentUser.require().displayName();
        if (!table.setGranted(establishmentId, diplomaId, granted, now, name)) return diploma;
        table.recordChange(establishmentId, diploma.diplomaCode(), granted, now, name);
        String establishment = establishments.summary(establishmentId).map(EtablissementSummary::name).orElse("");
        String kind = granted ? "granted" : "revoked";
        for (Referent referent : diploma.referents()) {
            mails.queue(establishmentId, referent.email(),
                    Texts.get("inspection.mail." + kind + ".subject", diploma.label(), establishment),
                    Texts.get("inspection.mail." + kind + ".body", referent.displayName(), establishment, diploma.label(),
                            currentUser.require().displayName()));
        }
        log.info("Inspector access to diploma {} of establishment {} {} by {} ({} referents told)", diploma.diplomaCode(),
                establishmentId, kind, me, diploma.referents().size());
        return require(establishmentId, diplomaId);
    }

    /** Every grant and revocation, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<GrantChange> changes() {
        return table.changes(currentUser.establishmentId());
    }

    private DiplomaGrant require(long establishmentId, long diplomaId) {
        return table.find(establishmentId, diplomaId)
                .orElseThrow(() -> new AccessDeniedException("Diploma " + diplomaId + " is not of establishment " + establishmentId));
    }
}
