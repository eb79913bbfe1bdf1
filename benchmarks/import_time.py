"""How long ``import timeline`` takes, and which heavy packages it pulls in.

Run by hand (it prints figures and never asserts a time)::

    .venv/bin/python benchmarks/import_time.py            # 21 runs of each command
    .venv/bin/python benchmarks/import_time.py --smoke    # 3 runs, to check the script works

Three measurements, each in fresh interpreters so nothing is cached in the process:

1. wall clock: the median of ``python -c "import timeline"`` minus the median of
   ``python -c "pass"`` (the interpreter's own start-up), over ``--runs`` alternating runs;
2. ``python -X importtime -c "import timeline"``: the cumulative time of the ``timeline``
   package as the interpreter itself counts it (median over the runs), and its largest imports;
3. which of matplotlib, hypothesis and pendulum are in ``sys.modules`` after the import (the
   design wants none of them: matplotlib and hypothesis load only in ``timeline.charts`` and
   ``timeline.strategies``; pendulum only when a date is handed out).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time

HEAVY = ("matplotlib", "hypothesis", "pendulum", "numpy")
_IMPORTTIME = re.compile(r"import time:\s*(\d+) \|\s*(\d+) \|(\s*)(\S+)")


def wall(code: str) -> float:
    """Seconds for a fresh interpreter to run ``code`` and exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def importtime() -> tuple[float, list[tuple[float, str]]]:
    """Cumulative microseconds of ``timeline`` and the top-level imports below it."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import timeline"],
        check=True,
        capture_output=True,
        text=True,
    )
    total = 0.0
    children: list[tuple[float, str]] = []
    for line in done.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match is None:
            continue
        cumulative, depth, name = float(match[2]), len(match[3]), match[4]
        if name == "timeline":
            total = cumulative
        elif depth <= 3:
            children.append((cumulative, name))
    return total, children


def loaded_heavy() -> list[str]:
    code = f"import sys, timeline; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="fresh interpreters per command")
    parser.add_argument("--smoke", action="store_true", help="3 runs: check that it works")
    args = parser.parse_args()
    runs = 3 if args.smoke else args.runs

    wall("import timeline")  # warm the file system cache and the .pyc files
    baseline: list[float] = []
    with_timeline: list[float] = []
    for _ in range(runs):
        baseline.append(wall("pass"))
        with_timeline.append(wall("import timeline"))
    base, full = statistics.median(baseline), statistics.median(with_timeline)

    totals: list[float] = []
    children: list[tuple[float, str]] = []
    for _ in range(runs):
        total, children = importtime()
        totals.append(total)

    print(f"python {sys.version.split()[0]} at {sys.executable}")
    print(f"runs: {runs} fresh interpreters per command (median)")
    print()
    print(f'python -c "pass"             {1000 * base:8.1f} ms')
    print(f'python -c "import timeline"  {1000 * full:8.1f} ms')
    print(f"import timeline (difference) {1000 * (full - base):8.1f} ms   <- the figure")
    print(f"-X importtime cumulative     {statistics.median(totals) / 1000:8.1f} ms")
    print()
    print("largest imports under it (last -X importtime run, cumulative):")
    for micros, name in sorted(children, reverse=True)[:8]:
        print(f"  {micros / 1000:7.1f} ms  {name}")
    print()
    heavy = loaded_heavy()
    print(f"heavy packages imported by `import timeline`: {', '.join(heavy) or 'none'}")
    for name in ("matplotlib", "hypothesis"):
        print(f"  {name}: {'IMPORTED (should not be)' if name in heavy else 'not imported'}")


if __name__ == "__main__":
    main()
