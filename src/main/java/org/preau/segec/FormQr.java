package org.preau.segec;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The QR code of a consent form: {@code SEGEC1|<FASE>|<staff id>|<school year>|<mac>}, where the
 * mac is the first 8 bytes of an HMAC-SHA256 of the first four fields with the establishment's
 * secret, so that a hand-made QR naming another teacher is refused.
 */
final class FormQr {

    static final String PREFIX = "SEGEC1";

    private FormQr() {
    }

    record Content(String fase, long staffId, String schoolYear) {
    }

    static String payload(byte[] key, String fase, long staffId, String schoolYear) {
        String data = PREFIX + "|" + fase + "|" + staffId + "|" + schoolYear;
        return data + "|" + mac(key, data);
    }

    /** The fields of a payload, without checking its mac (to tell "another establishment" from "forged"). */
    static Optional<Content> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 5 || !PREFIX.equals(parts[0])) return Optional.empty();
        try {
            return Optional.of(new Content(parts[1], Long.parseLong(parts[2]), parts[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean authentic(byte[] key, String payload) {
        int last = payload.lastIndexOf('|');
        if (last < 0) return false;
        return MessageDigest.isEqual(mac(key, payload.substring(0, last)).getBytes(StandardCharsets.US_ASCII),
                payload.substring(last + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * One pixel per module, with a 4-module quiet zone; ECC Q, which reads back best from scans.
     * The mask is fixed: any of the eight is a valid code, and scoring all eight (ZXing's default)
     * was most of the time of printing 1,000 forms. Mask 2 is the one ZXing chose most often for
     * these payloads; codes made with it read back from clean and noisy, skewed scans alike.
     */
    static final int MASK = 2;

    static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.QR_MASK_PATTERN, MASK));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(full, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
