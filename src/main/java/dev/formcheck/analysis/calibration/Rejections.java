package dev.formcheck.analysis.calibration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Why frames did not qualify, counted, so a rejection can name the most common reason. */
final class Rejections {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    /** The reason given most often (the first seen on a tie). */
    Optional<String> mostCommon() {
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
    }

    /**
     * "Too few frames qualified: 3 of 150, 10 needed (most often: ...). " followed by {@code advice}.
     */
    String message(String unit, int qualified, int seen, int needed, String advice) {
        String why = mostCommon().map(r -> " (most often: " + r + ")").orElse("");
        return "Too few " + unit + " to calibrate from: " + qualified + " of " + seen + " qualified, " + needed
                + " needed" + why + ". " + advice;
    }
}
