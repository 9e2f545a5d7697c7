package org.preau.establishment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The organising body (pouvoir organisateur) that runs one or more establishments; one row per name,
 * created by {@link EtablissementProvisioning} only, versioned for whoever edits it later.
 */
@Entity
@Table(name = "organising_body")
class PouvoirOrganisateur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    protected PouvoirOrganisateur() {
    }

    PouvoirOrganisateur(String name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
