package org.preau.staff.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.preau.establishment.SchoolYearService;
import org.preau.security.Roles;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;

import java.util.Optional;

/** Personnels › Ma fiche: a teacher's own staff page, once a director has linked it to their account. */
@Route("personnels/ma-fiche")
@Menu(order = 310, title = "nav.personnels.maFiche")
@RolesAllowed(Roles.TEACHER)
public class MyStaffRecordView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final StaffDirectory staff;
    private final SchoolYearService years;

    public MyStaffRecordView(StaffDirectory staff, SchoolYearService years) {
        this.staff = staff;
        this.years = years;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StaffDetails> mine = staff.mine(years.requireCurrent().id());
        if (mine.isPresent()) {
            event.forwardTo(StaffPageView.class, new RouteParameters("id", String.valueOf(mine.get().getId())));
            return;
        }
        Paragraph notLinked = new Paragraph(getTranslation("staffPage.notLinked"));
        notLinked.setId("not-linked");
        add(notLinked);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.personnels.maFiche");
    }
}
