package org.preau.miroir.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.preau.miroir.Indicator;
import org.preau.miroir.IndicatorCsv;
import org.preau.miroir.MiroirReport;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Step (2) of the Miroir page: the computed indicators, each with the detail of its source rows,
 * the warnings met while computing, and the CSV export of them all. Hidden until computed.
 */
class MiroirReportSection extends Section {

    final Grid<Indicator> indicatorGrid = new Grid<>();
    final IndicatorDetailDialog detailDialog = new IndicatorDetailDialog();
    final Div warnings = new Div();

    MiroirReportSection() {
        setId("miroir-report");
        setVisible(false);
        indicatorGrid.setId("miroir-indicators");
        indicatorGrid.setEmptyStateText(getTranslation("miroir.indicators.empty"));
        indicatorGrid.addColumn(Indicator::label).setHeader(getTranslation("miroir.indicator.label")).setFlexGrow(4);
        indicatorGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        indicatorGrid.addColumn(i -> i.value().toPlainString() + " " + i.unit()).setHeader(getTranslation("miroir.indicator.value")).setAutoWidth(true);
        indicatorGrid.addColumn(i -> i.details().size()).setHeader(getTranslation("miroir.indicator.rows")).setAutoWidth(true);
        indicatorGrid.addComponentColumn(i -> {
            Button show = new Button(getTranslation("miroir.indicator.detail"), e -> detailDialog.show(i));
            show.setId("miroir-detail-" + i.code());
            show.addThemeVariants(ButtonVariant.SMALL);
            return show;
        }).setAutoWidth(true);
        indicatorGrid.setAllRowsVisible(true);

        warnings.setId("miroir-warnings");
        add(new H3(getTranslation("miroir.report.title")), indicatorGrid, warnings);
    }

    void show(MiroirReport report) {
        indicatorGrid.setItems(report.indicators());
        warnings.removeAll();
        if (!report.warnings().isEmpty()) {
            warnings.add(new Paragraph(getTranslation("miroir.warnings.title", report.warnings().size())));
            report.warnings().stream().limit(50).forEach(w -> warnings.add(new Div(new Span(w))));
        }
        Anchor all = exportAnchor(report.indicators(), "miroir-" + report.year().label() + ".csv", getTranslation("miroir.exportAll"));
        all.setId("miroir-export-all");
        warnings.add(new Paragraph(all));
        setVisible(true);
    }

    static Anchor exportAnchor(List<Indicator> which, String fileName, String text) {
        byte[] csv = IndicatorCsv.of(which);
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length)), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
