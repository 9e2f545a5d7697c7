package org.preau.segec;

import org.junit.jupiter.api.Test;
import org.preau.print.Letterhead;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan reader reuses each worker's picture from page to page: pages that differ in kind and size must still each read their own QR. */
class ScanReaderTest {

    @Test
    void a_stack_mixing_grey_colour_and_larger_pages_reads_every_page_s_own_code_in_order() throws IOException {
        List<SegecAuthorisationPdf.Form> forms = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            forms.add(new SegecAuthorisationPdf.Form(id, "Nom" + id, "Prénom", LocalDate.of(1980, 1, 1), null,
                    FormQr.payload(new byte[32], "9999", id, "2026-2027")));
        }
        byte[] printed = SegecAuthorisationPdf.write(Letterhead.plain("École", List.of("FASE 9999")), "2026-2027", forms);
        List<byte[]> pages = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            BufferedImage grey = ScannedStack.render(printed, i);
            BufferedImage page = switch (i % 3) {
                case 0 -> grey;
                case 1 -> colour(grey);
                default -> larger(grey);
            };
            pages.add(ScannedStack.jpeg(page));
        }

        List<Optional<String>> read = ScanReader.read("pile.pdf", ScannedStack.pack(pages));

        assertThat(read).hasSize(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            assertThat(read.get(i)).as("page " + (i + 1)).hasValue(forms.get(i).qrPayload());
        }
    }

    private static BufferedImage colour(BufferedImage grey) {
        BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = colour.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return colour;
    }

    /** The same page with a white band on the right and at the bottom: another picture size. */
    private static BufferedImage larger(BufferedImage grey) {
        BufferedImage larger = new BufferedImage(grey.getWidth() + 40, grey.getHeight() + 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = larger.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, larger.getWidth(), larger.getHeight());
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return larger;
    }
}
