package dev.formcheck.ui.window;

import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.HistoryView;
import dev.formcheck.ui.model.HistoryCharts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The history screen: weekly volume and the share of clean reps per exercise, desk days upright,
 * and the history's words (warnings, latest sessions). Read off the event thread; only drawn here.
 */
final class HistoryPanel extends JPanel {
    private final Path dataDirectory;
    final DefaultCategoryDataset volume = new DefaultCategoryDataset();
    final DefaultCategoryDataset clean = new DefaultCategoryDataset();
    final DefaultCategoryDataset desk = new DefaultCategoryDataset();
    final JTextArea words = new JTextArea();
    final JButton refresh = new JButton("Refresh");

    HistoryPanel(Path dataDirectory) {
        super(new BorderLayout());
        this.dataDirectory = dataDirectory;
        setName("historyPanel");
        JPanel charts = new JPanel(new GridLayout(1, 3, 8, 8));
        charts.add(chart(ChartFactory.createBarChart("Volume per week (from Monday)", null, "reps (or seconds held)", volume,
                PlotOrientation.VERTICAL, true, true, false), "volumeChart"));
        charts.add(chart(ChartFactory.createLineChart("Reps with no flag, per week", null, "% of reps", clean,
                PlotOrientation.VERTICAL, true, true, false), "cleanChart"));
        charts.add(chart(ChartFactory.createBarChart("Desk: time upright per day", null, "% of the time judged", desk,
                PlotOrientation.VERTICAL, false, true, false), "deskChart"));
        words.setName("historyWords");
        words.setEditable(false);
        words.setFont(new Font(Font.MONOSPACED, Font.PLAIN, words.getFont().getSize()));
        refresh.setName("historyRefresh");
        refresh.addActionListener(e -> load());
        JPanel top = new JPanel(new BorderLayout());
        top.add(refresh, BorderLayout.EAST);
        top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        add(top, BorderLayout.NORTH);
        JPanel centre = new JPanel(new GridLayout(2, 1, 8, 8));
        centre.add(charts);
        centre.add(new JScrollPane(words));
        add(centre, BorderLayout.CENTER);
    }

    /** Okabe and Ito's colour-blind-safe palette: blue, orange, bluish green, vermillion, sky blue, reddish purple. */
    private static final java.awt.Color[] PALETTE = {new java.awt.Color(0x0072B2), new java.awt.Color(0xE69F00),
            new java.awt.Color(0x009E73), new java.awt.Color(0xD55E00), new java.awt.Color(0x56B4E9), new java.awt.Color(0xCC79A7)};

    private static ChartPanel chart(JFreeChart chart, String name) {
        org.jfree.chart.plot.CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        org.jfree.chart.renderer.category.CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        if (renderer instanceof org.jfree.chart.renderer.category.BarRenderer bars) {
            bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
            bars.setShadowVisible(false);
        }
        if (renderer instanceof org.jfree.chart.renderer.category.LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true); // a week between two gaps still shows as a point
        }
        ChartPanel panel = new ChartPanel(chart);
        panel.setName(name);
        panel.setMouseWheelEnabled(false);
        return panel;
    }

    /** Reads the records and desk days on a worker thread, then fills the charts. */
    void load() {
        refresh.setEnabled(false);
        new SwingWorker<HistoryCharts, Void>() {
            @Override
            protected HistoryCharts doInBackground() {
                return HistoryCharts.of(HistoryView.load(new SessionStore(dataDirectory),
                        new DailySummaryFiles(dataDirectory.resolve("desk"), w -> { }), LocalDate.now(), 8, ZoneId.systemDefault()));
            }

            @Override
            protected void done() {
                refresh.setEnabled(true);
                try {
                    show(get());
                } catch (ExecutionException e) {
                    words.setText("The history could not be read: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void show(HistoryCharts charts) {
        fill(volume, charts.weeklyVolume());
        fill(clean, charts.weeklyCleanShare());
        fill(desk, charts.deskUpright());
        words.setText(String.join("\n", charts.text()));
        words.setCaretPosition(0);
    }

    private static void fill(DefaultCategoryDataset data, List<HistoryCharts.Value> values) {
        data.clear();
        values.forEach(v -> data.addValue(v.value(), v.series(), v.category()));
    }
}
