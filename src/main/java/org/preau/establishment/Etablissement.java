package org.preau.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A school establishment, French (UAI) or Belgian (FASE). Every other owned row points to one. */
@Entity
@Table(name = "establishment")
class Etablissement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organising_body_id")
    private PouvoirOrganisateur organisingBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_system")
    private SchoolSystem schoolSystem;

    private String name;
    private String email;
    private String uai;
    private String fase;
    private String addressLine;
    private String postalCode;
    private String city;
    private String phone;
    private String dreetsContact;
    private String mcpfaContact;
    private String gretaCfaContact;
    private Instant updatedAt;
    private String updatedBy;

    protected Etablissement() {
    }

    Etablissement(PouvoirOrganisateur organisingBody, SchoolSystem schoolSystem, String name, String email, String code) {
        this.organisingBody = organisingBody;
        this.schoolSystem = schoolSystem;
        this.name = name;
        this.email = email;
        if (schoolSystem == SchoolSystem.FR) this.uai = Uai.normalise(code);
        else this.fase = code;
    }

    /** Applies details already checked by {@link EtablissementRules}; the school system never changes. */
    void update(EtablissementDetails details, String by, Instant at) {
        name = details.getName().strip();
        email = details.getEmail().strip();
        if (schoolSystem == SchoolSystem.FR) uai = Uai.normalise(details.getUai());
        else fase = details.getFase().strip();
        addressLine = blankToNull(details.getAddressLine());
        postalCode = blankToNull(details.getPostalCode());
        city = blankToNull(details.getCity());
        phone = blankToNull(details.getPhone());
        dreetsContact = blankToNull(details.getDreetsContact());
        mcpfaContact = blankToNull(details.getMcpfaContact());
        gretaCfaContact = blankToNull(details.getGretaCfaContact());
        updatedBy = by;
        updatedAt = at;
    }

    EtablissementDetails toDetails() {
        EtablissementDetails d = new EtablissementDetails();
        d.setSchoolSystem(schoolSystem);
        d.setOrganisingBody(organisingBody == null ? null : organisingBody.getName());
        d.setName(name);
        d.setEmail(email);
        d.setUai(uai);
        d.setFase(fase);
        d.setAddressLine(addressLine);
        d.setPostalCode(postalCode);
        d.setCity(city);
        d.setPhone(phone);
        d.setDreetsContact(dreetsContact);
        d.setMcpfaContact(mcpfaContact);
        d.setGretaCfaContact(gretaCfaContact);
        d.setVersion(version);
        d.setUpdatedAt(updatedAt);
        d.setUpdatedBy(updatedBy);
        return d;
    }

    EtablissementSummary toSummary() {
        return new EtablissementSummary(id, name, schoolSystem, code());
    }

    String code() {
        return schoolSystem == SchoolSystem.FR ? uai : fase;
    }

    Long organisingBodyId() {
        return organisingBody == null ? null : organisingBody.getId();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    SchoolSystem getSchoolSystem() {
        return schoolSystem;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
