package cn.qinglian.core.roster;

/** Hears how far a long roster import has come; called every few thousand rows and at the end. */
@FunctionalInterface
public interface RosterProgress {

    /** The steps of an import that report progress. */
    enum Phase {
        /** Checking the rows. */
        CHECK,
        /** Creating and updating objects. */
        APPLY
    }

    /** Progress that nobody hears. */
    RosterProgress NONE = (phase, done, total) -> {
    };

    void worked(Phase phase, int done, int total);
}
