package org.preau.miroir.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.preau.miroir.Indicator;
import org.preau.miroir.IndicatorDetail;

import java.util.List;

/**
 * How an indicator was computed, down to its source rows. It opens over the Miroir page rather
 * than below the report: thousands of rows there pushed the question "Envoyer ?" 5,000 px down.
 */
class IndicatorDetailDialog extends Dialog {

    final Paragraph check = new Paragraph();
    final Grid<IndicatorDetail> rows = new Grid<>();
    final Div export = new Div();

    IndicatorDetailDialog() {
        setId("miroir-detail");
        setWidth("70em");
        setMaxWidth("100%");
        check.setId("miroir-detail-check");
        rows.setId("miroir-detail-rows");
        rows.setEmptyStateText(getTranslation("miroir.detail.empty"));
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.setHeight("60vh");
        add(check, export, rows);
        Button close = new Button(getTranslation("miroir.detail.close"), e -> close());
        close.setId("miroir-detail-close");
        getFooter().add(close);
    }

    void show(Indicator indicator) {
        setHeaderTitle(getTranslation("miroir.detail.title", indicator.label(), indicator.value().toPlainString() + " " + indicator.unit()));
        check.setText(getTranslation(indicator.aggregation() == Indicator.Aggregation.SUM ? "miroir.detail.sum" : "miroir.detail.rate",
                indicator.details().size(), Indicator.valueOf(indicator.aggregation(), indicator.details()).toPlainString()));
        rows.removeAllColumns();
        rows.addColumn(IndicatorDetail::source).setHeader(getTranslation("miroir.detail.source")).setAutoWidth(true);
        List<String> columns = indicator.columns();
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            rows.addColumn(d -> d.cells().get(index)).setHeader(columns.get(index)).setAutoWidth(true);
        }
        rows.addColumn(d -> d.contribution().toPlainString()).setHeader(getTranslation("miroir.detail.contribution")).setAutoWidth(true);
        rows.setItems(indicator.details());
        export.removeAll();
        Anchor csv = MiroirReportSection.exportAnchor(List.of(indicator), "miroir-" + indicator.code() + ".csv", getTranslation("miroir.detail.export"));
        csv.setId("miroir-detail-export");
        export.add(csv);
        open();
    }
}
