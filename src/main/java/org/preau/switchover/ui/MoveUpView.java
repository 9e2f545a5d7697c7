package org.preau.switchover.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.PreauModule;
import org.preau.establishment.RequiresModule;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.pupil.MoveUp;
import org.preau.security.Roles;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Élèves › Montée d'année: where the secretary prepares the move-up the director will run in the
 * switchover wizard (the same proposals and changes as its learner step).
 */
@Route("eleves/montee-annee")
@Menu(order = 212, title = "nav.eleves.moveUp")
@RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR})
@RequiresModule(PreauModule.ELEVES_FWB)
public class MoveUpView extends Main implements HasDynamicTitle {

    public MoveUpView(MoveUp moveUp, SchoolYearService years) {
        addClassName("move-up-view");
        add(new H2(getTranslation("nav.eleves.moveUp")));
        List<SchoolYearView> all = years.list();
        Optional<SchoolYearView> closing = all.stream().filter(y -> y.state() == SchoolYearState.EN_COURS)
                .max(Comparator.comparingInt(SchoolYearView::startYear));
        Optional<SchoolYearView> prepared = all.stream().filter(y -> y.state() == SchoolYearState.PREPARATION)
                .min(Comparator.comparingInt(SchoolYearView::startYear));
        if (closing.isEmpty()) {
            add(new Paragraph(getTranslation("moveUp.noYear")));
            return;
        }
        Paragraph help = new Paragraph(getTranslation("moveUp.help"));
        help.addClassName("note");
        Long newId = prepared.map(SchoolYearView::id).orElse(null);
        add(help, new MoveUpSection(moveUp, moveUp.plan(closing.get().id(), newId), closing.get().id(), newId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.eleves.moveUp");
    }
}
