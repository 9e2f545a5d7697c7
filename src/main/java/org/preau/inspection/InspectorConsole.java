package org.preau.inspection;

import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.security.CurrentUser;
import org.preau.security.PreauPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The inspector's side: the diplomas granted to them across the establishments they serve. The
 * learners themselves are read through the learner services, which check the grant on each call.
 */
@Service
public class InspectorConsole {

    private final InspectionStore table;
    private final ModuleSettings modules;
    private final EtablissementService establishments;
    private final CurrentUser currentUser;

    InspectorConsole(InspectionStore table, ModuleSettings modules, EtablissementService establishments, CurrentUser currentUser) {
        this.table = table;
        this.modules = modules;
        this.establishments = establishments;
        this.currentUser = currentUser;
    }

    /** The diplomas granted to the signed-in inspector, by establishment then label. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSPECTOR')")
    public List<GrantedDiploma> granted() {
        PreauPrincipal me = currentUser.require();
        return table.grantedTo(me.username(), me.establishmentIds()).stream()
                .filter(g -> modules.isEnabled(g.establishmentId(), PreauModule.ACCES_INSPECTEUR))
                .map(g -> new GrantedDiploma(g.establishmentId(),
                        establishments.summary(g.establishmentId()).map(EtablissementSummary::name).orElse(""), g.code(), g.label()))
                .sorted(java.util.Comparator.comparing(GrantedDiploma::establishmentName).thenComparing(GrantedDiploma::label))
                .toList();
    }

    /**
     * Moves the inspector to the establishment of a granted diploma, so that the learner services
     * read there; refused when nothing is granted to them there.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSPECTOR')")
    public void open(long establishmentId, String diplomaCode) {
        boolean granted = granted().stream().anyMatch(g -> g.establishmentId() == establishmentId && g.diplomaCode().equals(diplomaCode));
        if (!granted) throw new AccessDeniedException("Diploma " + diplomaCode + " of establishment " + establishmentId
                + " is not granted to " + currentUser.username());
        if (currentUser.require().currentEstablishmentId().orElse(-1L) != establishmentId) currentUser.switchEstablishment(establishmentId);
    }
}
