package cn.qinglian.dropins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to change so that the installed drop-in bundles are exactly the jars in the drop-in folders:
 * uninstall the bundles whose jar is gone, update those whose jar changed, install the new ones. A jar
 * whose bundle is part of the workbench itself is not installed (the product's own bundle would be
 * shadowed or duplicated); it becomes a problem.
 *
 * @param uninstall locations of installed drop-in bundles whose jar is no longer there
 * @param update jars whose bundle is installed from an older state of the jar
 * @param install jars not yet installed
 * @param unchanged jars installed as they are
 * @param problems jars left out, with the reason
 */
public record DropinPlan(List<String> uninstall, List<Dropin> update, List<Dropin> install, List<Dropin> unchanged,
        List<DropinProblem> problems) {

    /**
     * The plan for {@code found}.
     *
     * @param installed location → fingerprint recorded at its installation (or {@code null}) of every
     *        bundle installed from a drop-in folder
     * @param productBundles the symbolic names of the bundles installed otherwise (the workbench itself)
     * @param found the jars in the drop-in folders
     */
    public static DropinPlan of(Map<String, String> installed, Set<String> productBundles, List<Dropin> found) {
        List<String> uninstall = new ArrayList<>(installed.keySet());
        List<Dropin> update = new ArrayList<>();
        List<Dropin> install = new ArrayList<>();
        List<Dropin> unchanged = new ArrayList<>();
        List<DropinProblem> problems = new ArrayList<>();
        for (Dropin dropin : found) {
            if (productBundles.contains(dropin.symbolicName())) {
                problems.add(new DropinProblem(dropin.file(),
                        DropinMessages.format("partOfProduct", dropin.file(), dropin.symbolicName())));
                continue;
            }
            String location = dropin.location();
            if (!installed.containsKey(location)) {
                install.add(dropin);
            } else if (dropin.fingerprint().equals(installed.get(location))) {
                unchanged.add(dropin);
            } else {
                update.add(dropin);
            }
            uninstall.remove(location);
        }
        uninstall.sort(null);
        return new DropinPlan(List.copyOf(uninstall), List.copyOf(update), List.copyOf(install),
                List.copyOf(unchanged), List.copyOf(problems));
    }

    /** Whether the plan changes any installed bundle. */
    public boolean changesBundles() {
        return !uninstall.isEmpty() || !update.isEmpty() || !install.isEmpty();
    }
}
