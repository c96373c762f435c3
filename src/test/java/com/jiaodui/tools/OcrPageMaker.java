package com.jiaodui.tools;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Makes real OCR with known gold for the {@code suspect-char} evaluation: the text of a sample page is set in
 * lines of {@value #PER_LINE} characters in WenQuanYi Zen Hei at a small size, printed to a grey image with
 * a little noise (as a newspaper scan), and read back by Tesseract 5 ({@code chi_sim}, Debian
 * {@code tesseract-ocr-chi-sim}); its misreadings are real OCR errors, the set text is their gold.
 * Run by hand, not by {@code mvn verify}:
 * <pre>
 * apt-get install fonts-wqy-zenhei tesseract-ocr tesseract-ocr-chi-sim
 * java -Djava.awt.headless=true -cp target/test-classes com.jiaodui.tools.OcrPageMaker \
 *     /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc assets/samples/page-a.clean.txt assets/eval/ocr/page-a
 * tesseract assets/eval/ocr/page-a.png assets/eval/ocr/page-a.ocr -l chi_sim --psm 6
 * </pre>
 * writes {@code page-a.gold.txt} (one printed line a line) and {@code page-a.png}; Tesseract writes
 * {@code page-a.ocr.txt}. Only the two texts are kept in the repository.
 */
public final class OcrPageMaker {
    static final int PER_LINE = 24;
    static final int SIZE = 17;

    private OcrPageMaker() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: OcrPageMaker FONT PAGE.txt OUTPUT-PREFIX");
            System.exit(2);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of(args[0]).toFile()).deriveFont((float) SIZE);
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            // set only Han text and Chinese punctuation: Latin, digits and spaces are not what is measured
            String p = para.replaceAll("[^\\u4e00-\\u9fff，。、；：？！“”《》（）]", "");
            for (int i = 0; i < p.length(); i += PER_LINE) {
                lines.add(p.substring(i, Math.min(p.length(), i + PER_LINE)));
            }
        }
        int lh = SIZE * 2;
        BufferedImage img = new BufferedImage(PER_LINE * SIZE + 40, lines.size() * lh + 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(40, 40, 40));
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 20, 20 + i * lh + SIZE);
        }
        g.dispose();
        Random rnd = new Random(15);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRaster().getSample(x, y, 0) + (int) (rnd.nextGaussian() * 22);
                img.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        ImageIO.write(img, "png", Path.of(args[2] + ".png").toFile());
        Files.writeString(Path.of(args[2] + ".gold.txt"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.err.println(lines.size() + " lines -> " + args[2] + ".png, " + args[2] + ".gold.txt");
    }
}
