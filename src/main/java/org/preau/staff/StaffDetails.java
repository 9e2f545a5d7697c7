package org.preau.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff member's record as the staff page edits it. The identity, e-mails, exit date and
 * the presences and fonction de promotion of the year are editable; the source, disciplines and
 * served structures come from imports.
 */
public class StaffDetails {

    private Long id;
    private long version;
    private String externalType;
    private String externalId;
    private String civilite;
    private String nomUsage;
    private String nomPatronymique;
    private String prenom;
    private LocalDate dateNaissance;
    private String sexe;
    private String grade;
    private String emailPro;
    private String emailPerso;
    private LocalDate exitDate;
    private boolean presenceAdministrative = true;
    private boolean presencePhysique = true;
    private boolean fonctionPromotion;
    private String username;
    private Long schoolYearId;
    private Set<String> functions = new TreeSet<>();
    private List<Discipline> disciplines = new ArrayList<>();
    private List<ServedStructure> served = new ArrayList<>();
    private Instant updatedAt;
    private String updatedBy;

    public StaffDetails() {
    }

    public StaffDetails(StaffDetails other) {
        id = other.id;
        version = other.version;
        externalType = other.externalType;
        externalId = other.externalId;
        civilite = other.civilite;
        nomUsage = other.nomUsage;
        nomPatronymique = other.nomPatronymique;
        prenom = other.prenom;
        dateNaissance = other.dateNaissance;
        sexe = other.sexe;
        grade = other.grade;
        emailPro = other.emailPro;
        emailPerso = other.emailPerso;
        exitDate = other.exitDate;
        presenceAdministrative = other.presenceAdministrative;
        presencePhysique = other.presencePhysique;
        fonctionPromotion = other.fonctionPromotion;
        username = other.username;
        schoolYearId = other.schoolYearId;
        functions = new TreeSet<>(other.functions);
        disciplines = new ArrayList<>(other.disciplines);
        served = new ArrayList<>(other.served);
        updatedAt = other.updatedAt;
        updatedBy = other.updatedBy;
    }

    public String displayName() {
        return (nomUsage == null ? "" : nomUsage) + " " + (prenom == null ? "" : prenom);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getExternalType() { return externalType; }
    public void setExternalType(String externalType) { this.externalType = externalType; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getCivilite() { return civilite; }
    public void setCivilite(String civilite) { this.civilite = civilite; }
    public String getNomUsage() { return nomUsage; }
    public void setNomUsage(String nomUsage) { this.nomUsage = nomUsage; }
    public String getNomPatronymique() { return nomPatronymique; }
    public void setNomPatronymique(String nomPatronymique) { this.nomPatronymique = nomPatronymique; }
    public String getPrenom() { return prenom; }
    public void setPrenom(String prenom) { this.prenom = prenom; }
    public LocalDate getDateNaissance() { return dateNaissance; }
    public void setDateNaissance(LocalDate dateNaissance) { this.dateNaissance = dateNaissance; }
    public String getSexe() { return sexe; }
    public void setSexe(String sexe) { this.sexe = sexe; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getEmailPro() { return emailPro; }
    public void setEmailPro(String emailPro) { this.emailPro = emailPro; }
    public String getEmailPerso() { return emailPerso; }
    public void setEmailPerso(String emailPerso) { this.emailPerso = emailPerso; }
    public LocalDate getExitDate() { return exitDate; }
    public void setExitDate(LocalDate exitDate) { this.exitDate = exitDate; }
    /** Per school year: the person still belongs to the school (ProEco's "présence administrative"). */
    public boolean isPresenceAdministrative() { return presenceAdministrative; }
    public void setPresenceAdministrative(boolean presenceAdministrative) { this.presenceAdministrative = presenceAdministrative; }
    /** Per school year: the person works in the school (unticked for a director on congé mission). */
    public boolean isPresencePhysique() { return presencePhysique; }
    public void setPresencePhysique(boolean presencePhysique) { this.presencePhysique = presencePhysique; }
    /** Per school year: the director's "fonction de promotion". */
    public boolean isFonctionPromotion() { return fonctionPromotion; }
    public void setFonctionPromotion(boolean fonctionPromotion) { this.fonctionPromotion = fonctionPromotion; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Long getSchoolYearId() { return schoolYearId; }
    public void setSchoolYearId(Long schoolYearId) { this.schoolYearId = schoolYearId; }
    public Set<String> getFunctions() { return functions; }
    public void setFunctions(Set<String> functions) { this.functions = new TreeSet<>(functions); }
    public List<Discipline> getDisciplines() { return disciplines; }
    public void setDisciplines(List<Discipline> disciplines) { this.disciplines = new ArrayList<>(disciplines); }
    public List<ServedStructure> getServed() { return served; }
    public void setServed(List<ServedStructure> served) { this.served = new ArrayList<>(served); }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
