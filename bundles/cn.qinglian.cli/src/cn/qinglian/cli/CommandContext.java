package cn.qinglian.cli;

import java.io.PrintStream;
import java.util.Locale;

/** What a sub-command may use of its surroundings. */
public interface CommandContext {

    /** Standard output: the command's results, one per line where that makes sense. */
    PrintStream out();

    /** Standard error: messages for the user, progress. */
    PrintStream err();

    /** The language the user asked for (-nl), for messages. */
    Locale locale();

    /**
     * Reports progress of a long run on {@link #err()}: "label done/total", rewritten in place on a
     * terminal, one line per call when the output goes to a file or pipe.
     */
    default void progress(String label, long done, long total) {
        if (System.console() == null) {
            err().printf("%s %d/%d%n", label, done, total);
            return;
        }
        err().printf("\r%s %d/%d", label, done, total);
        if (done >= total) {
            err().println();
        }
    }
}
