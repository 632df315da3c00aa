#!/usr/bin/env python3
"""Diagram export against Graphviz, whole processes, on the same graphs (issue 5).

For each N the harness generates one graph — a tree of N posts (each post has 2 to 6 subordinates,
breadth first, so it looks like an organisation) plus N/4 extra reporting lines between random posts
(系统/内部/相互 in turn) — and writes it twice: as a Qinglian workspace (one unit holding the N posts,
each held by one person; the tree as 逐级 lines) and as DOT with the same two-line labels
(name, unit + post title). Then it times, as whole processes from the shell:

    qinglian export-diagram --workspace W --scope all --format svg --out ours.svg
    dot -Tsvg G.dot -o dot.svg

with warm-up runs first (they also let the launch script prepare its fast start: lean jar copies,
then on Java 25+ an ahead-of-time cache, which the harness waits for), then measured runs of both
tools in turn (median, min, max), counts edge crossings of both SVGs the
same way (releng/benchmarks/SvgCrossings.java), and times our layout of the N-node graph inside one
JVM (DiagramLayoutTiming.java: warm-up + repeats, median).

Usage (needs the built product and `apt-get install graphviz`):
    python3 releng/benchmarks/diagram-vs-graphviz.py [--sizes 500,2000,8000] [--runs 5] [--warmup 3]
        [--product DIR] [--work DIR]
"""
import argparse
import glob
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PRODUCT = os.path.join(HERE, "..", "cn.qinglian.product", "target", "products", "cn.qinglian.product",
                               "linux", "gtk", "x86_64", "qinglian")
FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
UNIT = "基准区"
EXTRA_KINDS = ["LINE", "INTERNAL", "MUTUAL"]


def graph(n, seed=1):
    """(names, tree edges, extra edges): edges as (from, to, kind), from reporting to to."""
    rng = random.Random(seed)
    names = [rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(n)]
    tree = []
    nxt, parent = 1, 0
    while nxt < n:
        for _ in range(rng.randint(2, 6)):
            if nxt >= n:
                break
            tree.append((nxt, parent, "LEVEL"))
            nxt += 1
        parent += 1
    extra = []
    while len(extra) < n // 4:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            extra.append((a, b, EXTRA_KINDS[len(extra) % 3]))
    return names, tree, extra


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def write_workspace(folder, names, edges):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "qinglian-workspace.properties"), "w", encoding="utf-8") as f:
        f.write("name=\\u57fa\\u51c6\\u533a\nformat=1\n")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<ql:Organisation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
           'xmlns:ql="http://qinglian.cn/model/1.0" id="org" name="%s" formatVersion="1">' % UNIT,
           '  <units id="unit" name="%s" kind="DISTRICT">' % UNIT]
    for i in range(len(names)):
        role = "HEAD" if i == 0 else "STAFF"
        out.append('    <posts id="post-%d" name="岗位%d" role="%s"/>' % (i, i, role))
    out.append("  </units>")
    for i, name in enumerate(names):
        out.append('  <people id="person-%d" name="%s" personId="B-%05d">' % (i, esc(name), i))
        out.append('    <tenures id="tenure-%d" post="post-%d" start="2020-01-01"/>' % (i, i))
        out.append("  </people>")
    for k, (a, b, kind) in enumerate(edges):
        out.append('  <reportingLines id="line-%d" kind="%s" from="post-%d" to="post-%d" cadence="QUARTERLY"/>'
                   % (k, kind, a, b))
    out.append("</ql:Organisation>")
    with open(os.path.join(folder, "organisation.qinglian"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_dot(path, names, edges):
    with open(path, "w", encoding="utf-8") as f:
        f.write('digraph g {\n  rankdir=BT;\n  node [shape=box, fontname="WenQuanYi Zen Hei", fontsize=10];\n')
        for i, name in enumerate(names):
            f.write('  p%d [label="%s\\n%s 岗位%d"];\n' % (i, name, UNIT, i))
        for a, b, _ in edges:
            f.write("  p%d -> p%d;\n" % (a, b))
        f.write("}\n")


def timed(command, env=None):
    """(wall seconds, processor seconds user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (result.returncode, " ".join(command), result.stderr.decode(errors="replace")))
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired(ours, theirs, runs, warmup, product):
    """Both commands `warmup` times, then alternately `runs` times each (so both see the same machine):
    for each, median, min and max wall time and the median processor time."""
    for _ in range(warmup):
        timed(ours)
        timed(theirs)
    settle(product)
    results = {0: [], 1: []}
    for _ in range(runs):
        results[0].append(timed(ours))
        results[1].append(timed(theirs))
    summary = []
    for key in (0, 1):
        times = [wall for wall, _ in results[key]]
        summary.append((statistics.median(times), min(times), max(times),
                        statistics.median([cpu for _, cpu in results[key]])))
    return summary


def settle(product, limit=120):
    """Waits until the launch script's ahead-of-time cache, trained in the background after a warm-up
    run, is assembled (docs/diagrams.md)."""
    deadline = time.time() + limit
    configuration = os.path.join(product, "configuration")
    while (glob.glob(os.path.join(configuration, "direct-*.aot.tried"))
           and not glob.glob(os.path.join(configuration, "direct-*.aot")) and time.time() < deadline):
        time.sleep(0.5)


def java_binary():
    for home in [os.environ.get("JAVA_HOME", "")] + sorted(glob.glob("/usr/lib/jvm/*"), reverse=True):
        java = os.path.join(home, "bin", "java")
        if home and os.path.exists(java):
            version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
            if any('version "%d' % v in version for v in range(21, 40)):
                return java
    return shutil.which("java")


def crossings(java, *svgs):
    result = subprocess.run([java, os.path.join(HERE, "SvgCrossings.java")] + list(svgs), capture_output=True,
                            text=True, check=True)
    counts = {}
    for line in result.stdout.splitlines():
        name, edges, count = line.split("\t")
        counts[name] = (int(edges.split("=")[1]), int(count.split("=")[1]))
    return counts


def in_jvm_layout(java, product, workspace, engine="LAYERED"):
    plugins = os.path.join(product, "plugins")
    names = ["cn.qinglian.diagram", "cn.qinglian.core", "cn.qinglian.model", "org.eclipse.emf.ecore.xmi",
             "org.eclipse.emf.ecore", "org.eclipse.emf.common", "org.eclipse.elk.alg.layered",
             "org.eclipse.elk.alg.common", "org.eclipse.elk.core", "org.eclipse.elk.graph",
             "org.eclipse.xtext.xbase.lib", "com.google.guava", "com.google.guava.failureaccess"]
    jars = [sorted(glob.glob(os.path.join(plugins, n + "_*.jar")))[0] for n in names]
    result = subprocess.run([java, "-Xmx2g", "-cp", os.pathsep.join(jars),
                             os.path.join(HERE, "DiagramLayoutTiming.java"), workspace, engine],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def machine():
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = "%.0f GiB" % (int(f.readline().split()[1]) / 1024 / 1024)
    except OSError:
        pass
    dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    return "%s cores, %s RAM, %s %s, %s, load average before: %s" % (
        os.cpu_count(), mem, platform.system(), platform.release(), dot, os.getloadavg())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,2000,8000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--product", default=DEFAULT_PRODUCT)
    parser.add_argument("--work", default=None)
    parser.add_argument("--no-elk", action="store_true", help="skip the in-JVM ELK comparison")
    args = parser.parse_args()
    product = os.path.abspath(args.product)
    qinglian = os.path.join(product, "qinglian")
    if not os.path.exists(qinglian):
        sys.exit("no product at %s: build it first (./qinglian version)" % product)
    if not shutil.which("dot"):
        sys.exit("Graphviz is missing: apt-get install graphviz")
    java = java_binary()
    work = args.work or tempfile.mkdtemp(prefix="diagram-bench-")
    print("machine:", machine())
    print("work folder:", work)
    print()
    print("| N | boxes, lines | qinglian export-diagram: wall median (min–max), processor | dot -Tsvg: wall median "
          "(min–max), processor | ours / dot (wall, processor) | crossings ours | crossings dot |")
    print("|---|---|---|---|---|---|---|")
    layout_lines = []
    for n in [int(s) for s in args.sizes.split(",")]:
        names, tree, extra = graph(n)
        workspace = os.path.join(work, "ws-%d" % n)
        write_workspace(workspace, names, tree + extra)
        dot_file = os.path.join(work, "g-%d.dot" % n)
        write_dot(dot_file, names, tree + extra)
        ours_svg = os.path.join(work, "ours-%d.svg" % n)
        dot_svg = os.path.join(work, "dot-%d.svg" % n)
        ours, theirs = paired([qinglian, "export-diagram", "--workspace", workspace, "--scope", "all", "--format",
                               "svg", "--out", ours_svg], ["dot", "-Tsvg", dot_file, "-o", dot_svg], args.runs,
                              args.warmup, product)
        counts = crossings(java, ours_svg, dot_svg)
        print("| %d | %d, %d | %.2f s (%.2f–%.2f), %.2f s | %.2f s (%.2f–%.2f), %.2f s | %.2f, %.2f | %d | %d |" % (
            n, n, len(tree) + len(extra), ours[0], ours[1], ours[2], ours[3], theirs[0], theirs[1], theirs[2],
            theirs[3], ours[0] / theirs[0], ours[3] / theirs[3], counts[ours_svg][1], counts[dot_svg][1]), flush=True)
        layout_lines.append("N=%d: %s" % (n, in_jvm_layout(java, product, workspace)))
        if n <= 2000 and not args.no_elk:
            layout_lines.append("N=%d: %s" % (n, in_jvm_layout(java, product, workspace, "ELK")))
    print()
    for line in layout_lines:
        print("in one JVM:", line)
    print("load average after:", os.getloadavg())


if __name__ == "__main__":
    main()
