package cn.qinglian.ui.internal.explorer;

/**
 * A stretch of a long list of children (more than {@link ExplorerTree#RANGE_SIZE}): rows {@code from}
 * (inclusive) to {@code to} (exclusive) of {@code parent}'s sorted children. Long lists are shown as
 * ranges because the native tree on GTK slows down quadratically with the number of siblings.
 */
public record ExplorerRange(Object parent, int from, int to) {

    public int size() {
        return to - from;
    }
}
