package org.preau.print;

import org.preau.establishment.EtablissementDetails;
import org.preau.establishment.EtablissementImages;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.ImageKind;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.StoredImage;
import org.preau.base.Texts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Builds the letterhead of an establishment from its details, logo and cachet. */
@Component
public class Letterheads {

    private final EtablissementService etablissements;
    private final EtablissementImages images;

    Letterheads(EtablissementService etablissements, EtablissementImages images) {
        this.etablissements = etablissements;
        this.images = images;
    }

    /** The letterhead of an establishment the caller legitimately prints for. */
    public Letterhead of(long establishmentId) {
        EtablissementDetails d = etablissements.forPrintingOrSending(establishmentId)
                .orElseThrow(() -> new IllegalArgumentException("No establishment " + establishmentId));
        List<String> lines = new ArrayList<>();
        if (d.getAddressLine() != null) lines.add(d.getAddressLine());
        String town = join(d.getPostalCode(), d.getCity());
        if (!town.isEmpty()) lines.add(town);
        lines.add(d.getSchoolSystem() == SchoolSystem.FR
                ? Texts.get("print.letterhead.uai", d.getUai())
                : Texts.get("print.letterhead.fase", d.getFase()));
        String contact = join(d.getPhone(), d.getEmail());
        if (!contact.isEmpty()) lines.add(contact);
        return new Letterhead(d.getName(), lines,
                images.find(establishmentId, ImageKind.LOGO).map(StoredImage::png),
                images.find(establishmentId, ImageKind.CACHET).map(StoredImage::png));
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
    }
}
