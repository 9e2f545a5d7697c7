package org.preau.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.preau.privacy.Retention;
import org.preau.privacy.RetentionReport;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The dry-run of the next retention run: what it removes by count, by table and by person, and who is kept and why. */
class RetentionPreview extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Retention retention;
    final Paragraph summary = new Paragraph();
    final Grid<Map.Entry<String, Integer>> tables = new Grid<>();
    final Grid<RetentionReport.Person> scrubbed = new Grid<>();
    final Paragraph noneScrubbed = new Paragraph();
    final Grid<RetentionReport.Kept> kept = new Grid<>();
    final Paragraph noneKept = new Paragraph();
    final Grid<RetentionReport.StaffPerson> staffScrubbed = new Grid<>();
    final Paragraph staffNone = new Paragraph();
    final Grid<RetentionReport.StaffKept> staffKept = new Grid<>();
    final Paragraph staffNoneKept = new Paragraph();

    RetentionPreview(Retention retention) {
        this.retention = retention;
        summary.setId("retention-summary");
        Button refresh = new Button(getTranslation("privacy.retention.preview.refresh"), e -> refresh());
        refresh.setId("retention-refresh");

        tables.setId("retention-tables");
        tables.addThemeVariants(GridVariant.LUMO_COMPACT);
        tables.addColumn(e -> getTranslation(RetentionReport.tableKey(e.getKey()))).setHeader(getTranslation("privacy.retention.column.table"))
                .setFlexGrow(1);
        tables.addColumn(Map.Entry::getValue).setHeader(getTranslation("privacy.retention.column.rows")).setAutoWidth(true);
        tables.setAllRowsVisible(true);

        scrubbed.setId("retention-scrubbed");
        scrubbed.addThemeVariants(GridVariant.LUMO_COMPACT);
        scrubbed.addColumn(RetentionReport.Person::name).setHeader(getTranslation("privacy.retention.column.name")).setFlexGrow(1);
        scrubbed.addColumn(p -> DAY.format(p.leftOn())).setHeader(getTranslation("privacy.retention.column.leftOn")).setAutoWidth(true);
        noneScrubbed.setText(getTranslation("privacy.retention.preview.none"));

        kept.setId("retention-kept");
        kept.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        kept.addColumn(RetentionReport.Kept::name).setHeader(getTranslation("privacy.retention.column.name")).setFlexGrow(1);
        kept.addColumn(k -> DAY.format(k.leftOn())).setHeader(getTranslation("privacy.retention.column.leftOn")).setAutoWidth(true);
        kept.addColumn(k -> getTranslation(k.reasonKey())).setHeader(getTranslation("privacy.retention.column.reason")).setFlexGrow(2);
        kept.setAllRowsVisible(true);
        noneKept.setText(getTranslation("privacy.retention.preview.noneKept"));

        staffScrubbed.setId("retention-staff-scrubbed");
        staffScrubbed.addThemeVariants(GridVariant.LUMO_COMPACT);
        staffScrubbed.addColumn(RetentionReport.StaffPerson::name).setHeader(getTranslation("privacy.retention.column.staffName")).setFlexGrow(1);
        staffScrubbed.addColumn(p -> DAY.format(p.leftOn())).setHeader(getTranslation("privacy.retention.column.staffLeftOn")).setAutoWidth(true);
        staffNone.setText(getTranslation("privacy.retention.preview.staffNone"));

        staffKept.setId("retention-staff-kept");
        staffKept.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        staffKept.addColumn(RetentionReport.StaffKept::name).setHeader(getTranslation("privacy.retention.column.staffName")).setFlexGrow(1);
        staffKept.addColumn(k -> DAY.format(k.leftOn())).setHeader(getTranslation("privacy.retention.column.staffLeftOn")).setAutoWidth(true);
        staffKept.addColumn(k -> getTranslation(k.reasonKey())).setHeader(getTranslation("privacy.retention.column.reason")).setFlexGrow(2);
        staffKept.setAllRowsVisible(true);
        staffNoneKept.setText(getTranslation("privacy.retention.preview.staffNoneKept"));

        add(summary, refresh, new H3(getTranslation("privacy.retention.preview.tables")), tables,
                new H3(getTranslation("privacy.retention.preview.scrubbed")), noneScrubbed, scrubbed,
                new H3(getTranslation("privacy.retention.preview.kept")), noneKept, kept,
                new H3(getTranslation("privacy.retention.preview.staffScrubbed")), staffNone, staffScrubbed,
                new H3(getTranslation("privacy.retention.preview.staffKept")), staffNoneKept, staffKept);
    }

    void refresh() {
        RetentionReport r = retention.preview();
        ZoneId paris = ZoneId.of("Europe/Paris");
        summary.setText(getTranslation("privacy.retention.preview.summary", r.scrubbed().size(), DAY.format(r.leftBefore()),
                r.originalsDeleted(), DAY.format(r.originalsBefore().atZone(paris)), r.auditRowsDeleted(),
                DAY.format(r.auditBefore().atZone(paris)), r.staffScrubbed().size()));
        List<Map.Entry<String, Integer>> rows = List.copyOf(r.rowsByTable().entrySet());
        tables.setItems(rows);
        tables.setVisible(!rows.isEmpty());
        scrubbed.setItems(r.scrubbed());
        // a short list in full; a long one scrolls inside the page
        scrubbed.setAllRowsVisible(r.scrubbed().size() <= 15);
        scrubbed.setHeight(r.scrubbed().size() <= 15 ? null : "30rem");
        scrubbed.setVisible(!r.scrubbed().isEmpty());
        noneScrubbed.setVisible(r.scrubbed().isEmpty());
        kept.setItems(r.kept());
        kept.setVisible(!r.kept().isEmpty());
        noneKept.setVisible(r.kept().isEmpty());
        staffScrubbed.setItems(r.staffScrubbed());
        staffScrubbed.setAllRowsVisible(r.staffScrubbed().size() <= 15);
        staffScrubbed.setHeight(r.staffScrubbed().size() <= 15 ? null : "30rem");
        staffScrubbed.setVisible(!r.staffScrubbed().isEmpty());
        staffNone.setVisible(r.staffScrubbed().isEmpty());
        staffKept.setItems(r.staffKept());
        staffKept.setVisible(!r.staffKept().isEmpty());
        staffNoneKept.setVisible(r.staffKept().isEmpty());
    }
}
