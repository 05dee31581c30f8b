package org.gtlab.reservoir;

/** The 20 default d = 30 agents (seeds 200 + 1000i), built once per test JVM and shared by the test classes. */
final class TestAgents {
    static final int SEEDS = 20;
    private static Agent[] agents;

    private TestAgents() {
    }

    static synchronized Agent[] d30() {
        if (agents == null) {
            Agent[] a = new Agent[SEEDS];
            for (int i = 0; i < SEEDS; i++) {
                a[i] = Agent.build(Agent.Config.defaults(30), seed(i));
            }
            agents = a;
        }
        return agents;
    }

    static long seed(int i) {
        return 200 + 1000L * i;
    }
}
