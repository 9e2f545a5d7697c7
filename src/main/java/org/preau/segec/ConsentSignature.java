package org.preau.segec;

import com.google.zxing.ResultPoint;
import org.preau.print.Letterhead;
import org.preau.print.SignatureCheck;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signature check of a scanned "Autorisation Compte SeGEC": the QR code's three finder
 * patterns place the form's teacher box on the scan ({@link SegecAuthorisationPdf#TEACHER_SIGNATURE}),
 * whose ink is compared with the blank form rendered at the scan's resolution (once per
 * resolution and stack). Called from the scan reader's worker threads.
 */
final class ConsentSignature implements ScanReader.Inspector {

    /** Leaves the box's border (and a little skew) out of the count. */
    static final float INSET = 5;

    private final Letterhead letterhead;
    private final String schoolYear;
    private final Map<Integer, Double> blankShares = new ConcurrentHashMap<>();
    private volatile byte[] blankForm;

    ConsentSignature(Letterhead letterhead, String schoolYear) {
        this.letterhead = letterhead;
        this.schoolYear = schoolYear;
    }

    @Override
    public ScanReader.Verdict inspect(String payload, BufferedImage image, ResultPoint[] corners) {
        if (FormQr.parse(payload).isEmpty() || corners.length < 3) return ScanReader.Verdict.UNCHECKED;
        SignatureCheck.PageToImage map = placement(payload, corners);
        double share = SignatureCheck.inkShare(image, map, SegecAuthorisationPdf.TEACHER_SIGNATURE, INSET);
        int dpi = (int) Math.round(map.scale() * 72 / 10) * 10;
        double blank = blankShares.computeIfAbsent(dpi, d -> SignatureCheck.blankShare(blankForm(payload), 0,
                SegecAuthorisationPdf.TEACHER_SIGNATURE, INSET, d));
        return SignatureCheck.signed(share, blank) ? ScanReader.Verdict.SIGNED : ScanReader.Verdict.UNSIGNED;
    }

    /** Page points to the scan's pixels, from where the form prints the QR code and where the reader found its corners. */
    static SignatureCheck.PageToImage placement(String payload, ResultPoint[] corners) {
        double[][] page = SegecAuthorisationPdf.finderCentres(FormQr.matrix(payload).getWidth());
        // ZXing gives bottom-left, top-left, top-right.
        return SignatureCheck.PageToImage.fromThreePoints(page[0], page[1], page[2],
                xy(corners[1]), xy(corners[2]), xy(corners[0]));
    }

    private byte[] blankForm(String payload) {
        byte[] form = blankForm;
        if (form == null) {
            // The teacher's box holds the same label on every form: any one blank form is the reference.
            form = SegecAuthorisationPdf.write(letterhead, schoolYear, List.of(new SegecAuthorisationPdf.Form(0, "", "", null, null, payload)));
            blankForm = form;
        }
        return form;
    }

    private static double[] xy(ResultPoint p) {
        return new double[]{p.getX(), p.getY()};
    }
}
