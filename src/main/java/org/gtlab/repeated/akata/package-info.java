/**
 * The Akata et al. protocol (spec repeated-games §3–§7; Akata, Schulz, Coda-Forno, Oh, Bethge, Schulz,
 * "Playing repeated games with large language models", Nat. Hum. Behav. 2025): the PD and BoS
 * presets, the 144 Robinson–Goforth ordinal 2×2 games with family labels ({@link
 * org.gtlab.repeated.akata.OrdinalGames}, data under the MIT notice in
 * {@code LICENSE-repeatedgames.txt}), the 10/20-round presets, the tournament runner with the
 * replication switches Q1–Q5 ({@link org.gtlab.repeated.akata.AkataTournament}), the authors'
 * normalised score, per-family averages, and the acceptance checks of §11
 * ({@link org.gtlab.repeated.akata.AkataChecks}).
 */
package org.gtlab.repeated.akata;
