package org.preau.transfer;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.preau.print.SignatureCheck;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/** A hand-written-looking scribble drawn in a signature box of a rasterised transfer consent form. */
final class ConsentScribble {

    private ConsentScribble() {
    }

    static BufferedImage sign(BufferedImage page, SignatureCheck.Box box, int dpi) {
        double k = dpi / 72.0;
        // Below the box's label, inside its border.
        double left = (box.x() + 15) * k;
        double width = (box.width() - 40) * k;
        double top = (PDRectangle.A4.getHeight() - box.y() - box.height() + 30) * k;
        double height = (box.height() - 45) * k;
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(30, 30, 60));
        g.setStroke(new BasicStroke((float) (1.2 * k), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        path.moveTo(left, top + height * 0.6);
        path.curveTo(left + width * 0.1, top, left + width * 0.25, top + height, left + width * 0.4, top + height * 0.3);
        path.curveTo(left + width * 0.55, top + height * 0.9, left + width * 0.7, top + height * 0.1, left + width, top + height * 0.5);
        g.draw(path);
        g.dispose();
        return page;
    }
}
