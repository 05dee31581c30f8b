/**
 * The 43 reproduced checks of the coopetition lab (specs/coopetition.md §11): each computes a
 * published number from the TR-1, TR-2 and TR-3 models and compares it with its reference and
 * tolerance. A consumer of the model packages (kept out of the room's root package so that the
 * root, which the models use, depends on none of them: no package cycle). No printing.
 */
package org.gtlab.coopetition.checks;
