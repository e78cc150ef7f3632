package io.quantagent.agents.pattern;

/** Finds one family of patterns in the window and offers its best candidates. */
interface PatternRule {

    /** Looks at the bars (as they are, and mirrored) and offers every candidate found to {@code matches}. */
    void evaluate(BarView bars, BarView mirrored, PatternMatches matches);
}
