package org.preau.establishment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** Logo and cachet uploads: what is refused, and what is stored of what is accepted. */
@PreauIntegrationTest
class ImageUploadsTest {

    static final String SCRIPT = "<script>alert('préau')</script>";

    @Autowired ImageUploads uploads;
    @Autowired EtablissementImages images;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void noImages() {
        jdbc.update("delete from establishment_image where establishment_id = (select id from establishment where uai = ?)", LYCEE_UAI);
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) for (int y = 0; y < height; y++) image.setRGB(x, y, new Color(x % 256, y % 256, 120).getRGB());
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG whose tEXt chunk carries a script, as a hostile upload would. */
    static byte[] pngWithScriptInText(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", "Comment");
        entry.setAttribute("value", SCRIPT);
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(text);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(new IIOImage(image, null, metadata));
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) return true;
        }
        return false;
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_png_with_a_script_in_a_text_chunk_is_stored_re_encoded_without_it() throws IOException {
        byte[] hostile = pngWithScriptInText(picture(120, 80));
        assertThat(contains(hostile, "<script>")).isTrue();

        StoredImage stored = uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(hostile));

        assertThat(stored.png()).isNotEqualTo(hostile);
        assertThat(contains(stored.png(), "<script>")).isFalse();
        assertThat(contains(stored.png(), "tEXt")).isFalse();
        assertThat(stored.width()).isEqualTo(120);
        assertThat(stored.height()).isEqualTo(80);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored.png()));
        assertThat(back.getRGB(10, 20)).isEqualTo(picture(120, 80).getRGB(10, 20));
        assertThat(images.current(ImageKind.LOGO)).isPresent();
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_polyglot_keeps_only_its_pixels() throws IOException {
        byte[] png = encode(picture(40, 40), "png");
        byte[] html = ("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] polyglot = Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, polyglot, png.length, html.length);

        StoredImage stored = uploads.accept(ImageKind.CACHET, new ByteArrayInputStream(polyglot));

        assertThat(contains(stored.png(), "<html>")).isFalse();
        assertThat(contains(stored.png(), "<script>")).isFalse();
        assertThat(stored.png()).isNotEqualTo(png);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_jpeg_is_stored_as_png() throws IOException {
        StoredImage stored = uploads.accept(ImageKind.CACHET, new ByteArrayInputStream(encode(picture(64, 32), "jpeg")));

        assertThat(Arrays.copyOf(stored.png(), 4)).isEqualTo(new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        assertThat(stored.width()).isEqualTo(64);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_file_that_is_neither_png_nor_jpeg_is_refused_whatever_its_name() throws IOException {
        byte[] gif = encode(picture(10, 10), "gif");
        byte[] script = SCRIPT.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(gif)))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessage("Fichier refusé : ce n'est ni une image PNG ni une image JPEG (le contenu du fichier est vérifié, pas son nom).");
        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(script))).isInstanceOf(ImageRefusedException.class);
        assertThat(images.current(ImageKind.LOGO)).isEmpty();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_file_over_two_megabytes_is_refused_after_reading_only_the_limit() {
        byte[] big = new byte[ImageUploads.MAX_BYTES + 10_000_000];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, big, 0, 8);
        ByteArrayInputStream in = new ByteArrayInputStream(big);

        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, in)).isInstanceOf(ImageRefusedException.class)
                .hasMessage("Fichier refusé : il dépasse 2 Mo.");
        assertThat(in.available()).isEqualTo(big.length - ImageUploads.MAX_BYTES - 1);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void an_image_too_wide_is_refused_from_its_header() throws IOException {
        byte[] wide = encode(new BufferedImage(3001, 2, BufferedImage.TYPE_BYTE_BINARY), "png");
        byte[] manyPixels = encode(new BufferedImage(2100, 2100, BufferedImage.TYPE_BYTE_BINARY), "png");

        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(wide))).isInstanceOf(ImageRefusedException.class)
                .hasMessage("Image refusée : elle mesure 3001 × 2 pixels ; 3000 pixels de côté et 4 millions de pixels au plus.");
        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(manyPixels)))
                .isInstanceOf(ImageRefusedException.class).hasMessageStartingWith("Image refusée : elle mesure 2100 × 2100 pixels");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_truncated_png_is_refused_as_unreadable() throws IOException {
        byte[] png = encode(picture(50, 50), "png");

        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(Arrays.copyOf(png, png.length / 2))))
                .isInstanceOf(ImageRefusedException.class).hasMessage("Image refusée : elle est endommagée ou illisible.");
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_cannot_upload() throws IOException {
        byte[] png = encode(picture(5, 5), "png");

        assertThatThrownBy(() -> uploads.accept(ImageKind.LOGO, new ByteArrayInputStream(png))).isInstanceOf(AccessDeniedException.class);
    }
}
