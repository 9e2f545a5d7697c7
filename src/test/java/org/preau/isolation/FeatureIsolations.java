package org.preau.isolation;

import org.preau.api.ApiTokenService;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementImages;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.SchoolYearService;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeOutcomes;
import org.preau.exchange.ExchangeStatus;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.InspectorConsole;
import org.preau.inspection.ui.InspectionLearnerView;
import org.preau.learner.LearnerRecordCopies;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRoster;
import org.preau.learner.LearnerService;
import org.preau.learner.RecordDraft;
import org.preau.learner.RecordKind;
import org.preau.learner.RosterChanges;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.learner.ui.LearnerView;
import org.preau.mail.MailOutbox;
import org.preau.miroir.CapitalPeriodesImport;
import org.preau.miroir.Level;
import org.preau.miroir.MiroirPupils;
import org.preau.miroir.MiroirTransfer;
import org.preau.peer.PeerDeliveries;
import org.preau.peer.PeerClient;
import org.preau.print.Letterheads;
import org.preau.security.CurrentUser;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.security.SignInThrottle;
import org.preau.segec.SegecActivations;
import org.preau.segec.SegecException;
import org.preau.segec.SegecForms;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.siecle.StsWebImport;
import org.preau.staff.StaffCarryOver;
import org.preau.staff.StaffCsvImport;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffQuery;
import org.preau.staff.StaffRoster;
import org.preau.staff.StaffSync;
import org.preau.staff.ui.StaffPageView;
import org.preau.support.DemoUsers;
import org.preau.support.Samples;
import org.preau.transfer.LearnerTransfers;
import org.preau.transfer.ManualTransferRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.preau.isolation.Cases.As.*;

/**
 * The declarations of every feature module, each in its own nested class: how a user of A calls
 * the module's methods, routes and endpoints with B's ids, or why a method is exempt. Background
 * and provisioning methods name their establishment themselves and are called by code only.
 */
final class FeatureIsolations {

    private FeatureIsolations() {
    }

    static final String BACKGROUND = "background work or another module names the establishment itself (no user, or the "
            + "user's own establishment passed by the caller); no screen or endpoint passes an id from the browser";
    static final String PROVISIONING = "provisioning by the demo data, the configuration or tests at start-up; never reached "
            + "from a screen or an endpoint";
    static final String HOME_PAGE = "takes no id: reads the signed-in user's current establishment (the home page's counts; "
            + "each provider's test shows another establishment's rows are never counted)";

    static final class Api implements ModuleIsolation {
        public String module() {
            return "api";
        }

        public void declare(Cases c) {
            c.refuses(ApiTokenService.class, "revoke", FR_DIRECTOR, w -> {
                w.bean(ApiTokenService.class).revoke(w.bFr("api_token"));
                return null;
            });
            c.endpoint("POST /api/imports/{kind}", "IMPORTS", w -> new Cases.EndpointCall("POST",
                    "/api/imports/siecle-bee?annee=2024&confirm=true", "application/xml",
                    Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml")));
        }
    }

    static final class Establishment implements ModuleIsolation {
        public String module() {
            return "establishment";
        }

        public void declare(Cases c) {
            c.exempt(EtablissementProvisioning.class, "ensureSchoolYear", PROVISIONING);
            c.exempt(EtablissementProvisioning.class, "yearInProgress", BACKGROUND + " (a received transfer enrols the learner "
                    + "in its destination's year en cours)");
            c.exempt(org.preau.establishment.EtablissementClock.class, "today", "answers only the date in the establishment's "
                    + "time zone (Paris or Brussels), no data of the establishment; background work dates what it does with it");
            c.exempt(org.preau.establishment.EtablissementClock.class, "zone", "answers only the establishment's time zone");
            c.exempt(EtablissementImages.class, "find", BACKGROUND + " (the letterhead of a printed form)");
            c.exempt(EtablissementService.class, "forPrintingOrSending", BACKGROUND + " (the letterhead and the sender's identity)");
            c.exempt(EtablissementService.class, "summary", BACKGROUND + " (the name of a transfer's other side)");
            c.exempt(EtablissementService.class, "organisingBodyKey", "returns a number only (the organising body's key for NISS uniqueness), "
                    + "asked by the pupil service for the user's own establishment");
            c.exempt(ModuleSettings.class, "isEnabled", "answers only whether a module is on; background work asks it for the establishment it serves");
            c.refuses(SchoolYearService.class, "require", FR_SECRETARY, w -> w.bean(SchoolYearService.class).require(w.yearOf(w.lycee())));
            c.refuses(SchoolYearService.class, "select", FR_SECRETARY, w -> {
                w.bean(SchoolYearService.class).select(w.yearOf(w.lycee()));
                return null;
            });
        }
    }

    static final class Security implements ModuleIsolation {
        public String module() {
            return "security";
        }

        public void declare(Cases c) {
            c.exempt(org.preau.security.LeaverAccounts.class, "withdraw", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.refuses(CurrentUser.class, "switchEstablishment", FR_DIRECTOR, w -> {
                w.bean(CurrentUser.class).switchEstablishment(w.lycee());
                return null;
            });
            c.refuses(SignInThrottle.class, "unlock", FR_DIRECTOR, "B's account", w -> {
                w.bean(SignInThrottle.class).unlock(DemoUsers.SECRETAIRE);
                return null;
            });
            c.refuses(LocalAccounts.class, "withRole", FR_DIRECTOR, w -> w.bean(LocalAccounts.class).withRole(Role.INSPECTOR, w.lycee()));
            c.refuses(org.preau.security.AccountManagement.class, "get", FR_DIRECTOR, "B's account", w -> w.bean(org.preau.security.AccountManagement.class)
                    .get(IsolationAccounts.bAccount(w)));
            c.refuses(org.preau.security.AccountManagement.class, "create", FR_DIRECTOR, "B's establishment", w -> w.bean(org.preau.security.AccountManagement.class)
                    .create(IsolationAccounts.draft(w.lycee())));
            c.refuses(org.preau.security.AccountManagement.class, "update", FR_DIRECTOR, "B's account", w -> w.bean(org.preau.security.AccountManagement.class)
                    .update(IsolationAccounts.bAccount(w), 0, IsolationAccounts.draft(w.lycee())));
            c.refuses(org.preau.security.AccountManagement.class, "setEnabled", FR_DIRECTOR, "B's account", w -> w.bean(org.preau.security.AccountManagement.class)
                    .setEnabled(IsolationAccounts.bAccount(w), false));
            c.refuses(org.preau.security.AccountManagement.class, "issueSetPasswordLink", FR_DIRECTOR, "B's account",
                    w -> w.bean(org.preau.security.AccountManagement.class).issueSetPasswordLink(IsolationAccounts.bAccount(w)));
            c.refuses(org.preau.security.AccountManagement.class, "temporaryPassword", FR_DIRECTOR, "B's account",
                    w -> w.bean(org.preau.security.AccountManagement.class).temporaryPassword(IsolationAccounts.bAccount(w)));
            String TOKEN = "the one-time token is the only proof (hashed, 24 h, used once) and names one account or the first "
                    + "director: no establishment id comes with it, and a page reached from a link is signed out";
            c.exempt(org.preau.security.PasswordLinks.class, "holder", TOKEN);
            c.exempt(org.preau.security.PasswordLinks.class, "setPassword", TOKEN);
            c.exempt(org.preau.security.PasswordLinks.class, "firstDirectorLinkUsable", TOKEN);
            c.exempt(org.preau.security.FirstDirector.class, "createWithSetUpLink", TOKEN + " (only while no director exists)");
            c.exempt(org.preau.security.PublicAddress.class, "link", "builds an address from a route and a token it is given; reads nothing");
            c.exempt(LocalAccounts.class, "create", PROVISIONING + " (administrators' scripts)");
            c.exempt(LocalAccounts.class, "createIfAbsent", PROVISIONING);
            c.exempt(LocalAccounts.class, "createAllIfAbsent", PROVISIONING + " (the load-test accounts)");
            c.exempt(LocalAccounts.class, "exists", PROVISIONING);
            c.exempt(org.preau.security.DisplayNames.class, "of", "answers only the name a username is shown by, for a change the caller's own establishment recorded");
        }
    }

    static final class Exchange implements ModuleIsolation {
        public String module() {
            return "exchange";
        }

        public void declare(Cases c) {
            c.refuses(ExchangeLog.class, "get", FR_SECRETARY, w -> w.bean(ExchangeLog.class).get(w.bFr("exchange")));
            c.refuses(ExchangeLog.class, "messages", FR_SECRETARY, w -> w.bean(ExchangeLog.class).messages(w.bFr("exchange")));
            c.refuses(ExchangeLog.class, "payload", FR_SECRETARY, w -> w.bean(ExchangeLog.class).payload(w.bFr("exchange")));
            c.refuses(ExchangeLog.class, "finish", FR_SECRETARY, w -> {
                w.bean(ExchangeLog.class).finish(w.bFr("exchange"), ExchangeStatus.FAILURE, "écrasé par A", Map.of(), List.of());
                return null;
            });
            c.refuses(ExchangeLog.class, "count", FR_SECRETARY, "B's school year",
                    w -> w.bean(ExchangeLog.class).count(new ExchangeFilter(null, null, w.yearOf(w.lycee()))));
            c.refuses(ExchangeLog.class, "search", FR_SECRETARY, "B's school year",
                    w -> w.bean(ExchangeLog.class).search(new ExchangeFilter(null, null, w.yearOf(w.lycee())), 0, 50));
            c.exempt(ExchangeLog.class, "record", "writes a row of the user's own establishment; the record's school year comes from "
                    + "the feature that checked it (SchoolYearService.require), never from the browser");
            c.exempt(ExchangeOutcomes.class, "record", BACKGROUND);
            c.exempt(ExchangeOutcomes.class, "settle", BACKGROUND + "; the row must belong to the establishment named");
            c.exempt(ExchangeOutcomes.class, "recordInCallerTransaction", BACKGROUND + " (a batch of the daily transfer job)");
            c.exempt(ExchangeOutcomes.class, "recordAllInCallerTransaction", BACKGROUND + " (a batch of the daily transfer job)");
            c.exempt(ExchangeOutcomes.class, "settleInCallerTransaction", BACKGROUND + "; the row must belong to the establishment named");
            c.exempt(org.preau.exchange.ExchangeRetention.class, "deleteOriginalsBefore", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.exchange.ExchangeRetention.class, "scrub", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.exchange.ExchangeRetention.class, "scrubStaff", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
        }
    }

    static final class Inspection implements ModuleIsolation {
        public String module() {
            return "inspection";
        }

        public void declare(Cases c) {
            c.exempt(InspectionProvisioning.class, "ensureDiploma", PROVISIONING);
            c.exempt(org.preau.inspection.GrantHistory.class, "periods", BACKGROUND + " (privacy.SubjectAccessExport passes the signed-in user's establishment)");
            c.refuses(InspectorAccess.class, "setGranted", FR_DIRECTOR, w -> {
                w.bean(InspectorAccess.class).setGranted(w.bFr("inspection_diploma"), true);
                return null;
            });
            c.refuses(InspectorAccess.class, "addReferentByEmail", FR_DIRECTOR, w ->
                    w.bean(InspectorAccess.class).addReferentByEmail(w.bFr("inspection_diploma"), "Inspecteur de A", "a@inspection.example"));
            c.refuses(InspectorAccess.class, "addReferent", FR_DIRECTOR, w -> {
                w.bean(InspectorAccess.class).addReferent(w.bFr("inspection_diploma"), "iso.fr.inspector");
                return null;
            });
            c.refuses(InspectorAccess.class, "removeReferent", FR_DIRECTOR, w -> {
                w.bean(InspectorAccess.class).removeReferent(w.bFr("inspection_diploma"), DemoUsers.INSPECTEUR);
                return null;
            });
            c.refuses(InspectorConsole.class, "open", FR_INSPECTOR, w -> {
                w.bean(InspectorConsole.class).open(w.lycee(),
                        w.text("select diploma_code from inspection_diploma where id = ?", w.bFr("inspection_diploma")));
                return null;
            });
            c.route(InspectionLearnerView.class, FR_INSPECTOR, w -> "inspection/eleve/" + w.bFr("learner"));
        }
    }

    static final class Learner implements ModuleIsolation {
        public String module() {
            return "learner";
        }

        public void declare(Cases c) {
            c.exempt(LearnerRecordCopies.class, "byIne", BACKGROUND + " (learner transfers)");
            c.refuses(org.preau.learner.Headcounts.class, "of", FR_SECRETARY, "B's school year",
                    w -> w.bean(org.preau.learner.Headcounts.class).of(w.yearOf(w.lycee())));
            c.refuses(org.preau.learner.Headcounts.class, "take", FR_SECRETARY, "B's school year",
                    w -> w.bean(org.preau.learner.Headcounts.class).take(w.yearOf(w.lycee())));
            c.refuses(org.preau.learner.Headcounts.class, "record", FR_SECRETARY, "B's school year", w -> {
                w.bean(org.preau.learner.Headcounts.class).record(w.yearOf(w.lycee()),
                        new org.preau.learner.Headcounts.Taken(java.util.Map.of(), java.util.Map.of()));
                return null;
            });
            c.exempt(LearnerRecordCopies.class, "identity", BACKGROUND + " (learner transfers)");
            c.exempt(LearnerRecordCopies.class, "diplomaCodes", BACKGROUND + " (privacy.SubjectAccessExport, after it checked the learner is of the signed-in user's establishment)");
            c.exempt(LearnerRecordCopies.class, "identities", BACKGROUND + " (learner transfers, a batch of the daily job)");
            c.exempt(LearnerRecordCopies.class, "left", BACKGROUND + " (learner transfers)");
            c.exempt(LearnerRecordCopies.class, "receiveAll", BACKGROUND + " (learner transfers, a batch of the daily job)");
            c.exempt(LearnerRecordCopies.class, "byInes", BACKGROUND + " (learner transfers, a batch of the daily job)");
            c.exempt(LearnerRecordCopies.class, "records", BACKGROUND + " (learner transfers)");
            c.exempt(LearnerRecordCopies.class, "createReceived", BACKGROUND + " (learner transfers: the receiving side creates the learner in the destination it was sent to)");
            c.exempt(LearnerRecordCopies.class, "stillActive", BACKGROUND + " (learner transfers: the daily job checks its own candidates)");
            c.exempt(org.preau.learner.LearnerRetention.class, "leftBefore", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.learner.LearnerRetention.class, "scrub", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(TeacherDivisionProvisioning.class, "assign", PROVISIONING);
            c.exempt(org.preau.learner.InspectedLearners.class, "perGrantedDiploma", HOME_PAGE
                    + "; the inspector's establishments come from the principal and each grant is checked (InspectionWaitingTest)");
            c.exempt(TeacherDivisionProvisioning.class, "clear", PROVISIONING);
            c.refuses(LearnerService.class, "get", FR_SECRETARY, w -> w.bean(LearnerService.class).get(w.bFr("learner")));
            c.refuses(LearnerRecordService.class, "list", FR_SECRETARY,
                    w -> w.bean(LearnerRecordService.class).list(w.bFr("learner"), RecordKind.BILAN));
            c.refuses(LearnerRecordService.class, "create", FR_TEACHER, w -> w.bean(LearnerRecordService.class)
                    .create(w.bFr("learner"), new RecordDraft(RecordKind.BILAN, LocalDate.now(), "Écrit par A", "A")));
            c.refuses(LearnerRecordService.class, "update", FR_TEACHER, w -> w.bean(LearnerRecordService.class)
                    .update(w.bFr("learner_record"), 0, new RecordDraft(RecordKind.BILAN, LocalDate.now(), "Écrasé par A", "A")));
            c.refuses(LearnerRoster.class, "snapshot", FR_SECRETARY, w -> w.bean(LearnerRoster.class).snapshot(w.yearOf(w.lycee())));
            c.refuses(LearnerRoster.class, "snapshotDigest", FR_SECRETARY,
                    w -> w.bean(LearnerRoster.class).snapshotDigest(w.yearOf(w.lycee())));
            c.refuses(LearnerRoster.class, "apply", FR_SECRETARY, w -> w.bean(LearnerRoster.class)
                    .apply(w.yearOf(w.lycee()), new RosterChanges(List.of(), List.of(), Map.of())));
            c.refuses(LearnerRoster.class, "transition", FR_SECRETARY,
                    w -> w.bean(LearnerRoster.class).transition(w.yearOf(w.lycee()), null));
            c.route(LearnerView.class, FR_SECRETARY, w -> "eleves/" + w.bFr("learner"));
        }
    }

    static final class Mail implements ModuleIsolation {
        public String module() {
            return "mail";
        }

        public void declare(Cases c) {
            c.exempt(MailOutbox.class, "queue", BACKGROUND + " (a grant's mails)");
            c.exempt(MailOutbox.class, "unsentRecipients", HOME_PAGE);
        }
    }

    static final class Miroir implements ModuleIsolation {
        public String module() {
            return "miroir";
        }

        public void declare(Cases c) {
            c.refuses(CapitalPeriodesImport.class, "lines", BE_DIRECTOR,
                    w -> w.bean(CapitalPeriodesImport.class).lines(w.yearOf(w.ecole())));
            c.refuses(MiroirPupils.class, "get", BE_DIRECTOR, w -> w.bean(MiroirPupils.class).get(w.bBe("learner")));
            c.refuses(MiroirPupils.class, "save", BE_DIRECTOR,
                    w -> w.bean(MiroirPupils.class).save(w.bBe("learner"), Level.values()[0], null, null));
            c.refuses(MiroirTransfer.class, "refreshStatus", BE_DIRECTOR,
                    w -> w.bean(MiroirTransfer.class).refreshStatus(w.bBe("miroir_submission")));
        }
    }

    static final class Peer implements ModuleIsolation {
        public String module() {
            return "peer";
        }

        public void declare(Cases c) {
            for (String method : List.of("send", "find", "ofExchange", "recent", "unfinished", "relaunch")) {
                c.exempt(PeerDeliveries.class, method, BACKGROUND + " (the outbox of the sending feature, which checks the row's establishment)");
            }
            c.exempt(PeerClient.class, "get", BACKGROUND + " (a feature's query to its peer)");
        }
    }

    static final class Print implements ModuleIsolation {
        public String module() {
            return "print";
        }

        public void declare(Cases c) {
            c.exempt(Letterheads.class, "of", BACKGROUND + " (the letterhead of the establishment printing)");
        }
    }

    static final class Segec implements ModuleIsolation {
        public String module() {
            return "segec";
        }

        public void declare(Cases c) {
            c.exempt(org.preau.segec.SegecRetention.class, "held", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.segec.SegecRetention.class, "scrub", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.segec.SegecRetention.class, "scrubStaff", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.refusesWith(SegecException.class, SegecActivations.class, "activate", BE_DIRECTOR, w -> {
                w.bean(SegecActivations.class).activate(w.bBe("staff_member"));
                return null;
            });
            c.refusesWith(SegecException.class, SegecActivations.class, "deactivate", BE_DIRECTOR, w -> {
                w.bean(SegecActivations.class).deactivate(w.bBe("staff_member"));
                return null;
            });
            c.refusesWith(SegecException.class, SegecForms.class, "member", BE_DIRECTOR, w -> w.bean(SegecForms.class).member(w.bBe("staff_member")));
            c.refusesWith(SegecException.class, SegecForms.class, "printAll", BE_DIRECTOR, w -> w.bean(SegecForms.class).printAll(List.of(w.bBe("staff_member"))));
            c.refusesWith(SegecException.class, SegecForms.class, "printEach", BE_DIRECTOR, w -> w.bean(SegecForms.class).printEach(List.of(w.bBe("staff_member"))));
            c.refusesWith(SegecException.class, SegecForms.class, "recordConsent", BE_DIRECTOR, w -> {
                w.bean(SegecForms.class).recordConsent(w.bBe("staff_member"), true);
                return null;
            });
        }
    }

    static final class Siecle implements ModuleIsolation {
        public String module() {
            return "siecle";
        }

        public void declare(Cases c) {
            c.refuses(SiecleImports.class, "prepare", FR_SECRETARY, w -> w.bean(SiecleImports.class).prepare(ImportKind.SIECLE_BEE,
                    w.yearOf(w.lycee()), "ElevesSansAdresses.xml", Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), null));
            c.refuses(StsWebImport.class, "preview", FR_SECRETARY, w -> w.bean(StsWebImport.class).preview("sts.xml",
                    "<STS_EDT/>".getBytes(StandardCharsets.UTF_8), w.yearOf(w.lycee()), null));
            c.refuses(StsWebImport.class, "confirm", FR_SECRETARY, "B's school year in a forged preview", w -> w.bean(StsWebImport.class)
                    .confirm(forgedStaffPreview(org.preau.exchange.ExchangeKind.STS_WEB, w.yearOf(w.lycee())), progress -> { }));
        }
    }

    static final class Staff implements ModuleIsolation {
        public String module() {
            return "staff";
        }

        public void declare(Cases c) {
            c.exempt(org.preau.staff.StaffRetention.class, "leftBefore", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.staff.StaffRetention.class, "scrub", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.staff.StaffRetention.class, "scrubStaff", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.refuses(StaffDirectory.class, "get", BE_DIRECTOR, w -> w.bean(StaffDirectory.class).get(w.bBe("staff_member"), w.yearOf(w.ecole())));
            c.refuses(StaffDirectory.class, "linkAccount", BE_DIRECTOR, w -> {
                w.bean(StaffDirectory.class).linkAccount(w.bBe("staff_member"), w.yearOf(w.ecole()), "iso.be.teacher");
                return null;
            });
            c.refuses(StaffDirectory.class, "setFunctions", BE_DIRECTOR, w -> {
                w.bean(StaffDirectory.class).setFunctions(w.bBe("staff_member"), w.yearOf(w.ecole()), Set.of("ENS"));
                return null;
            });
            c.refuses(StaffDirectory.class, "mine", BE_TEACHER, "B's school year", w -> w.bean(StaffDirectory.class).mine(w.yearOf(w.ecole())));
            c.refuses(StaffDirectory.class, "count", BE_DIRECTOR, "B's school year", w -> w.bean(StaffDirectory.class)
                    .count(new StaffQuery(null, null, StaffQuery.Status.ALL, w.yearOf(w.ecole()))));
            c.refuses(StaffDirectory.class, "list", BE_DIRECTOR, "B's school year", w -> w.bean(StaffDirectory.class)
                    .list(new StaffQuery(null, null, StaffQuery.Status.ALL, w.yearOf(w.ecole())), 0, 50));
            c.refuses(StaffRoster.class, "current", BE_DIRECTOR, "B's school year", w -> w.bean(StaffRoster.class).current(w.yearOf(w.ecole())));
            c.refuses(StaffRoster.class, "mine", BE_TEACHER, "B's school year", w -> w.bean(StaffRoster.class).mine(w.yearOf(w.ecole())));
            c.exempt(StaffRoster.class, "ofEstablishment", BACKGROUND + " (the scheduled extranet transfer)");
            c.refuses(StaffCarryOver.class, "preview", FR_DIRECTOR, "B's school years",
                    w -> w.bean(StaffCarryOver.class).preview(w.yearOf(w.lycee()), null, 2099));
            c.refuses(StaffCarryOver.class, "carryOver", FR_DIRECTOR, "B's school years",
                    w -> w.bean(StaffCarryOver.class).carryOver(w.yearOf(w.lycee()), w.yearOf(w.lycee())));
            c.refuses(StaffCsvImport.class, "preview", BE_DIRECTOR, "B's school year", w -> w.bean(StaffCsvImport.class)
                    .preview("personnel.csv", "Nom;Prénom\n".getBytes(StandardCharsets.UTF_8), w.yearOf(w.ecole()), null));
            // confirm takes the server's preview object, and still checks its year against the user's establishment
            c.refuses(StaffCsvImport.class, "confirm", BE_DIRECTOR, "B's school year in a forged preview", w -> w.bean(StaffCsvImport.class)
                    .confirm(forgedStaffPreview(org.preau.exchange.ExchangeKind.STAFF_CSV, w.yearOf(w.ecole())), progress -> { }));
            c.refuses(StaffSync.class, "confirm", BE_DIRECTOR, "B's school year in a forged preview", w -> w.bean(StaffSync.class)
                    .confirm(forgedStaffPreview(org.preau.exchange.ExchangeKind.STAFF_CSV, w.yearOf(w.ecole())), progress -> { }));
            c.exempt(StaffSync.class, "preview", "called by the staff imports (StsWebImport, StaffCsvImport) after they checked the year, "
                    + "which are covered above");
            c.exempt(StaffSync.class, "recordRefusal", "records a refused import in the user's own establishment; the year comes from the import");
            c.refuses(StaffSync.class, "importableYear", BE_DIRECTOR, "B's school year",
                    w -> w.bean(StaffSync.class).importableYear(w.yearOf(w.ecole())));
            c.route(StaffPageView.class, BE_DIRECTOR, w -> "personnels/" + w.bBe("staff_member"));
        }
    }

    static final class Transfer implements ModuleIsolation {
        public String module() {
            return "transfer";
        }

        public void declare(Cases c) {
            c.exempt(org.preau.transfer.TransferRetention.class, "held", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.exempt(org.preau.transfer.TransferRetention.class, "scrub", BACKGROUND + " (the nightly retention job, privacy.RetentionJob, names each establishment in turn; no screen reaches it)");
            c.refuses(LearnerTransfers.class, "ofLearner", FR_DIRECTOR, w -> w.bean(LearnerTransfers.class).ofLearner(w.bFr("learner")));
            c.refuses(LearnerTransfers.class, "receivedBy", FR_DIRECTOR, w -> w.bean(LearnerTransfers.class).receivedBy(w.bFr("learner")));
            c.refuses(LearnerTransfers.class, "consentForm", FR_DIRECTOR,
                    w -> w.bean(LearnerTransfers.class).consentForm(w.bFr("learner"), IsolationWorld.A_FR_UAI));
            c.refuses(LearnerTransfers.class, "transfer", FR_DIRECTOR, w -> w.bean(LearnerTransfers.class).transfer(
                    new ManualTransferRequest(w.bFr("learner"), DemoUsers.LYCEE_UAI, LocalDate.now(), null, "Parents de B", null)));
            c.refuses(LearnerTransfers.class, "printRecords", FR_DIRECTOR, w -> w.bean(LearnerTransfers.class).printRecords(
                    w.bFr("learner"), "0000000A", LocalDate.now(), org.preau.transfer.ConsentGiver.GUARDIANS, "Parents de B"));
            c.refuses(LearnerTransfers.class, "scannedConsent", FR_DIRECTOR,
                    w -> w.bean(LearnerTransfers.class).scannedConsent(w.query("select min(id) from learner_transfer")));
            c.refuses(LearnerTransfers.class, "withdrawConsent", FR_DIRECTOR,
                    w -> w.bean(LearnerTransfers.class).withdrawConsent(w.query("select min(id) from learner_transfer")));
            c.endpoint("POST /api/v1/learner-transfers", "LEARNER_TRANSFERS", w -> new Cases.EndpointCall("POST",
                    "/api/v1/learner-transfers", "application/json", ("""
                    {"ine":"%s","lastName":"B","firstName":"B","birthDate":"2008-01-01","sourceUai":"%s","sourceName":"B",
                     "destinationUai":"%s","consent":{"recordedAt":"2025-01-01T00:00:00Z","recordedBy":"B","kind":"PARENTS"},"records":[]}"""
                    .formatted(w.text("select ine from learner where id = ?", w.bFr("learner")), IsolationWorld.A_FR_UAI, DemoUsers.LYCEE_UAI))
                    .getBytes(StandardCharsets.UTF_8)));
            // Between instances, not establishments: these take the instance tokens of the configuration
            // (FederationSecurity), and no establishment token, of any scope, may call them.
            c.instanceEndpoint("GET /api/v1/establishments", w -> new Cases.EndpointCall("GET", "/api/v1/establishments",
                    "application/json", new byte[0]));
            c.instanceEndpoint("POST /api/v1/transfer-requests", w -> new Cases.EndpointCall("POST", "/api/v1/transfer-requests",
                    "application/json", "{\"ineHash\":\"00\",\"destinationUai\":\"0000000A\"}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    static final class Ui implements ModuleIsolation {
        public String module() {
            return "ui";
        }

        public void declare(Cases c) {
            c.exemptRoute(org.preau.ui.ModuleOffView.class, "its parameter is a module's name, not an id: the page only says that the module is off");
        }
    }

    static final class Pupil implements ModuleIsolation {
        public String module() {
            return "pupil";
        }

        public void declare(Cases c) {
            c.refuses(org.preau.pupil.BelgianPupils.class, "get", BE_DIRECTOR,
                    w -> w.bean(org.preau.pupil.BelgianPupils.class).get(w.bBe("learner")));
            c.refuses(org.preau.pupil.BelgianPupils.class, "ofYear", BE_DIRECTOR,
                    w -> w.bean(org.preau.pupil.BelgianPupils.class).ofYear(w.ecole(), w.yearOf(w.ecole())));
            c.refuses(org.preau.pupil.BelgianPupils.class, "renameImplantation", BE_DIRECTOR, w -> {
                w.bean(org.preau.pupil.BelgianPupils.class).renameImplantation(w.bBe("pupil_implantation"), "Renommée par A", null);
                return null;
            });
            c.refuses(org.preau.pupil.BelgianPupils.class, "save", BE_DIRECTOR, w -> w.bean(org.preau.pupil.BelgianPupils.class)
                    .save(w.bBe("learner"), new org.preau.pupil.PupilInput("A", "A", null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null)));
            c.refuses(org.preau.pupil.MoveUp.class, "plan", BE_DIRECTOR, "B's school year",
                    w -> w.bean(org.preau.pupil.MoveUp.class).plan(w.yearOf(w.ecole()), null));
            c.refuses(org.preau.pupil.MoveUp.class, "decide", BE_DIRECTOR, w -> {
                w.bean(org.preau.pupil.MoveUp.class).decide(w.yearOf(w.ecole()), w.bBe("learner"), org.preau.pupil.MoveUpDecision.MAINTIEN, null);
                return null;
            });
            c.refuses(org.preau.pupil.MoveUp.class, "run", BE_DIRECTOR, "B's school years",
                    w -> w.bean(org.preau.pupil.MoveUp.class).run(w.yearOf(w.ecole()), w.yearOf(w.ecole())));
            c.refuses(org.preau.pupil.PupilImport.class, "run", BE_DIRECTOR, "B's school year", w -> w.bean(org.preau.pupil.PupilImport.class)
                    .run(w.yearOf(w.ecole()), "eleves.csv", "Nom;Prénom\n".getBytes(StandardCharsets.UTF_8), false));
        }
    }

    /** Modules with nothing to declare today: a place for tomorrow's methods. */
    static final class Switchover implements ModuleIsolation {
        public String module() {
            return "switchover";
        }

        public void declare(Cases c) {
        }
    }

    /** A staff import preview as the server makes it, but naming another establishment's year (and nobody to write). */
    static org.preau.staff.StaffImportPreview forgedStaffPreview(org.preau.exchange.ExchangeKind kind, long schoolYearId) {
        return new org.preau.staff.StaffImportPreview(new org.preau.staff.StaffImportFile(kind, "personnel.csv", "text/csv", new byte[0],
                java.time.Instant.now()), schoolYearId, "B", new org.preau.staff.StaffSnapshot(org.preau.staff.StaffSnapshot.CSV, List.of(),
                List.of()), Map.of(), List.of(), List.of(), List.of(), 0, 0, 0, List.of());
    }
}
