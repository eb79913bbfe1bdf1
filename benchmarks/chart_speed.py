"""Rendering speed: 100, 1,000 and 10,000 tenure bars to PNG, against a naive matplotlib loop.

Usage: python benchmarks/chart_speed.py [--sizes 100,1000,10000] [--smoke]

Both sides draw the same bars (uncertain starts and ends included) on a new Agg figure of the
same size and save it as PNG at the same dpi, in this one process. The naive way is one
``barh`` call per bar, as matplotlib's own tutorials draw Gantt charts; it draws only the
certain part of each bar, so it does strictly less than timeline does. Reported: seconds per
chart (best of ``--repeat``) and naive / timeline. The issue's target is 10,000 bars in under
3 s and at least 3x faster than the naive loop.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from timeline import FuzzyDate, Period
from timeline.charts import gantt
from timeline.engine import Tenure


def tenures(count: int, rng: random.Random) -> list[Tenure]:
    """``count`` tenures in about ``count / 20`` offices, some with fuzzy or ongoing ends."""
    made = []
    offices = max(1, count // 20)
    start = {f"Office {i}": 700_000 + rng.randint(0, 3000) for i in range(offices)}
    for index in range(count):
        office = f"Office {index % offices}"
        first = start[office]
        length = rng.randint(200, 2000)
        fuzz = rng.choice((0, 0, 15, 180))
        begin = FuzzyDate(first, first + fuzz)
        finish = FuzzyDate(first + length, first + length + fuzz)
        made.append(Tenure(person=f"Person {index}", office=office, period=Period(begin, finish)))
        start[office] = first + length + fuzz + rng.randint(1, 60)
    return made


def _figure() -> Figure:
    figure = Figure(figsize=(12, 8))
    FigureCanvasAgg(figure)
    return figure


def ours(made: list[Tenure]) -> float:
    start = time.perf_counter()
    figure = _figure()
    gantt(made, ax=figure.add_subplot(), labels=False)
    figure.savefig(io.BytesIO(), format="png", dpi=100)
    return time.perf_counter() - start


def naive(made: list[Tenure]) -> float:
    start = time.perf_counter()
    figure = _figure()
    ax = figure.add_subplot()
    rows: dict[str, int] = {}
    for tenure in made:
        row = rows.setdefault(tenure.office, len(rows))
        first = tenure.period.start.latest_day  # type: ignore[union-attr]
        last = tenure.period.end.earliest_day  # type: ignore[union-attr]
        ax.barh(row, last - first, left=first, height=0.6, color="#4c72b0")
    figure.savefig(io.BytesIO(), format="png", dpi=100)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="100 bars, one run each")
    args = parser.parse_args(argv)
    sizes = [100] if args.smoke else [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.smoke else args.repeat
    print(f"{'bars':>7} {'timeline s':>11} {'naive s':>9} {'naive/timeline':>15}")
    for size in sizes:
        made = tenures(size, random.Random(size))
        mine = min(ours(made) for _ in range(repeat))
        theirs = min(naive(made) for _ in range(repeat))
        print(f"{size:7,} {mine:11.2f} {theirs:9.2f} {theirs / mine:15.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
