package org.gtlab.run.methods.selfplay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gtlab.run.Json;
import org.gtlab.selfplay.HedgeSelfPlay;
import org.gtlab.selfplay.TabularNfsp;
import org.gtlab.selfplay.TabularReinforce;

/**
 * JSON codecs of the self-play states for checkpoints ({@link org.gtlab.run.Experiment#save} /
 * {@link org.gtlab.run.Experiment#load}). Doubles go through {@link Json#number} and come back bit
 * for bit, generator states as longs, so a resumed run continues exactly like the uninterrupted
 * one. Failure mode: a missing or malformed field throws {@link IllegalArgumentException} naming it.
 */
final class SelfPlayCodec {

    private SelfPlayCodec() {
    }

    static JsonNode hedge(HedgeSelfPlay.State s) {
        ObjectNode o = Json.object();
        o.set("logw", Json.vector(s.logw()));
        o.set("x", Json.vector(s.x()));
        o.set("sum", Json.vector(s.sum()));
        o.put("t", s.t());
        o.put("rng", s.rng());
        o.set("previous", Json.vector(s.previous()));
        return o;
    }

    static HedgeSelfPlay.State hedge(JsonNode j) {
        return new HedgeSelfPlay.State(Json.toVector(Json.field(j, "logw")), Json.toVector(Json.field(j, "x")),
                Json.toVector(Json.field(j, "sum")), Json.field(j, "t").asLong(), Json.field(j, "rng").asLong(),
                Json.toVector(Json.field(j, "previous")));
    }

    static JsonNode reinforce(TabularReinforce.State s) {
        ObjectNode o = Json.object();
        o.set("theta", Json.matrix(s.theta()));
        o.set("avgNum", Json.matrix(s.avgNum()));
        o.set("avgDen", Json.vector(s.avgDen()));
        o.set("baseline", Json.vector(s.baseline()));
        o.put("episodes", s.episodes());
        o.set("advVariance", Json.number(s.advVariance()));
        o.put("rng", s.rng());
        return o;
    }

    static TabularReinforce.State reinforce(JsonNode j) {
        return new TabularReinforce.State(Json.toMatrix(Json.field(j, "theta")), Json.toMatrix(Json.field(j, "avgNum")),
                Json.toVector(Json.field(j, "avgDen")), Json.toVector(Json.field(j, "baseline")),
                Json.field(j, "episodes").asLong(), Json.toDouble(Json.field(j, "advVariance")),
                Json.field(j, "rng").asLong());
    }

    static JsonNode nfsp(TabularNfsp n) {
        TabularNfsp.Memento m = n.memento();
        ObjectNode o = Json.object();
        o.set("q", Json.matrix(m.q()));
        o.set("counts", Json.matrix(m.counts()));
        o.put("episodes", m.episodes());
        o.put("rng", m.rng());
        if (m.seen() != null) {
            ArrayNode res = o.putArray("reservoirs");
            for (int p = 0; p < 2; p++) {
                ObjectNode r = res.addObject();
                r.put("seen", m.seen()[p]);
                ArrayNode si = r.putArray("infosets");
                for (int v : m.slotInfoset()[p]) {
                    si.add(v);
                }
                ArrayNode sp = r.putArray("slots");
                for (double[] v : m.slotProbs()[p]) {
                    sp.add(v == null ? Json.array() : Json.vector(v));
                }
            }
        }
        return o;
    }

    static TabularNfsp nfsp(JsonNode j, org.gtlab.selfplay.EpisodeGame game, TabularNfsp.Settings s) {
        long[] seen = null;
        int[][] si = null;
        double[][][] sp = null;
        if (j.has("reservoirs")) {
            JsonNode res = j.get("reservoirs");
            seen = new long[2];
            si = new int[2][];
            sp = new double[2][][];
            for (int p = 0; p < 2; p++) {
                JsonNode r = res.get(p);
                seen[p] = Json.field(r, "seen").asLong();
                JsonNode a = Json.field(r, "infosets");
                si[p] = new int[a.size()];
                for (int i = 0; i < si[p].length; i++) {
                    si[p][i] = a.get(i).asInt();
                }
                JsonNode b = Json.field(r, "slots");
                sp[p] = new double[b.size()][];
                for (int i = 0; i < sp[p].length; i++) {
                    sp[p][i] = b.get(i).size() == 0 ? null : Json.toVector(b.get(i));
                }
            }
        }
        return TabularNfsp.restore(game, s, new TabularNfsp.Memento(Json.toMatrix(Json.field(j, "q")),
                Json.toMatrix(Json.field(j, "counts")), seen, si, sp, Json.field(j, "episodes").asLong(),
                Json.field(j, "rng").asLong()));
    }

    static JsonNode xfp(SelfPlayMethods.XfpState s) {
        ObjectNode o = Json.object();
        o.set("profile", Json.matrix(s.profile()));
        o.put("t", s.t());
        return o;
    }

    static SelfPlayMethods.XfpState xfp(JsonNode j) {
        return new SelfPlayMethods.XfpState(Json.toMatrix(Json.field(j, "profile")), Json.field(j, "t").asLong());
    }
}
