package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.synthetic.ExercisePositions;
import dev.formcheck.ui.model.ExerciseGuide;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Before a set: the chosen exercise's "how to" ({@link ExerciseGuide}), the mannequin in its key
 * positions as the camera should see them (rendered off the EDT, once per exercise), and a plan
 * of where the camera goes.
 */
final class HowToPanel extends JPanel {
    /** The pictures' size: small enough to render in a fraction of a second, large enough to read. */
    private static final int PICTURE_WIDTH = 320;
    private static final int PICTURE_HEIGHT = 240;

    final JLabel title = new JLabel(" ");
    private final JPanel steps = new JPanel();
    private final JPanel camera = new JPanel();
    final Pictures pictures = new Pictures();
    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formcheck-howto");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentHashMap<String, List<BufferedImage>> rendered = new ConcurrentHashMap<>();
    private volatile String shown = "";

    HowToPanel() {
        super(new BorderLayout(UIScale.scale(8), UIScale.scale(8)));
        setName("howTo");
        setBorder(BorderFactory.createEmptyBorder(UIScale.scale(12), UIScale.scale(12), UIScale.scale(12), UIScale.scale(12)));
        title.setName("howToTitle");
        title.setFont(title.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(22)));
        steps.setLayout(new BoxLayout(steps, BoxLayout.Y_AXIS));
        steps.setName("howToSteps");
        camera.setLayout(new BoxLayout(camera, BoxLayout.Y_AXIS));
        camera.setName("howToCamera");
        JPanel words = new JPanel();
        words.setLayout(new BoxLayout(words, BoxLayout.Y_AXIS));
        words.add(title);
        words.add(steps);
        JLabel where = new JLabel("Where to put the camera");
        where.setFont(where.getFont().deriveFont(Font.BOLD, (float) UIScale.scale(17)));
        where.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(10), 0, UIScale.scale(2), 0));
        words.add(where);
        words.add(camera);
        add(words, BorderLayout.NORTH);
        pictures.setName("howToPictures");
        add(pictures, BorderLayout.CENTER);
    }

    /** Shows {@code exercise}'s guide at once and its pictures when rendered. */
    void show(String exercise) {
        ExerciseGuide guide = ExerciseGuide.of(exercise);
        shown = exercise;
        title.setText(guide.title());
        fill(steps, guide.steps(), true);
        fill(camera, guide.camera(), false);
        pictures.set(List.of(), guide.positions());
        List<BufferedImage> done = rendered.get(exercise);
        if (done != null) {
            pictures.set(done, guide.positions());
            return;
        }
        painter.execute(() -> {
            List<BufferedImage> images = ExercisePositions.render(exercise, PICTURE_WIDTH, PICTURE_HEIGHT)
                    .map(list -> list.stream().map(HowToPanel::toImage).toList()).orElse(List.of());
            rendered.put(exercise, images);
            SwingUtilities.invokeLater(() -> {
                if (shown.equals(exercise)) {
                    pictures.set(images, guide.positions());
                }
            });
        });
    }

    private static void fill(JPanel panel, List<String> lines, boolean numbered) {
        panel.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            JLabel l = new JLabel((numbered ? (i + 1) + ". " : "• ") + lines.get(i));
            l.setFont(l.getFont().deriveFont((float) UIScale.scale(15)));
            panel.add(l);
        }
        panel.revalidate();
        panel.repaint();
    }

    private static BufferedImage toImage(RgbImage rgb) {
        BufferedImage out = new BufferedImage(rgb.width(), rgb.height(), BufferedImage.TYPE_INT_RGB);
        ByteBuffer p = rgb.pixels();
        for (int y = 0; y < rgb.height(); y++) {
            for (int x = 0; x < rgb.width(); x++) {
                int o = 3 * (y * rgb.width() + x);
                out.setRGB(x, y, (p.get(o) & 0xFF) << 16 | (p.get(o + 1) & 0xFF) << 8 | (p.get(o + 2) & 0xFF));
            }
        }
        return out;
    }

    /** The mannequin's positions side by side, each captioned, then the camera's place seen from above. */
    static final class Pictures extends JComponent {
        private List<BufferedImage> images = List.of();
        private List<String> captions = List.of();

        Pictures() {
            setPreferredSize(new Dimension(UIScale.scale(640), UIScale.scale(260)));
        }

        void set(List<BufferedImage> newImages, List<String> newCaptions) {
            images = new ArrayList<>(newImages);
            captions = newCaptions;
            repaint();
        }

        int pictureCount() {
            return images.size();
        }

        @Override
        protected void paintComponent(Graphics g0) {
            Graphics2D g = (Graphics2D) g0.create();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int slots = images.size() + 1;
            int gap = UIScale.scale(10);
            int captionHeight = UIScale.scale(22);
            double slotWidth = (getWidth() - gap * (slots - 1)) / (double) slots;
            double h = Math.min(getHeight() - captionHeight, slotWidth * PICTURE_HEIGHT / PICTURE_WIDTH);
            double w = h * PICTURE_WIDTH / PICTURE_HEIGHT;
            g.setFont(getFont().deriveFont(Font.BOLD, (float) UIScale.scale(14)));
            for (int i = 0; i < images.size(); i++) {
                int x = (int) Math.round(i * (slotWidth + gap));
                g.drawImage(images.get(i), x, captionHeight, (int) w, (int) h, null);
                g.setColor(getForeground());
                g.drawString(i < captions.size() ? captions.get(i) : "", x, captionHeight - UIScale.scale(6));
            }
            int x = (int) Math.round(images.size() * (slotWidth + gap));
            plan(g, x, captionHeight, (int) Math.min(slotWidth, w), (int) h);
            g.dispose();
        }

        /** Seen from above: the person side-on, the camera at their side 2-3 m away. */
        private void plan(Graphics2D g, int x, int y, int w, int h) {
            g.setColor(getForeground());
            g.drawString("Seen from above", x, y - UIScale.scale(6));
            g.setStroke(new BasicStroke(UIScale.scale(2f)));
            g.drawRect(x, y, w, h);
            double personX = x + w * 0.5;
            double personY = y + h * 0.28;
            double r = Math.min(w, h) * 0.09;
            g.setColor(new Color(0x00, 0x72, 0xB2)); // the palette's blue: reads on light and dark themes
            g.fill(new Ellipse2D.Double(personX - r * 0.8, personY - r * 1.7, r * 1.6, r * 3.4)); // shoulders, across the facing
            g.setColor(new Color(0x56, 0xB4, 0xE9));
            g.fill(new Ellipse2D.Double(personX - r * 0.6, personY - r * 0.6, r * 1.2, r * 1.2)); // head
            g.setColor(new Color(0x00, 0x72, 0xB2));
            g.draw(new Line2D.Double(personX + r * 0.8, personY, personX + r * 2.4, personY)); // facing
            double camX = personX;
            double camY = y + h * 0.72;
            g.setColor(new Color(0xD5, 0x5E, 0x00));
            g.fillRect((int) (camX - r), (int) (camY - r * 0.6), (int) (2 * r), (int) (1.2 * r));
            g.fillPolygon(new int[] {(int) camX, (int) (camX - r * 0.8), (int) (camX + r * 0.8)},
                    new int[] {(int) (camY - r * 0.6), (int) (camY - r * 1.4), (int) (camY - r * 1.4)}, 3);
            g.setStroke(new BasicStroke(UIScale.scale(1.5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {UIScale.scale(5f), UIScale.scale(4f)}, 0));
            g.draw(new Line2D.Double(camX, camY - r * 1.5, personX, personY + r * 1.8));
            g.setColor(getForeground());
            g.setFont(getFont().deriveFont((float) UIScale.scale(13)));
            g.drawString("2–3 m", (int) (camX + r * 0.6), (int) ((camY + personY) / 2));
            g.drawString("you, facing →", (int) (personX - r * 3), (int) (personY - r * 1.6));
            g.drawString("camera at your side", (int) (camX - r * 4), (int) (camY + r * 1.8));
        }
    }
}
