"""How resolution scales: 1,000 to 1,000,000 events with about two relative constraints each.

Usage: python benchmarks/engine_scale.py [--sizes 1000,10000,100000,1000000] [--smoke]

Three shapes of evidence, built reproducibly from a seeded generator:

- chain: each event is 1-3 days after the one before; every 100th also has a bound of its own,
  400 days wide around its true day, so bounds flow both forward and back along the chain;
- fan-in: every event is before a shared anchor's 1000th-day anniversary and after one random
  earlier event;
- DAG: each event is within some days after one random earlier event and after another,
  with an absolute bound on every 50th (evidence drawn true of hidden days, so consistent).

Evidence is given as expression trees (what the parser produces), so the figures are the
engine's: building the constraint network, propagating to the fixpoint, and packing the
resolved dates. Each size runs in a fresh interpreter; memory is that process's peak resident
size (with the events themselves) and the growth during resolution. No time is asserted; the
issue's targets are 100,000 events under 2 s and at most 15x from 100,000 to 1,000,000.
"""

from __future__ import annotations

import argparse
import gc
import json
import pathlib
import random
import resource
import subprocess
import sys
import time

from timeline import Duration, Event, FuzzyDate, Qualifier
from timeline.engine import Timeline
from timeline.expressions import After, Before, EventRef, Shift

ORIGIN = FuzzyDate.between("2000-01-01", "2000-12-31")


def _days(n: int) -> Duration:
    return Duration(days=n)


def chain(size: int, rng: random.Random) -> list[Event]:
    # A step of 1-3 days keeps a million events inside the supported calendar (they span
    # about 5,500 years); true days are drawn first so that the bounds are consistent.
    true = 0
    events = [Event(id="e0", when=ORIGIN)]
    for i in range(1, size):
        step = rng.randint(1, 3)
        true += step
        near = Shift(EventRef(f"e{i - 1}"), _days(step))
        if i % 100 == 0:
            # A bound that cuts the ones carried along the chain, so they flow both ways.
            around = ORIGIN.earliest.add(days=true)
            bound = FuzzyDate.between(around.subtract(days=200), around.add(days=200))
            events.append(Event(id=f"e{i}", when=(near, bound)))
        else:
            events.append(Event(id=f"e{i}", when=near))
    return events


def fan_in(size: int, rng: random.Random) -> list[Event]:
    events = [Event(id="e0", when=ORIGIN)]
    for i in range(1, size):
        earlier = f"e{rng.randrange(i)}"
        events.append(
            Event(
                id=f"e{i}",
                when=(
                    Before(Shift(EventRef("e0"), _days(1000))),
                    After(EventRef(earlier)),
                ),
            )
        )
    return events


def dag(size: int, rng: random.Random) -> list[Event]:
    # True days are drawn first and every piece of evidence is made true of them, so the
    # network is consistent however the edges fall.
    true = [0]
    events = [Event(id="e0", when=ORIGIN)]
    for i in range(1, size):
        first, second = rng.randrange(i), rng.randrange(i)
        true.append(max(true[first], true[second]) + rng.randint(1, 5))
        slack = true[i] - true[first] + rng.randint(0, 3)
        pieces: tuple[object, ...] = (
            Shift(EventRef(f"e{first}"), Duration(days=slack, qualifier=Qualifier.AT_MOST)),
            After(EventRef(f"e{second}")),
        )
        if i % 50 == 0:
            pieces = (*pieces, FuzzyDate.between("2000-01-01", "2100-12-31"))
        events.append(Event(id=f"e{i}", when=pieces))  # type: ignore[arg-type]
    return events


SHAPES = {"chain": chain, "fan-in": fan_in, "dag": dag}


def measure(shape: str, size: int) -> tuple[float, float, float, float]:
    """Build and resolve in this process: build seconds, resolve seconds, peak MiB, growth MiB."""
    rng = random.Random(size)
    start = time.perf_counter()
    line = Timeline(SHAPES[shape](size, rng))
    built = time.perf_counter() - start
    gc.collect()
    before = _resident_mib()
    start = time.perf_counter()
    resolved = line.resolve()
    resolved_in = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert len(resolved) == size
    return built, resolved_in, peak, peak - before


def _resident_mib() -> float:
    """The resident size now, from /proc (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:  # noqa: PTH123
            pages = int(statm.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _in_child(shape: str, size: int) -> tuple[float, float, float, float]:
    """``measure`` in a fresh interpreter, so sizes do not share memory or caches."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); import engine_scale;"
        "print(json.dumps(engine_scale.measure(sys.argv[2], int(sys.argv[3]))))"
    )
    here = str(pathlib.Path(__file__).parent)
    done = subprocess.run(
        [sys.executable, "-c", code, here, shape, str(size)],
        capture_output=True,
        text=True,
        check=True,
    )
    built, resolved_in, peak, growth = json.loads(done.stdout.strip().splitlines()[-1])
    return built, resolved_in, peak, growth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--shapes", default="chain,fan-in,dag")
    parser.add_argument("--smoke", action="store_true", help="1,000 events only")
    args = parser.parse_args(argv)
    sizes = [1000] if args.smoke else [int(s) for s in args.sizes.split(",")]
    print(
        f"{'shape':8} {'events':>9} {'build s':>9} {'resolve s':>10} {'peak MiB':>9} "
        f"{'resolve MiB':>11}"
    )
    times: dict[tuple[str, int], float] = {}
    for shape in args.shapes.split(","):
        for size in sizes:
            built, resolved_in, peak, growth = _in_child(shape, size)
            times[shape, size] = resolved_in
            print(
                f"{shape:8} {size:9,} {built:9.2f} {resolved_in:10.2f} {peak:9.1f} {growth:11.1f}"
            )
            sys.stdout.flush()
    for shape in args.shapes.split(","):
        if (shape, 100_000) in times and (shape, 1_000_000) in times:
            ratio = times[shape, 1_000_000] / times[shape, 100_000]
            print(f"{shape}: 1,000,000 / 100,000 resolve time = {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
