package cn.qinglian.evaluation.appraisal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One-time voting tokens of a democratic appraisal: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L). Handed out on paper; the workbench never learns who holds which.
 */
public final class VoterTokens {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;

    private VoterTokens() {
    }

    /** {@code count} distinct tokens from {@code random} (a SecureRandom in use; seeded for the sample). */
    public static List<String> issue(int count, Random random) {
        Set<String> tokens = new LinkedHashSet<>();
        while (tokens.size() < count) {
            StringBuilder token = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            tokens.add(token.toString());
        }
        return List.copyOf(tokens);
    }
}
