package dev.formcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A chart over categories (weeks, days), laid out for an SVG template as {@link LineChart} is:
 * bars grouped by category, one colour per series, or a line per series through the categories'
 * middles. Numbers are SVG user units, computed once.
 *
 * @param bars every bar, or none for a line chart
 * @param lines one polyline per series (a missing value breaks it), none for a bar chart
 * @param dots a dot at each value of a line chart, with its value in words for a tooltip
 * @param legend the series, in their colours
 */
public record CategoryChart(String title, String description, int width, int height, int plotLeft, int plotRight,
                            int plotTop, int plotBottom, List<Bar> bars, List<Line> lines, List<Dot> dots,
                            List<LineChart.Tick> categories, List<LineChart.Tick> yTicks, List<Legend> legend) {
    static final int WIDTH = 900;
    static final int HEIGHT = 250;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 14;
    static final int BOTTOM = 34;
    /** Okabe-Ito's colours (colour-blind-safe), as {@link FlagStyle}'s, in the order series take them. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C7B00", "#555555");
    /** A bar whose rise breaks the build-up rule is drawn in this (vermillion) with a "!" above. */
    static final String WARNING_COLOUR = "#D55E00";

    /**
     * One value: its series, its category (in the chart's category order) and its value.
     *
     * @param warning drawn as a warning bar with a "!" above it
     * @param words the value as the tooltip says it ("30 reps")
     */
    public record Value(String series, String category, double value, boolean warning, String words) {
    }

    public record Bar(double x, double y, double width, double height, String colour, boolean warning, double markY,
                      String tooltip) {
    }

    public record Line(String points, String colour) {
    }

    public record Dot(double x, double y, String colour, String tooltip) {
    }

    public record Legend(String name, String colour) {
    }

    public int plotHeight() {
        return plotBottom - plotTop;
    }

    public int labelX() {
        return plotLeft - 6;
    }

    public int categoryLabelY() {
        return plotBottom + 18;
    }

    public boolean hasLegend() {
        return legend.size() > 1;
    }

    /** Grouped bars: per category, one bar per series that has a value there, from 0 up. */
    public static CategoryChart bars(String title, String description, List<String> categories, List<Value> values, String unit,
                                     double fixedMax) {
        return layout(title, description, categories, values, unit, fixedMax, true);
    }

    /** A line per series through the categories, a dot at each value; categories without a value break the line. */
    public static CategoryChart lines(String title, String description, List<String> categories, List<Value> values, String unit,
                                      double fixedMax) {
        return layout(title, description, categories, values, unit, fixedMax, false);
    }

    private static CategoryChart layout(String title, String description, List<String> categories, List<Value> values, String unit,
                                        double fixedMax, boolean asBars) {
        Set<String> seriesNames = new LinkedHashSet<>();
        values.forEach(v -> seriesNames.add(v.series()));
        List<String> series = List.copyOf(seriesNames);
        double max = fixedMax > 0 ? fixedMax : values.stream().mapToDouble(Value::value).max().orElse(1);
        double step = LineChart.niceStep(Math.max(max, 1) / 5);
        double top = fixedMax > 0 ? fixedMax : Math.ceil(max * 1.15 / step) * step;
        LineChart.Scale y = new LineChart.Scale(0, Math.max(top, step), HEIGHT - BOTTOM, TOP);
        double slot = (double) (WIDTH - RIGHT - LEFT) / Math.max(1, categories.size());

        List<LineChart.Tick> categoryTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(categories.size() / 14.0)); // labels stay readable at 60+ days
        for (int i = 0; i < categories.size(); i++) {
            if (i % every == 0) {
                categoryTicks.add(new LineChart.Tick(round(LEFT + slot * (i + 0.5)), categories.get(i)));
            }
        }
        List<LineChart.Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) {
            yTicks.add(new LineChart.Tick(y.at(v), Math.round(v) + unit));
        }
        List<Bar> bars = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        if (asBars) {
            double groupWidth = slot * 0.8;
            double barWidth = groupWidth / Math.max(1, series.size());
            for (Value v : values) {
                int c = categories.indexOf(v.category());
                int s = series.indexOf(v.series());
                if (c < 0) {
                    continue;
                }
                double x = LEFT + slot * c + (slot - groupWidth) / 2 + barWidth * s;
                double yTop = y.at(Math.min(v.value(), top));
                bars.add(new Bar(round(x), yTop, round(Math.max(1, barWidth - 2)), round(y.at(0) - yTop),
                        v.warning() ? WARNING_COLOUR : colour(s), v.warning(), round(yTop - 4),
                        v.series() + ", " + v.category() + ": " + v.words()));
            }
        } else {
            for (int s = 0; s < series.size(); s++) {
                String name = series.get(s);
                Map<Integer, Value> byCategory = new TreeMap<>();
                values.stream().filter(v -> v.series().equals(name) && categories.contains(v.category()))
                        .forEach(v -> byCategory.put(categories.indexOf(v.category()), v));
                StringBuilder points = new StringBuilder();
                int previous = -2;
                for (Map.Entry<Integer, Value> e : byCategory.entrySet()) {
                    double x = round(LEFT + slot * (e.getKey() + 0.5));
                    double yv = y.at(Math.min(e.getValue().value(), top));
                    if (e.getKey() != previous + 1 && !points.isEmpty()) {
                        lines.add(new Line(points.toString(), colour(s)));
                        points.setLength(0);
                    }
                    points.append(points.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, yv));
                    dots.add(new Dot(x, yv, colour(s), name + ", " + e.getValue().category() + ": " + e.getValue().words()));
                    previous = e.getKey();
                }
                if (!points.isEmpty()) {
                    lines.add(new Line(points.toString(), colour(s)));
                }
            }
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Legend(series.get(s), colour(s)));
        }
        return new CategoryChart(title, description, WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, bars, lines, dots,
                categoryTicks, yTicks, legend);
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
