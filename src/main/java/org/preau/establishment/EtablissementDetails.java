package org.preau.establishment;

import java.time.Instant;

/**
 * The editable details of an establishment, as the Établissement tab shows them. It carries no
 * id: the service always works on the current user's establishment. The version detects two
 * people saving the same establishment at once.
 */
public class EtablissementDetails {

    private SchoolSystem schoolSystem;
    private String organisingBody;
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
    private long version;
    private Instant updatedAt;
    private String updatedBy;

    public EtablissementDetails() {
    }

    public EtablissementDetails(EtablissementDetails other) {
        this.schoolSystem = other.schoolSystem;
        this.organisingBody = other.organisingBody;
        this.name = other.name;
        this.email = other.email;
        this.uai = other.uai;
        this.fase = other.fase;
        this.addressLine = other.addressLine;
        this.postalCode = other.postalCode;
        this.city = other.city;
        this.phone = other.phone;
        this.dreetsContact = other.dreetsContact;
        this.mcpfaContact = other.mcpfaContact;
        this.gretaCfaContact = other.gretaCfaContact;
        this.version = other.version;
        this.updatedAt = other.updatedAt;
        this.updatedBy = other.updatedBy;
    }

    public SchoolSystem getSchoolSystem() {
        return schoolSystem;
    }

    public void setSchoolSystem(SchoolSystem schoolSystem) {
        this.schoolSystem = schoolSystem;
    }

    public String getOrganisingBody() {
        return organisingBody;
    }

    public void setOrganisingBody(String organisingBody) {
        this.organisingBody = organisingBody;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public String getFase() {
        return fase;
    }

    public void setFase(String fase) {
        this.fase = fase;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDreetsContact() {
        return dreetsContact;
    }

    public void setDreetsContact(String dreetsContact) {
        this.dreetsContact = dreetsContact;
    }

    public String getMcpfaContact() {
        return mcpfaContact;
    }

    public void setMcpfaContact(String mcpfaContact) {
        this.mcpfaContact = mcpfaContact;
    }

    public String getGretaCfaContact() {
        return gretaCfaContact;
    }

    public void setGretaCfaContact(String gretaCfaContact) {
        this.gretaCfaContact = gretaCfaContact;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
