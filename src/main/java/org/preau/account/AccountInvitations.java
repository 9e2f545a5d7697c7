package org.preau.account;

import org.preau.base.Texts;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolYearService;
import org.preau.mail.MailOutbox;
import org.preau.security.AccountDraft;
import org.preau.security.AccountManagement;
import org.preau.security.CurrentUser;
import org.preau.security.IssuedLink;
import org.preau.security.ManagedAccount;
import org.preau.security.PublicAddress;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffListItem;
import org.preau.staff.StaffQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the accounts page does beyond the account itself: a new account gets its "set your
 * password" link by mail in the same transaction (no account without its mail, no mail for an
 * account refused), a link sent again, an account linked to a staff record of the year.
 */
@Service
public class AccountInvitations {

    static final int STAFF_MAX = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private final AccountManagement accounts;
    private final MailOutbox mails;
    private final StaffDirectory staff;
    private final SchoolYearService years;
    private final EtablissementService establishments;
    private final PublicAddress address;
    private final CurrentUser currentUser;
    private final EtablissementClock clock;

    AccountInvitations(AccountManagement accounts, MailOutbox mails, StaffDirectory staff, SchoolYearService years,
                       EtablissementService establishments, PublicAddress address, CurrentUser currentUser, EtablissementClock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.mails = mails;
        this.staff = staff;
        this.years = years;
        this.establishments = establishments;
        this.address = address;
        this.currentUser = currentUser;
    }

    /** Creates the account, links it to a staff record (or none) and mails its one-time link; all or nothing. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount create(AccountDraft draft, Long staffId) {
        ManagedAccount account = accounts.create(draft);
        if (staffId != null) linkStaff(account, staffId);
        mail(accounts.issueSetPasswordLink(account.id()), "accounts.mail.new");
        return account;
    }

    /** Changes the account and, when asked, its staff record (null: none), in one transaction. */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public ManagedAccount update(long accountId, long version, AccountDraft draft, boolean staffChanged, Long staffId) {
        ManagedAccount account = accounts.update(accountId, version, draft);
        if (staffChanged) linkStaff(account, staffId);
        return account;
    }

    /** A new one-time link by mail (the older ones stop working). */
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public IssuedLink sendLink(long accountId) {
        IssuedLink link = accounts.issueSetPasswordLink(accountId);
        mail(link, "accounts.mail.reset");
        return link;
    }

    /** The staff records of the current year, by name, with the account each is linked to (none without a year). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DIRECTOR')")
    public List<StaffListItem> staffRecords() {
        // a fresh establishment without a school year has no staff records yet: the accounts page still opens
        return years.current().map(year -> staff.list(new StaffQuery(null, null, StaffQuery.Status.ALL, year.id()), 0, STAFF_MAX))
                .orElse(List.of());
    }

    /**
     * Links the account to a staff record of the establishment (null: to none); the record it was
     * linked to before is unlinked first. The teacher's "Ma fiche" and classes follow.
     */
    private void linkStaff(ManagedAccount account, Long staffId) {
        long yearId = years.requireCurrent().id();
        List<StaffListItem> records = staffRecords();
        records.stream().filter(item -> staffId != null && item.id() == staffId && item.username() != null
                && !item.username().equals(account.username())).findFirst().ifPresent(item -> {
            throw new StaffAlreadyLinkedException(item.username());
        });
        for (StaffListItem item : records) {
            if (account.username().equals(item.username()) && (staffId == null || item.id() != staffId)) {
                staff.linkAccount(item.id(), yearId, null);
            }
        }
        if (staffId != null) staff.linkAccount(staffId, yearId, account.username());
    }

    private void mail(IssuedLink link, String kind) {
        long establishmentId = currentUser.establishmentId();
        String establishment = establishments.currentSummary().map(EtablissementSummary::name).orElse("");
        String until = WHEN.withZone(clock.zone()).format(link.expiresAt());
        mails.queue(establishmentId, link.email(), Texts.get(kind + ".subject", establishment),
                Texts.get(kind + ".body", link.displayName(), establishment, currentUser.require().displayName(), link.username(),
                        address.link("mot-de-passe/nouveau", link.token()), until));
    }
}
