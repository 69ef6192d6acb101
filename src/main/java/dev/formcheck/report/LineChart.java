package dev.formcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One angle-over-time chart, laid out for the report's SVG template: the numbers here are SVG
 * user units, computed once; the template only places them. Gaps in the series (frames where the
 * angle could not be measured) break the line rather than bridging it.
 *
 * @param title what is drawn, in words with the sign convention
 * @param lines the measured series, one polyline per unbroken stretch ({@code points} as SVG wants them)
 * @param thresholds the limits the checks use, drawn dashed
 * @param bands where each fault was flagged, shaded in its colour
 * @param markers rep bottoms (or other moments), short ticks at the foot
 */
public record LineChart(String title, String description, int width, int height, int plotLeft, int plotRight,
                        int plotTop, int plotBottom, List<Polyline> lines, List<Tick> xTicks, List<Tick> yTicks,
                        List<Level> thresholds, List<Band> bands, List<Marker> markers) {
    static final int WIDTH = 900;
    static final int HEIGHT = 230;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 14;
    static final int BOTTOM = 34;

    public int plotHeight() {
        return plotBottom - plotTop;
    }

    public int labelX() {
        return plotLeft - 6;
    }

    public int tickEnd() {
        return plotBottom + 5;
    }

    public int xLabelY() {
        return plotBottom + 18;
    }

    public int plotRightText() {
        return plotRight - 4;
    }

    public int markerTop() {
        return plotBottom - 8;
    }

    public int markerLabelY() {
        return plotBottom - 11;
    }

    public record Polyline(String points) {
    }

    /** A tick: its position along its axis, where its label goes, and the label. */
    public record Tick(double at, String label) {
    }

    /** A horizontal line at {@code y} with its label. */
    public record Level(double y, String label, String colour, double labelY) {
    }

    public record Band(double x, double width, String colour, String letter) {
    }

    public record Marker(double x, String label) {
    }

    /** A threshold to draw: its value on the chart's scale and what it is. */
    record Threshold(double value, String label, String colour) {
    }

    /** A stretch of time to shade. */
    record Span(long startMicros, long endMicros, String colour, String letter) {
    }

    /**
     * Lays a series out: time on x from 0 to {@code durationMicros}, the series and thresholds on y
     * with a margin, ticks at round steps.
     */
    static LineChart of(String title, String description, long durationMicros, long[] times, OptionalDouble[] values,
                        List<Threshold> thresholds, List<Span> spans, List<Marker> moments) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (OptionalDouble v : values) {
            if (v.isPresent()) {
                lo = Math.min(lo, v.getAsDouble());
                hi = Math.max(hi, v.getAsDouble());
            }
        }
        for (Threshold t : thresholds) {
            lo = Math.min(lo, t.value());
            hi = Math.max(hi, t.value());
        }
        if (lo > hi) {
            lo = -10;
            hi = 10;
        }
        double step = niceStep((hi - lo) / 5);
        lo = Math.floor(lo / step) * step - (lo % step == 0 ? step : 0);
        hi = Math.ceil(hi / step) * step + (hi % step == 0 ? step : 0);
        Scale x = new Scale(0, Math.max(1, durationMicros), LEFT, WIDTH - RIGHT);
        Scale y = new Scale(lo, hi, HEIGHT - BOTTOM, TOP);

        List<Polyline> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (values[i].isPresent()) {
                current.append(current.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f",
                        x.at(times[i]), y.at(values[i].getAsDouble())));
            } else if (!current.isEmpty()) {
                lines.add(new Polyline(current.toString()));
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Polyline(current.toString()));
        }

        List<Tick> yTicks = new ArrayList<>();
        for (double v = lo; v <= hi + step / 2; v += step) {
            yTicks.add(new Tick(y.at(v), Math.round(v) + "°"));
        }
        List<Tick> xTicks = new ArrayList<>();
        double seconds = durationMicros / 1e6;
        double xStep = niceStep(seconds / 10);
        for (double s = 0; s <= seconds + 1e-9; s += xStep) {
            xTicks.add(new Tick(x.at(s * 1e6), xStep < 1 ? String.format(Locale.ROOT, "%.1f s", s) : Math.round(s) + " s"));
        }
        List<Level> levels = thresholds.stream().map(t -> {
            double at = y.at(t.value());
            return new Level(at, t.label(), t.colour(), at < TOP + 12 ? at + 12 : at - 4);
        }).toList();
        List<Band> bands = spans.stream().map(s -> new Band(x.at(s.startMicros()),
                Math.max(2, x.at(s.endMicros()) - x.at(s.startMicros())), s.colour(), s.letter())).toList();
        List<Marker> markers = moments.stream().map(m -> new Marker(x.at(m.x()), m.label())).toList();
        return new LineChart(title, description, WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, lines,
                xTicks, yTicks, levels, bands, markers);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** A linear map from data to SVG units. */
    record Scale(double from, double to, double outFrom, double outTo) {
        double at(double v) {
            return Math.round((outFrom + (v - from) / (to - from) * (outTo - outFrom)) * 10) / 10.0;
        }
    }
}
