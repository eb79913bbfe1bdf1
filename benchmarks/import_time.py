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

The figures are for compiled bytecode in ``__pycache__``, as a user has it after ``pip install``
(an installed wheel is compiled then; an editable install compiles on the first import). So the
child interpreters run without ``PYTHONDONTWRITEBYTECODE``, and a first, untimed import writes
the cache. With that variable set and no cache, every import compiles the sources again, which
costs far more than the import itself; ``--source`` measures that case instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HEAVY = ("matplotlib", "hypothesis", "pendulum", "numpy")
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
FLAGS: list[str] = []
#: What ``import timeline`` needs besides itself: attrs, and the standard library modules it
#: uses at import time; timed alone for reference.
DEPENDENCIES = "import attrs, datetime, enum, re, typing"
_IMPORTTIME = re.compile(r"import time:\s*(\d+) \|\s*(\d+) \|(\s*)(\S+)")


def wall(code: str) -> float:
    """Seconds for a fresh interpreter to run ``code`` and exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, *FLAGS, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def importtime() -> tuple[float, list[tuple[float, str]]]:
    """Cumulative microseconds of ``timeline`` and the top-level imports below it."""
    done = subprocess.run(
        [sys.executable, *FLAGS, "-X", "importtime", "-c", "import timeline"],
        check=True,
        capture_output=True,
        text=True,
        env=ENV,
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
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=ENV
    )
    return done.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="fresh interpreters per command")
    parser.add_argument("--smoke", action="store_true", help="3 runs: check that it works")
    parser.add_argument(
        "--source", action="store_true", help="no bytecode cache: compile timeline every time"
    )
    args = parser.parse_args()
    runs = 3 if args.smoke else args.runs
    if args.source:
        # With timeline's caches removed and -B, timeline is compiled on every import; the
        # standard library and site-packages still load their own caches, as for a user.
        ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        FLAGS.append("-B")
        spec = importlib.util.find_spec("timeline")
        assert spec is not None
        assert spec.submodule_search_locations is not None
        for location in spec.submodule_search_locations:
            for cache in Path(location).rglob("__pycache__"):
                shutil.rmtree(cache)

    wall("import timeline")  # warm the file system cache and write the .pyc files
    baseline: list[float] = []
    with_timeline: list[float] = []
    dependencies: list[float] = []
    for _ in range(runs):
        baseline.append(wall("pass"))
        with_timeline.append(wall("import timeline"))
        dependencies.append(wall(DEPENDENCIES))
    base, full = statistics.median(baseline), statistics.median(with_timeline)
    deps = statistics.median(dependencies)

    totals: list[float] = []
    children: list[tuple[float, str]] = []
    for _ in range(runs):
        total, children = importtime()
        totals.append(total)

    print(f"python {sys.version.split()[0]} at {sys.executable}")
    print(f"runs: {runs} fresh interpreters per command (median)")
    bytecode = "none for timeline (--source)" if args.source else "cached, as after an install"
    print(f"bytecode: {bytecode}")
    print()
    print(f'python -c "pass"             {1000 * base:8.1f} ms')
    print(f'python -c "import timeline"  {1000 * full:8.1f} ms')
    print(f"import timeline (difference) {1000 * (full - base):8.1f} ms   <- the figure")
    print(f"  of which its dependencies    {1000 * (deps - base):8.1f} ms   ({DEPENDENCIES})")
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
