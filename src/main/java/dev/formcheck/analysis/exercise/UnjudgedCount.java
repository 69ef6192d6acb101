package dev.formcheck.analysis.exercise;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How often a check could not be judged during activity, and the reason given most. */
final class UnjudgedCount {
    private int frames;
    private int unknown;
    private final Map<String, Integer> reasons = new LinkedHashMap<>();

    void count(Magnitude m) {
        frames++;
        if (!m.isKnown()) {
            unknown++;
            reasons.merge(m.whyUnknown().orElseThrow(), 1, Integer::sum);
        }
    }

    /** How much of its frames the check judged, with the reason given most for the rest. */
    CheckCoverage coverage(FlagKind kind) {
        Optional<String> reason = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return new CheckCoverage(kind, frames, frames - unknown, reason);
    }

    /** Whether {@code reason} is the reason given most for the frames not judged. */
    boolean mostlyBecause(String reason) {
        return reasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).filter(reason::equals).isPresent();
    }

    /** A note for the user when more than {@code share} of the judged frames could not be judged. */
    Optional<String> note(FlagKind kind, double share) {
        if (frames == 0 || unknown <= share * frames) {
            return Optional.empty();
        }
        String reason = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(String.format(Locale.ROOT, "%s not judged in %d%% of the set: %s",
                kind, Math.round(100.0 * unknown / frames), reason));
    }
}
