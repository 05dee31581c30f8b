package org.gtlab.selfplay;

import java.util.List;

/**
 * The seed papers of the self-play spec §9 that have no usable game-theoretic mechanism, each with a
 * one-line reason, for the app's help and {@code gtlab reproduce selfplay --papers}. Text only.
 */
public final class SeedPapers {

    /** One paper: short name, citation with link, and why the lab has no feature for it. */
    public record Paper(String name, String citation, String why) {
    }

    private SeedPapers() {
    }

    /** The papers, in the spec's order. */
    public static List<Paper> withoutGameMechanism() {
        return List.of(
                new Paper("LLM negotiation with self-play and AI feedback",
                        "Fu, Peng, Khot, Lapata 2023, https://arxiv.org/abs/2305.10142",
                        "improvement comes from in-context learning on a critic model's feedback, with no update "
                                + "rule or equilibrium analysis"),
                new Paper("Solo Performance Prompting (SPP)",
                        "Wang et al. 2023, https://arxiv.org/abs/2307.05300",
                        "one model simulates several personas by prompting; no game-theoretic mechanism, even "
                                + "though it is evaluated on Codenames Collaborative"),
                new Paper("Learning Latent Plans from Play (Play-LMP)",
                        "Lynch et al. 2019, https://arxiv.org/abs/1903.01973",
                        "\"play\" means unlabelled tele-operated robot data, not games"),
                new Paper("Peer-Preservation in Frontier Models",
                        "Potter et al. 2026, https://arxiv.org/abs/2604.19784",
                        "a behavioural evaluation of models resisting the shutdown of peers, with no formal game "
                                + "or update rule"),
                new Paper("The Devil Behind Moltbook",
                        "Wang et al. 2026, https://arxiv.org/abs/2602.09877",
                        "a statement about closed-loop self-evolution and safety drift, not game theory"));
    }

    /** The help text: one line per paper, "name (citation): why". */
    public static String helpText() {
        StringBuilder b = new StringBuilder("Seed papers with no exact game mechanism (nothing to run):\n");
        for (Paper p : withoutGameMechanism()) {
            b.append("  ").append(p.name()).append(" (").append(p.citation()).append("): ").append(p.why())
                    .append('\n');
        }
        return b.toString();
    }
}
