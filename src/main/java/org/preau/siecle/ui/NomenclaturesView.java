package org.preau.siecle.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.EtablissementClock;
import org.preau.exchange.ExchangeFilter;
import org.preau.exchange.ExchangeKind;
import org.preau.exchange.ExchangeLog;
import org.preau.exchange.ExchangeStatus;
import org.preau.exchange.ExchangeSummary;
import org.preau.learner.MefCatalog;
import org.preau.learner.MefView;
import org.preau.security.Roles;
import org.preau.staff.NomenclatureSubject;
import org.preau.staff.SubjectCatalog;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Élèves › Nomenclatures, read only: what the latest Nomenclature import brought, as SCONET's
 * "Consultation": the MEF with the diploma each prepares, and the subjects.
 */
@Route("eleves/nomenclatures")
@Menu(order = 215, title = "nav.eleves.nomenclatures")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.SIECLE)
public class NomenclaturesView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    final Paragraph lastImport = new Paragraph();
    final Grid<MefView> mefs = new Grid<>();
    final Grid<NomenclatureSubject> subjects = new Grid<>();

    public NomenclaturesView(MefCatalog mefCatalog, SubjectCatalog subjectCatalog, ExchangeLog log, EtablissementClock clock) {
        addClassName("nomenclatures-view");
        Optional<ExchangeSummary> last = log.search(new ExchangeFilter(ExchangeKind.NOMENCLATURE, ExchangeStatus.SUCCESS, null), 0, 1)
                .stream().findFirst();
        lastImport.setId("nomenclatures-last-import");
        lastImport.setText(last.map(e -> getTranslation("nomenclatures.lastImport", WHEN.format(e.startedAt().atZone(clock.zone())),
                        e.who(), e.summary() == null ? "" : e.summary()))
                .orElse(getTranslation("nomenclatures.never")));

        Map<String, MefView> all = mefCatalog.all();
        mefs.setId("nomenclatures-mefs");
        mefs.addColumn(MefView::label).setTooltipGenerator(MefView::codeMef).setHeader(getTranslation("nomenclatures.mef")).setFlexGrow(2);
        mefs.addColumn(m -> m.formation() == null ? "" : m.formation()).setHeader(getTranslation("nomenclatures.formation")).setAutoWidth(true);
        mefs.addColumn(m -> diploma(m, all)).setHeader(getTranslation("nomenclatures.diploma")).setFlexGrow(2);
        mefs.addColumn(MefView::codeMef).setHeader(getTranslation("nomenclatures.code")).setAutoWidth(true);
        mefs.setItems(all.values());
        mefs.setEmptyStateText(getTranslation("nomenclatures.mefs.empty"));

        subjects.setId("nomenclatures-subjects");
        subjects.addColumn(NomenclatureSubject::label).setTooltipGenerator(NomenclatureSubject::code)
                .setHeader(getTranslation("nomenclatures.subject")).setFlexGrow(2);
        subjects.addColumn(s -> s.codeGestion() == null ? "" : s.codeGestion()).setHeader(getTranslation("nomenclatures.codeGestion")).setAutoWidth(true);
        subjects.addColumn(NomenclatureSubject::code).setHeader(getTranslation("nomenclatures.code")).setAutoWidth(true);
        subjects.setItems(subjectCatalog.all().values());
        subjects.setEmptyStateText(getTranslation("nomenclatures.subjects.empty"));

        for (Grid<?> grid : List.of(mefs, subjects)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
        }
        add(lastImport, new H3(getTranslation("nomenclatures.mefs")), mefs, new H3(getTranslation("nomenclatures.subjects")), subjects);
    }

    /** The diploma a MEF prepares: the label of the MEF it is attached to, or its own. */
    private static String diploma(MefView mef, Map<String, MefView> all) {
        MefView diploma = all.get(mef.diplomaCode());
        return diploma == null ? mef.diplomaCode() : diploma.label();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nomenclatures.title");
    }
}
