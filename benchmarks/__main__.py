"""`python -m benchmarks [--quick]`: the cost of every operation at 1 to 10,000 articles, side by
side with SQLite FTS5 and a naive rapidfuzz scan, Discord throughput, and CLI start-up.

Prints a table and writes the figures as JSON (default benchmarks/out/results.json).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import discord_load
from .generate import GENERATOR_VERSION, generate
from .table import print_table

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"  # git-ignored
FULL_SIZES = (1, 100, 1_000, 10_000)
QUICK_SIZES = (1, 100)


def corpus(size: int, seed: int) -> Path:
    """The generated knowledge folder for a size, made once and reused (it is deterministic)."""
    folder = OUT / f"kb-{size}-seed{seed}-v{GENERATOR_VERSION}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        generate(size, folder, seed)
        done.write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


def measure_size(size: int, seed: int, naive_limit: int) -> dict[str, Any]:
    folder = corpus(size, seed)
    cache = OUT / f"cache-{size}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.measure",
            "--size",
            str(size),
            "--folder",
            str(folder),
            "--cache",
            str(cache),
            "--seed",
            str(seed),
            "--naive-limit",
            str(naive_limit),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"measuring {size} articles failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# What answering needs, imported and nothing else: the floor below which `ask` cannot go.
CLI_LIBRARIES = ("numpy", "pydantic", "rapidfuzz.process", "yaml", "snowballstemmer")


def cli_times(runs: int) -> dict[str, float]:
    env = dict(os.environ)
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "/who Austin"],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
    )  # a first run writes the bytecode, as any later run finds it

    def median_of(args: list[str]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(args, cwd=ROOT, env=env, capture_output=True, check=False)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    bare = median_of([sys.executable, "-c", "pass"])
    libraries = median_of([sys.executable, "-c", f"import {', '.join(CLI_LIBRARIES)}"])
    ask = median_of([sys.executable, "-m", "bot", "ask", "/who Austin"])
    return {
        "runs": runs,
        "bare_python_ms": bare * 1000,
        "libraries_ms": libraries * 1000,
        "ask_ms": ask * 1000,
        "ratio": ask / bare,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 1 and 100 only, for CI (seconds)")
    parser.add_argument("--sizes", type=int, nargs="+", help="article counts (default 1 100 1000 10000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=500, help="interactions in flight at once")
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "mode": "quick" if args.quick else "full",
        "sizes": [measure_size(size, args.seed, naive_limit=10 if size >= 10_000 else 50) for size in sizes],
        "discord": discord_load.measure(ROOT / "knowledge", 100 if args.quick else args.concurrency),
        "cli": cli_times(3 if args.quick else 10),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()
