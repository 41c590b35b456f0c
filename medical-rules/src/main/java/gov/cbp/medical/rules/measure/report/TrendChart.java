package gov.cbp.medical.rules.measure.report;

import static gov.cbp.medical.rules.measure.report.HtmlText.esc;

import gov.cbp.medical.rules.measure.StratifierDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Line charts of a measure over time as inline SVG: one line per facility and a heavier one for all facilities,
 * the median solid and the 90th percentile dashed for durations, a dashed reference line per target or
 * threshold. Each chart is an image with a caption that says what it shows in words, and a table of every
 * value follows it (the text alternative).
 */
final class TrendChart {
    private static final int W = 640;
    private static final int H = 310;
    private static final int LEFT = 70;
    private static final int RIGHT = 18;
    private static final int TOP = 32;
    private static final int BOTTOM = 52;
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond"};

    private TrendChart() {}

    /** One series: a label, its points by time key, its colour and marker. */
    private static final class Series {
        final String label;
        final TreeMap<String, StratumResult> points;
        final String colour;
        final String marker;
        final boolean heavy;

        Series(String label, TreeMap<String, StratumResult> points, String colour, String marker, boolean heavy) {
            this.label = label;
            this.points = points;
            this.colour = colour;
            this.marker = marker;
            this.heavy = heavy;
        }
    }

    /**
     * A figure with the chart of a measure along a time dimension, its caption and legend; nothing when the
     * measure has no strata along it.
     */
    static void figure(StringBuilder html, MeasureView view, StratifierDimension time, String id) {
        List<String> keys = view.periodKeys(time);
        if (keys.isEmpty()) {
            html.append("<p class=\"muted\">No figures by ").append(esc(time.code())).append(".</p>");
            return;
        }
        List<Series> series = series(view, time);
        String unitWord = time == StratifierDimension.WEEK ? "week" : time == StratifierDimension.DAY ? "day" : time.code();
        String what = view.continuous() ? "the median (solid) and 90th percentile (dashed) in " + view.unit()
                : "the rate";
        StringBuilder caption = new StringBuilder();
        caption.append(esc(view.measure.title())).append(": ").append(what).append(" by ").append(unitWord)
                .append(" (facility local dates), for each facility and all facilities, ")
                .append(esc(HtmlText.timeKey(keys.get(0)))).append(" to ").append(esc(HtmlText.timeKey(keys.get(keys.size() - 1))))
                .append(". ").append(esc(summary(view, series))).append(" The table below lists every value.");
        double max = scale(view, series);
        html.append("<figure><svg class=\"chart\" role=\"img\" aria-labelledby=\"").append(id).append("\" viewBox=\"0 0 ")
                .append(W).append(' ').append(H).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        axes(html, view, keys, max, time);
        for (MeasureView.Reference reference : view.references) {
            double y = y(reference.value, max);
            html.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"#4f5963\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>")
                    .append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(num(y - 5))
                    .append("\" text-anchor=\"end\" font-size=\"17\">").append(esc(reference.label)).append(' ')
                    .append(esc(level(view, reference.value))).append("</text>");
        }
        for (Series s : series) {
            line(html, view, s, keys, max, false);
            if (view.continuous()) {
                line(html, view, s, keys, max, true);
            }
        }
        html.append("</svg><figcaption id=\"").append(id).append("\">").append(caption).append("</figcaption>");
        legend(html, view, series);
        html.append("</figure>");
    }

    /** A small line of the overall weekly values, decoration beside a figure that is given in words. */
    static String spark(MeasureView view) {
        TreeMap<String, StratumResult> weeks = view.byTime(StratifierDimension.WEEK);
        List<Double> values = new ArrayList<>();
        weeks.forEach((k, s) -> {
            if (view.inPeriod(k)) {
                view.value(s).ifPresent(values::add);
            }
        });
        if (values.size() < 2) {
            return "";
        }
        double max = view.continuous() ? values.stream().mapToDouble(Double::doubleValue).max().orElse(1) : 1;
        double min = view.continuous() ? 0 : Math.max(0, Math.floor(values.stream().mapToDouble(Double::doubleValue).min()
                .orElse(0) * 10) / 10 - 0.1);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = 2 + i * 76.0 / (values.size() - 1);
            double y = 20 - 18 * (values.get(i) - min) / Math.max(max - min, 1e-9);
            path.append(i == 0 ? "M" : "L").append(num(x)).append(' ').append(num(y));
        }
        return "<svg aria-hidden=\"true\" focusable=\"false\" width=\"80\" height=\"22\" viewBox=\"0 0 80 22\">"
                + "<path d=\"" + path + "\" fill=\"none\" stroke=\"#12355b\" stroke-width=\"2\"/></svg>";
    }

    private static List<Series> series(MeasureView view, StratifierDimension time) {
        List<Series> series = new ArrayList<>();
        TreeMap<String, StratumResult> overall = view.byTime(time);
        int i = 0;
        for (Map.Entry<String, TreeMap<String, StratumResult>> facility : view.byFacilityAndTime(time).entrySet()) {
            series.add(new Series(FacilitySection.label(view.report, facility.getKey()), facility.getValue(),
                    ReportStyles.SERIES[i % ReportStyles.SERIES.length], MARKERS[i % MARKERS.length], false));
            i++;
        }
        if (!overall.isEmpty()) {
            series.add(new Series("All facilities", overall, ReportStyles.ALL, "circle", true));
        }
        return series;
    }

    private static String summary(MeasureView view, List<Series> series) {
        StringBuilder text = new StringBuilder();
        Series all = series.get(series.size() - 1);
        List<Double> values = new ArrayList<>();
        all.points.forEach((k, s) -> {
            if (view.inPeriod(k)) {
                view.value(s).ifPresent(values::add);
            }
        });
        if (all.heavy && values.size() >= 2) {
            text.append("All facilities: ").append(level(view, values.get(0))).append(" at first, ")
                    .append(level(view, values.get(values.size() - 1))).append(" at last.");
        }
        String worstLabel = null;
        String worstKey = null;
        double worst = 0;
        for (Series s : series) {
            if (s.heavy) {
                continue;
            }
            for (Map.Entry<String, StratumResult> point : s.points.entrySet()) {
                Optional<Double> v = view.inPeriod(point.getKey()) ? view.value(point.getValue()) : Optional.empty();
                if (v.isPresent() && (worstLabel == null || (view.higherIsBetter() ? v.get() < worst : v.get() > worst))) {
                    worst = v.get();
                    worstLabel = s.label;
                    worstKey = point.getKey();
                }
            }
        }
        if (worstLabel != null) {
            text.append(text.length() > 0 ? " " : "").append(view.higherIsBetter() ? "Lowest: " : "Highest: ")
                    .append(worstLabel).append(", ").append(HtmlText.timeKey(worstKey)).append(", ")
                    .append(level(view, worst)).append('.');
        }
        return text.toString();
    }

    private static double scale(MeasureView view, List<Series> series) {
        if (!view.continuous()) {
            return 1;
        }
        double max = 1;
        for (Series s : series) {
            for (Map.Entry<String, StratumResult> point : s.points.entrySet()) {
                if (view.inPeriod(point.getKey())) {
                    max = Math.max(max, view.p90(point.getValue()).orElse(0.0));
                }
            }
        }
        for (MeasureView.Reference reference : view.references) {
            max = Math.max(max, reference.value);
        }
        double step = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * step >= max) {
                return f * step;
            }
        }
        return 10 * step;
    }

    private static void axes(StringBuilder html, MeasureView view, List<String> keys, double max, StratifierDimension time) {
        for (int t = 0; t <= 4; t++) {
            double value = max * t / 4;
            double y = y(value, max);
            html.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(t == 0 ? "#6b747d" : "#e1e5ea")
                    .append("\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 5))
                    .append("\" text-anchor=\"end\" font-size=\"17\">")
                    .append(esc(view.continuous() ? trim(value) : Math.round(value * 100) + "%")).append("</text>");
        }
        if (view.continuous()) {
            html.append("<text x=\"4\" y=\"").append(TOP - 14).append("\" font-size=\"16\">").append(esc(view.unit()))
                    .append("</text>");
        }
        int every = time == StratifierDimension.DAY ? 7 : keys.size() > 8 ? 2 : 1;
        for (int i = 0; i < keys.size(); i++) {
            boolean show = i % every == 0 || (i == keys.size() - 1 && (keys.size() - 1) % every >= (every + 1) / 2);
            if (!show) {
                continue;
            }
            html.append("<text x=\"").append(num(x(i, keys.size()))).append("\" y=\"").append(H - BOTTOM + 22)
                    .append("\" text-anchor=\"").append(keys.size() > 1 && i == 0 ? "start" : keys.size() > 1 && i == keys.size() - 1
                            ? "end" : "middle").append("\" font-size=\"17\">").append(esc(HtmlText.shortTimeKey(keys.get(i))))
                    .append("</text>");
        }
        html.append("<text x=\"").append(LEFT + (W - LEFT - RIGHT) / 2).append("\" y=\"").append(H - 6)
                .append("\" text-anchor=\"middle\" font-size=\"16\">")
                .append(time == StratifierDimension.WEEK ? "week beginning (Monday)" : "local date").append("</text>");
    }

    private static void line(StringBuilder html, MeasureView view, Series s, List<String> keys, double max, boolean p90) {
        StringBuilder path = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < keys.size(); i++) {
            StratumResult stratum = s.points.get(keys.get(i));
            Optional<Double> value = stratum == null ? Optional.empty() : p90 ? view.p90(stratum) : view.value(stratum);
            if (value.isEmpty()) {
                pen = false;
                continue;
            }
            double x = x(i, keys.size());
            double y = y(value.get(), max);
            path.append(pen ? "L" : "M").append(num(x)).append(' ').append(num(y));
            pen = true;
            if (!p90) {
                marker(marks, s, x, y);
            }
        }
        if (path.length() == 0) {
            return;
        }
        html.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(s.colour)
                .append("\" stroke-width=\"").append(s.heavy ? 3.5 : 2).append('"')
                .append(p90 ? " stroke-dasharray=\"6 4\"" : "").append("/>").append(marks);
    }

    private static void marker(StringBuilder marks, Series s, double x, double y) {
        double r = s.heavy ? 4.5 : 4;
        switch (s.marker) {
            case "square":
                marks.append("<rect x=\"").append(num(x - r)).append("\" y=\"").append(num(y - r)).append("\" width=\"")
                        .append(num(2 * r)).append("\" height=\"").append(num(2 * r)).append("\" fill=\"").append(s.colour)
                        .append("\"/>");
                break;
            case "triangle":
                marks.append("<path d=\"M").append(num(x)).append(' ').append(num(y - r - 1)).append("L").append(num(x + r + 1))
                        .append(' ').append(num(y + r)).append("L").append(num(x - r - 1)).append(' ').append(num(y + r))
                        .append("Z\" fill=\"").append(s.colour).append("\"/>");
                break;
            case "diamond":
                marks.append("<path d=\"M").append(num(x)).append(' ').append(num(y - r - 1)).append("L").append(num(x + r + 1))
                        .append(' ').append(num(y)).append("L").append(num(x)).append(' ').append(num(y + r + 1)).append("L")
                        .append(num(x - r - 1)).append(' ').append(num(y)).append("Z\" fill=\"").append(s.colour).append("\"/>");
                break;
            default:
                marks.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"").append(num(r))
                        .append("\" fill=\"").append(s.colour).append("\"/>");
        }
    }

    private static void legend(StringBuilder html, MeasureView view, List<Series> series) {
        html.append("<ul class=\"legend\">");
        for (Series s : series) {
            StringBuilder mark = new StringBuilder();
            marker(mark, s, 14, 8);
            html.append("<li><svg aria-hidden=\"true\" focusable=\"false\" width=\"28\" height=\"16\" viewBox=\"0 0 28 16\">")
                    .append("<line x1=\"0\" y1=\"8\" x2=\"28\" y2=\"8\" stroke=\"").append(s.colour).append("\" stroke-width=\"")
                    .append(s.heavy ? 3.5 : 2).append("\"/>").append(mark).append("</svg>").append(esc(s.label)).append("</li>");
        }
        if (view.continuous()) {
            html.append("<li><svg aria-hidden=\"true\" focusable=\"false\" width=\"28\" height=\"16\" viewBox=\"0 0 28 16\">")
                    .append("<line x1=\"0\" y1=\"8\" x2=\"28\" y2=\"8\" stroke=\"#1b1f24\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                    .append("</svg>dashed: 90th percentile</li>");
        }
        for (MeasureView.Reference reference : view.references) {
            html.append("<li><svg aria-hidden=\"true\" focusable=\"false\" width=\"28\" height=\"16\" viewBox=\"0 0 28 16\">")
                    .append("<line x1=\"0\" y1=\"8\" x2=\"28\" y2=\"8\" stroke=\"#4f5963\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>")
                    .append("</svg>").append(esc(reference.label)).append(": ").append(esc(level(view, reference.value)))
                    .append("</li>");
        }
        html.append("</ul>");
    }

    static String level(MeasureView view, double value) {
        return view.continuous() ? trim(value) + " " + view.unit() : HtmlText.percent(value);
    }

    private static double x(int i, int n) {
        double width = W - LEFT - RIGHT - 20;
        return LEFT + 10 + (n == 1 ? width / 2 : i * width / (n - 1));
    }

    private static double y(double value, double max) {
        double height = H - TOP - BOTTOM;
        return TOP + height - height * Math.min(value, max) / max;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
