package org.preau.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.preau.base.LocatedRefusal;
import org.preau.security.BackgroundWork;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A screen built on {@link UploadPreview} the way features build theirs: "name;age" lines, read in
 * the background, written into a list on Confirmer. Exists only in tests.
 */
@Route(value = "test/import", autoLayout = false)
@PermitAll
public class UploadPreviewTestView extends Div {

    static final int LIMIT = 1024;

    final List<String> written = new ArrayList<>();
    int reads;
    final UploadPreview<List<String>, Integer> panel;

    public UploadPreviewTestView(BackgroundWork background) {
        panel = new UploadPreview<List<String>, Integer>("people", LIMIT, background::submit)
                .accept(".csv")
                .reader((file, progress) -> read(new String(file.bytes(), StandardCharsets.UTF_8)))
                .refusedWhen(lines -> lines.isEmpty() ? List.of(new LocatedMessage("Le fichier ne contient aucune ligne.", null)) : List.of())
                .preview(lines -> new Paragraph(lines.size() + " personnes à ajouter"))
                .writer((file, lines, progress) -> {
                    written.addAll(lines);
                    return lines.size();
                })
                .result(count -> new Paragraph(count + " personnes ajoutées"))
                .history(count -> "echanges/historique?echange=42");
        add(panel);
    }

    private List<String> read(String content) {
        reads++;
        List<String> people = new ArrayList<>();
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            if (lines[i].equals("BOOM")) throw new IllegalStateException("a bug in the reader");
            String[] cells = lines[i].split(";");
            if (cells.length < 2 || !cells[1].strip().matches("[0-9]+")) {
                throw new Refused("L'âge doit être un nombre.", "ligne " + (i + 1) + ", colonne 2");
            }
            people.add(cells[0]);
        }
        return people;
    }

    static class Refused extends RuntimeException implements LocatedRefusal {
        private final String location;

        Refused(String message, String location) {
            super(message);
            this.location = location;
        }

        @Override
        public String location() {
            return location;
        }
    }
}
