package dev.formcheck.ui.window;

import com.formdev.flatlaf.util.UIScale;
import dev.formcheck.ui.model.ReviewViewModel;

import javax.swing.JComponent;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.LongConsumer;

/** The review's timeline: a bar the video's length, a coloured mark per flag, the playhead; a click seeks. */
final class Timeline extends JComponent {
    private List<ReviewViewModel.Mark> marks = List.of();
    private ReviewViewModel model;
    private double playhead;

    Timeline(LongConsumer seek) {
        setName("timeline");
        setPreferredSize(new Dimension(UIScale.scale(600), UIScale.scale(36)));
        MouseAdapter click = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (model == null) {
                    return;
                }
                double fraction = e.getX() / (double) Math.max(1, getWidth());
                // a click on a mark seeks to the flag's start, elsewhere to the point clicked
                for (ReviewViewModel.Mark m : marks) {
                    double x0 = m.startFraction() * getWidth() - UIScale.scale(3);
                    double x1 = Math.max(m.endFraction() * getWidth(), x0 + UIScale.scale(6)) + UIScale.scale(3);
                    if (e.getX() >= x0 && e.getX() <= x1) {
                        seek.accept(m.seekMicros());
                        return;
                    }
                }
                seek.accept(model.seekMicrosAt(fraction));
            }
        };
        addMouseListener(click);
    }

    void setModel(ReviewViewModel m) {
        model = m;
        marks = m == null ? List.of() : m.marks();
        repaint();
    }

    List<ReviewViewModel.Mark> marks() {
        return marks;
    }

    void setPlayhead(double fraction) {
        playhead = fraction;
        repaint();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        for (ReviewViewModel.Mark m : marks) {
            if (Math.abs(e.getX() - m.startFraction() * getWidth()) < UIScale.scale(6)) {
                return m.tooltip();
            }
        }
        return null;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int w = getWidth();
            int h = getHeight();
            int barY = h / 3;
            int barH = h / 3;
            g2.setColor(new Color(0x80, 0x80, 0x80, 0x60));
            g2.fillRoundRect(0, barY, w, barH, barH, barH);
            for (ReviewViewModel.Mark m : marks) {
                int x0 = (int) Math.round(m.startFraction() * w);
                int x1 = Math.max(x0 + UIScale.scale(6), (int) Math.round(m.endFraction() * w));
                g2.setColor(new Color(m.rgb()));
                g2.fillRect(x0, UIScale.scale(2), x1 - x0, h - UIScale.scale(4));
            }
            int px = (int) Math.round(playhead * w);
            g2.setColor(getForeground());
            g2.fillRect(px - UIScale.scale(1), 0, UIScale.scale(2), h);
        } finally {
            g2.dispose();
        }
    }
}
