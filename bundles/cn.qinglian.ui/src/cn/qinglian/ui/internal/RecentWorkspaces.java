package cn.qinglian.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The last {@value #MAX} workspaces opened, latest first, kept in the workbench's preferences (instance
 * scope, node {@value #NODE}) so File ▸ Recent workspaces survives restarts.
 */
public final class RecentWorkspaces {

    public static final String NODE = "cn.qinglian.ui";
    public static final String KEY = "recentWorkspaces";
    public static final int MAX = 5;

    private final Preferences node;

    public RecentWorkspaces(Preferences node) {
        this.node = node;
    }

    public static RecentWorkspaces instance() {
        return new RecentWorkspaces(InstanceScope.INSTANCE.getNode(NODE));
    }

    /** The remembered folders, latest first. */
    public List<Path> list() {
        String stored = node.get(KEY, "");
        return Arrays.stream(stored.split("\n")).filter(line -> !line.isBlank()).map(Path::of).limit(MAX).toList();
    }

    /** Remembers {@code folder} as the latest; older entries beyond {@value #MAX} are forgotten. */
    public void add(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>(list());
        folders.remove(normalized);
        folders.add(0, normalized);
        node.put(KEY, String.join("\n", folders.stream().limit(MAX).map(Path::toString).toList()));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; it stays in memory for this run
        }
    }
}
