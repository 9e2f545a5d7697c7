package org.preau.staff.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.preau.staff.NomenclatureSubject;
import org.preau.staff.StaffDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The staff page's "Service" section, read-only: where the record comes from (STS-WEB or by hand,
 * with the grade), the disciplines and the divisions served in the year, by name with the STS code
 * in the tooltip.
 */
class StaffServiceSection extends Section {

    final Paragraph source = new Paragraph();
    final Paragraph disciplines = new Paragraph();
    final Paragraph served = new Paragraph();

    StaffServiceSection() {
        source.setId("staff-source");
        disciplines.setId("staff-disciplines");
        served.setId("staff-served");
        add(new H3(getTranslation("staffPage.section.sts")), source, disciplines, served);
    }

    void show(StaffDetails details, String yearLabel, Map<String, NomenclatureSubject> known) {
        source.setText(details.getExternalType() == null ? getTranslation("staffPage.source.manual")
                : StaffTexts.source(this, details.getExternalType(), details.getExternalId())
                + (details.getGrade() == null ? "" : " — " + StaffTexts.grade(this, details.getGrade())));
        disciplines.removeAll();
        disciplines.add(new Span(getTranslation("staff.field.disciplines") + " : "));
        named(disciplines, details.getDisciplines().stream().map(d -> new String[]{(d.label() == null ? d.code() : d.label())
                + (d.hours() == null ? "" : " (" + d.hours().stripTrailingZeros().toPlainString() + " h)"), d.code()}).toList());
        served.removeAll();
        served.add(new Span(getTranslation("staffPage.served", yearLabel) + " "));
        named(served, details.getServed().stream().map(s -> s.subjectCode().isEmpty() ? new String[]{s.code(), null}
                : new String[]{s.code() + " (" + (known.containsKey(s.subjectCode()) ? known.get(s.subjectCode()).label() : s.subjectCode()) + ")",
                s.subjectCode()}).distinct().toList());
    }

    /** Each {name, code} as a span whose tooltip is the code, separated by commas; a dash when there is none. */
    private static void named(Paragraph target, List<String[]> items) {
        if (items.isEmpty()) {
            target.add(new Span("—"));
            return;
        }
        List<String> seen = new ArrayList<>();
        for (String[] item : items) {
            if (seen.contains(item[0])) continue;
            if (!seen.isEmpty()) target.add(new Span(", "));
            seen.add(item[0]);
            Span name = new Span(item[0]);
            if (item[1] != null) name.setTitle(item[1]);
            target.add(name);
        }
    }
}
