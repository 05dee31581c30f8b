package org.gtlab.repeated.akata;

import java.util.List;

import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;

/**
 * The stage games, round presets and rosters of the Akata protocol (spec §3, §4.1, §4.2, §10).
 * Option J is option 1 (index 0), F option 2.
 */
public final class AkataPresets {

    private AkataPresets() {
    }

    /** The authors' Prisoner's Dilemma: (J,J) = (8,8), (J,F) = (0,10), (F,J) = (10,0), (F,F) = (5,5). */
    public static final StageGame PD = StageGame.twoByTwo("Prisoner's Dilemma (Akata et al.)",
            new int[] {8, 8, 0, 10, 10, 0, 5, 5}, null);

    /** The authors' Battle of the Sexes: (J,J) = (10,7), (F,F) = (7,10), off-diagonal (0,0). */
    public static final StageGame BOS = StageGame.twoByTwo("Battle of the Sexes (Akata et al.)",
            new int[] {10, 7, 0, 0, 0, 0, 7, 10}, null);

    /** Round presets of spec §3 and §8. */
    public enum Preset {
        SWEEP_144("144 sweep", 10),
        PD("PD", 10),
        BOS("BoS", 10),
        TFT_VARIANTS("TFT variants", 20),
        INDEFINITE_PD("indefinite PD", 20);

        private final String label;
        private final int rounds;

        Preset(String label, int rounds) {
            this.label = label;
            this.rounds = rounds;
        }

        public String label() {
            return label;
        }

        public int rounds() {
            return rounds;
        }
    }

    /** The ending probabilities announced in the "indefinite" PD runs (played as 20 rounds, Q5). */
    public static final List<Double> INDEFINITE_PROB_ENDS = List.of(0.01, 0.4, 0.6, 0.8);

    /** Column labels of the §10.3 cross-table, in order. */
    public static final List<String> CROSS_TABLE_LABELS = List.of("AllJ", "AllF", "DefOnce", "AltFJ", "AltJF", "TFT",
            "TFTT", "STFT", "RTFT", "HTFT-F", "HTFT-J", "Grim");

    /** The 12 fixed strategies of the §10.3 cross-table, in its order. */
    public static List<Strategy> crossTableRoster() {
        return Strategies.roster("cooperator,defector,defect-once,alternator-defect-first,alternator,tit-for-tat,"
                + "tit-for-two-tats,suspicious-tit-for-tat,reverse-tit-for-tat,hard-tit-for-tat-defect-first,"
                + "hard-tit-for-tat,grudger");
    }

    /** The TFT-variant roster of §10.4: TFT, TFTT, STFT, RTFT, HTFT-F. */
    public static List<Strategy> tftVariantRoster() {
        return Strategies.roster("tit-for-tat,tit-for-two-tats,suspicious-tit-for-tat,reverse-tit-for-tat,"
                + "hard-tit-for-tat-defect-first");
    }
}
