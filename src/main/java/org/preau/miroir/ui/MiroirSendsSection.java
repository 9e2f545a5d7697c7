package org.preau.miroir.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.preau.miroir.MiroirSubmission;
import org.preau.miroir.SchoolSendState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lower half of the Miroir page: the school's sends with the collection point's status (each
 * with "Actualiser" and its exchange), and which schools of the organising body have sent for the year.
 */
class MiroirSendsSection extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    final Grid<MiroirSubmission> submissions = new Grid<>();
    final Grid<SchoolSendState> schools = new Grid<>();

    MiroirSendsSection(Consumer<MiroirSubmission> refresh) {
        submissions.setId("miroir-submissions");
        submissions.setEmptyStateText(getTranslation("miroir.submissions.empty"));
        submissions.addColumn(s -> WHEN.format(s.sentAt().atZone(ZONE))).setHeader(getTranslation("miroir.submission.sentAt")).setAutoWidth(true);
        submissions.addColumn(MiroirSubmission::schoolYearLabel).setHeader(getTranslation("miroir.submission.year")).setAutoWidth(true);
        submissions.addColumn(s -> getTranslation(s.use().translationKey(), s.schoolYearLabel(), s.startYear() + 1))
                .setHeader(getTranslation("miroir.submission.use")).setAutoWidth(true);
        submissions.addColumn(s -> getTranslation(s.status().translationKey())).setHeader(getTranslation("miroir.submission.status")).setAutoWidth(true);
        submissions.addColumn(s -> String.join(" ", s.messages())).setHeader(getTranslation("miroir.submission.messages")).setFlexGrow(3);
        submissions.addComponentColumn(s -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button button = new Button(getTranslation("miroir.submission.refresh"), e -> refresh.accept(s));
            button.setId("miroir-refresh-" + s.id());
            button.addThemeVariants(ButtonVariant.SMALL);
            actions.add(button, new Anchor(MiroirView.HISTORY_DETAIL + s.exchangeId(), getTranslation("miroir.submission.history")));
            return actions;
        }).setAutoWidth(true);
        submissions.setAllRowsVisible(true);
        submissions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        schools.setId("miroir-schools");
        schools.setEmptyStateText(getTranslation("miroir.schools.empty"));
        schools.addColumn(s -> s.name() + (s.current() ? " " + getTranslation("miroir.schools.current") : "")).setHeader(getTranslation("miroir.schools.name")).setFlexGrow(1);
        schools.addColumn(SchoolSendState::fase).setHeader(getTranslation("miroir.schools.fase")).setAutoWidth(true);
        schools.addColumn(s -> s.latest().map(l -> getTranslation("miroir.schools.sent", WHEN.format(l.sentAt().atZone(ZONE)),
                getTranslation(l.status().translationKey()))).orElse(getTranslation("miroir.schools.notSent")))
                .setHeader(getTranslation("miroir.schools.state")).setAutoWidth(true);
        schools.setAllRowsVisible(true);

        add(new H3(getTranslation("miroir.submissions.title")), submissions,
                new H3(getTranslation("miroir.schools.title")), new Paragraph(getTranslation("miroir.schools.help")), schools);
    }

    void show(List<MiroirSubmission> sends, List<SchoolSendState> states) {
        submissions.setItems(sends);
        schools.setItems(states);
    }
}
