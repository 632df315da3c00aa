import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts edge crossings in an SVG drawing the same way for Graphviz and Qinglian output: every
 * {@code <g class="edge...">} group is one edge, its {@code <path d>} (M, L, C, absolute or relative)
 * flattened to segments (cubics into 8 pieces); two segments of different edges count once when they
 * cross properly (touching ends and overlaps do not count), as cn.qinglian.diagram.layout.CrossingCounter.
 * Usage: java SvgCrossings.java FILE.svg...   (single-file source launch, no build needed)
 */
public class SvgCrossings {

    private static final Pattern EDGE_GROUP = Pattern.compile("<g[^>]*class=\"edge[^\"]*\"[^>]*>(.*?)</g>", Pattern.DOTALL);
    private static final Pattern PATH_D = Pattern.compile("<path[^>]*\\sd=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[MmLlCcHhVvZz]|-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            String svg = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<double[]> segments = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            Matcher group = EDGE_GROUP.matcher(svg);
            int edge = 0;
            while (group.find()) {
                Matcher path = PATH_D.matcher(group.group(1));
                if (path.find()) {
                    for (double[] s : segments(path.group(1))) {
                        segments.add(s);
                        owners.add(edge);
                    }
                    edge++;
                }
            }
            int[] owner = owners.stream().mapToInt(Integer::intValue).toArray();
            System.out.println(file + "\tedges=" + edge + "\tcrossings=" + count(segments.toArray(new double[0][]), owner));
        }
    }

    static List<double[]> segments(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<double[]> out = new ArrayList<>();
        double x = 0, y = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                continue;
            }
            boolean rel = Character.isLowerCase(command);
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = num(tokens, i) + (rel ? x : 0);
                    y = num(tokens, i + 1) + (rel ? y : 0);
                    i += 2;
                    command = rel ? 'l' : 'L';
                }
                case 'L' -> {
                    double nx = num(tokens, i) + (rel ? x : 0);
                    double ny = num(tokens, i + 1) + (rel ? y : 0);
                    out.add(new double[] { x, y, nx, ny });
                    x = nx;
                    y = ny;
                    i += 2;
                }
                case 'H' -> {
                    double nx = num(tokens, i) + (rel ? x : 0);
                    out.add(new double[] { x, y, nx, y });
                    x = nx;
                    i++;
                }
                case 'V' -> {
                    double ny = num(tokens, i) + (rel ? y : 0);
                    out.add(new double[] { x, y, x, ny });
                    y = ny;
                    i++;
                }
                case 'C' -> {
                    double x1 = num(tokens, i) + (rel ? x : 0), y1 = num(tokens, i + 1) + (rel ? y : 0);
                    double x2 = num(tokens, i + 2) + (rel ? x : 0), y2 = num(tokens, i + 3) + (rel ? y : 0);
                    double x3 = num(tokens, i + 4) + (rel ? x : 0), y3 = num(tokens, i + 5) + (rel ? y : 0);
                    double px = x, py = y;
                    for (int k = 1; k <= 8; k++) {
                        double t1 = k / 8.0, u = 1 - t1;
                        double qx = u * u * u * x + 3 * u * u * t1 * x1 + 3 * u * t1 * t1 * x2 + t1 * t1 * t1 * x3;
                        double qy = u * u * u * y + 3 * u * u * t1 * y1 + 3 * u * t1 * t1 * y2 + t1 * t1 * t1 * y3;
                        out.add(new double[] { px, py, qx, qy });
                        px = qx;
                        py = qy;
                    }
                    x = x3;
                    y = y3;
                    i += 6;
                }
                default -> i++;
            }
        }
        return out;
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    static long count(double[][] xy, int[] owner) {
        int m = xy.length;
        Integer[] order = new Integer[m];
        double[] minX = new double[m], maxX = new double[m], minY = new double[m], maxY = new double[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
            minX[i] = Math.min(xy[i][0], xy[i][2]);
            maxX[i] = Math.max(xy[i][0], xy[i][2]);
            minY[i] = Math.min(xy[i][1], xy[i][3]);
            maxY[i] = Math.max(xy[i][1], xy[i][3]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(minX[a], minX[b]));
        long crossings = 0;
        for (int p = 0; p < m; p++) {
            int i = order[p];
            for (int q = p + 1; q < m; q++) {
                int j = order[q];
                if (minX[j] >= maxX[i]) {
                    break;
                }
                if (owner[i] == owner[j] || minY[j] >= maxY[i] || minY[i] >= maxY[j]) {
                    continue;
                }
                if (cross(xy[i], xy[j])) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean cross(double[] a, double[] b) {
        int d1 = orientation(a[0], a[1], a[2], a[3], b[0], b[1]);
        int d2 = orientation(a[0], a[1], a[2], a[3], b[2], b[3]);
        int d3 = orientation(b[0], b[1], b[2], b[3], a[0], a[1]);
        int d4 = orientation(b[0], b[1], b[2], b[3], a[2], a[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        double scale = Math.abs(bx - ax) + Math.abs(by - ay) + Math.abs(cx - ax) + Math.abs(cy - ay);
        if (Math.abs(cross) <= 1e-9 * scale * scale) {
            return 0;
        }
        return cross > 0 ? 1 : -1;
    }
}
