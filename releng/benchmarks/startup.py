#!/usr/bin/env python3
"""Time from process start to a visible workbench window, for the built Linux product.

Starts `qinglian` (the product's launch script) on an X display, polls the X server with
`xwininfo` until the main window "清廉站所巡察工作台 — <workspace>" is mapped (IsViewable), records
the elapsed wall-clock time, closes the process, and repeats: warm-up runs first, then measured
runs; prints min / median / max.

Usage (needs x11-utils; run under Xvfb when no display):
    xvfb-run -a python3 releng/benchmarks/startup.py [--runs 10] [--warmup 2] [--install DIR]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DEFAULT_INSTALL = os.path.join(os.path.dirname(__file__), "..", "cn.qinglian.product", "target",
                               "products", "cn.qinglian.product", "linux", "gtk", "x86_64", "qinglian")
TITLE = "清廉站所巡察工作台 — L区"


def window_viewable(title):
    # `xwininfo -name` compares the legacy WM_NAME; the tree prints the UTF-8 title, so search it.
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, errors="replace")
    for line in tree.stdout.splitlines():
        if '"%s' % title in line:
            window = line.split()[0]
            info = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True, errors="replace")
            if "Map State: IsViewable" in info.stdout:
                return True
    return False


def one_run(install, home, timeout=60.0):
    env = dict(os.environ, HOME=home)
    while window_viewable(TITLE):  # the previous run's window must be gone first
        time.sleep(0.05)
    start = time.perf_counter()
    process = subprocess.Popen([os.path.join(install, "qinglian")], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            if window_viewable(TITLE):
                return time.perf_counter() - start
            if process.poll() is not None:
                raise RuntimeError("the workbench exited with %d before showing a window" % process.returncode)
            time.sleep(0.01)
        raise RuntimeError("no window within %.0f s" % timeout)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--install", default=DEFAULT_INSTALL)
    args = parser.parse_args()
    if shutil.which("xwininfo") is None:
        sys.exit("xwininfo not found: apt-get install x11-utils")
    home = tempfile.mkdtemp(prefix="qinglian-startup-")  # a fresh user: no saved workbench state
    try:
        for _ in range(args.warmup):
            one_run(args.install, home)
        times = []
        for _ in range(args.runs):
            times.append(one_run(args.install, home))
            print("  %.2fs" % times[-1], flush=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print("runs=%d min=%.2fs median=%.2fs max=%.2fs" % (len(times), min(times), statistics.median(times), max(times)))


if __name__ == "__main__":
    main()
