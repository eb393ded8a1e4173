package vn.mttq.giamsat.feedback;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The person-check's question drawn as a picture, not written into the page: a script that reads the
 * page's text finds no question to answer. Each letter is placed with its own small turn and height,
 * over crossing lines and dots, in the portal's serif (Liberation Serif, which has every Vietnamese
 * letter). This raises the cost of a scripted send; it does not stop a program that reads pictures or
 * a person paid to answer (docs/security.md says so), which the per-address limits are for.
 */
final class ChallengePicture {

    private static final int WIDTH = 460;
    private static final int HEIGHT = 70;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Font FONT = load();

    private ChallengePicture() {
    }

    private static Font load() {
        try (InputStream in = ChallengePicture.class.getResourceAsStream("/liberation/LiberationSerif-Bold.ttf")) {
            if (in == null) {
                return new Font(Font.SERIF, Font.BOLD, 26);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Font.BOLD, 26f);
        } catch (FontFormatException | IOException e) {
            return new Font(Font.SERIF, Font.BOLD, 26);
        }
    }

    /** The question as a PNG data URL (the page's security policy allows data: images). */
    static String dataUrl(String question) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF4, 0xF1, 0xEA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 14; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80)));
                g.setStroke(new BasicStroke(1 + RANDOM.nextInt(2)));
                g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
            }
            g.setFont(FONT);
            float x = 10;
            for (int offset = 0; offset < question.length(); ) {
                int codePoint = question.codePointAt(offset);
                String letter = new String(Character.toChars(codePoint));
                offset += Character.charCount(codePoint);
                AffineTransform before = g.getTransform();
                float y = 44 + RANDOM.nextInt(9) - 4;
                g.rotate((RANDOM.nextDouble() - 0.5) * 0.45, x, y);
                g.setColor(new Color(20 + RANDOM.nextInt(60), 30 + RANDOM.nextInt(60), 60 + RANDOM.nextInt(90)));
                g.drawString(letter, x, y);
                g.setTransform(before);
                x += (float) g.getFontMetrics().stringWidth(letter) * (letter.isBlank() ? 1.1f : 0.97f);
            }
            for (int i = 0; i < 260; i++) {
                g.setColor(new Color(RANDOM.nextInt(200), RANDOM.nextInt(200), RANDOM.nextInt(200)));
                g.fillRect(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), 1 + RANDOM.nextInt(2), 1 + RANDOM.nextInt(2));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
