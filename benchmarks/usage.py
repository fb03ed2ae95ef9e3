"""`python -m benchmarks.usage [--quick]`: usage records on PostgreSQL next to SQLite.

Through the real recorder and stores, with the same records and the same batching:
- one writer, then two processes writing at once into one database (every row counted, by
  writer and by its unique text, so a lost or doubled record shows);
- a server restart in the middle of writing: records queue while it is down and are written
  when it is back, none lost.
PostgreSQL is a throwaway server with its default durability (tests/pgserver.py). Prints a table
and writes the figures to benchmarks/out/usage.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.usage.dsn import DatabaseURL
from bot.usage.recorder import UsageRecorder
from bot.usage.records import CommandRecord
from bot.usage.stores import Location, open_store

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
BATCH = 100  # records per flush: what a bot answering 50 commands a second queues in 2 s
QUESTIONS = ("Who is Lloyd Austin?", "When did Austin meet Lee?", "What is the SCM?", "Who is Biden?")


def make_record(writer: int, n: int) -> CommandRecord:
    """The shape of a real record; the text is unique per writer and number, to count by."""
    question = f"{QUESTIONS[n % len(QUESTIONS)]} #{writer}-{n}"
    return CommandRecord(
        command="ask",
        options={"question": question},
        matched=n % 3 != 0,
        weak=n % 7 == 0,
        entry="Lloyd Austin" if n % 3 else None,
        latency_ms=1.0 + (n % 50) / 10,
        guild_id=writer,
    )


def parse_location(raw: str) -> Location:
    return DatabaseURL(raw) if raw.startswith("postgresql://") else Path(raw)


# --- one writing process ------------------------------------------------------------------


async def write(location: Location, writer: int, count: int) -> dict[str, float]:
    """Record `count` records and flush every BATCH, as fast as the store takes them."""
    usage = UsageRecorder(lambda: open_store(location), retention_days=90)
    await usage.start()
    began, started = time.time(), time.perf_counter()
    for n in range(count):
        usage.record(make_record(writer, n), user_id=1_000_000 + n % 500)
        if (n + 1) % BATCH == 0:
            await usage.flush()
    await usage.flush()
    seconds = time.perf_counter() - started
    left = usage.queued
    await usage.close()
    return {
        "written": usage.written,
        "left": left,
        "seconds": seconds,
        "began": began,
        "ended": began + seconds,
    }


async def write_paced(location: Location, writer: int, count: int, rate: float) -> dict[str, float]:
    """As the bot does: commands recorded at `rate` a second while the recorder's own task
    flushes every 0.1 s. Notes the most records ever waiting in the queue."""
    usage = UsageRecorder(lambda: open_store(location), retention_days=90)
    await usage.start()
    flusher = asyncio.create_task(usage.run(interval=0.1))
    peak = 0
    started = time.perf_counter()
    for n in range(count):
        usage.record(make_record(writer, n), user_id=1_000_000 + n % 500)
        peak = max(peak, usage.queued)
        await asyncio.sleep(max(0.0, started + (n + 1) / rate - time.perf_counter()))
    flusher.cancel()
    await asyncio.gather(flusher, return_exceptions=True)
    deadline = time.perf_counter() + 60
    while usage.queued and time.perf_counter() < deadline:
        await usage.flush()
    left = usage.queued
    await usage.close()
    return {"written": usage.written, "left": left, "peak_queued": peak, "dropped": usage.dropped}


def writer_main(args: argparse.Namespace) -> None:
    logging.basicConfig(
        level=logging.WARNING, format="  writer %(message)s" if args.verbose else "%(message)s"
    )
    if not args.verbose:
        logging.disable(logging.WARNING)
    location = parse_location(args.writer)
    if args.rate:
        result = asyncio.run(write_paced(location, args.id, args.count, args.rate))
    else:
        result = asyncio.run(write(location, args.id, args.count))
    print(json.dumps(result))


# --- the measurements ---------------------------------------------------------------------


def spawn(location: str, writer: int, count: int, rate: float = 0.0) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "benchmarks.usage", "--writer", location, "--id", str(writer)]
    command += ["--count", str(count), "--rate", str(rate)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> dict[str, float]:
    out, _ = process.communicate(timeout=600)
    if process.returncode != 0:
        raise SystemExit(f"a writer failed (exit {process.returncode})")
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def counted(location: str) -> dict[str, int]:
    """Rows in the store: all, distinct texts (a doubled record would repeat one), per writer."""
    store = open_store(parse_location(location), read_only=True)
    try:
        rows = store.rows(datetime(2000, 1, 1, tzinfo=UTC))
    finally:
        store.close()
    per_writer: dict[str, int] = {}
    for row in rows:
        writer = row.asked.rsplit("#", 1)[1].split("-")[0]
        per_writer[writer] = per_writer.get(writer, 0) + 1
    return {"rows": len(rows), "distinct": len({r.asked for r in rows}), **per_writer}


def writers(location: str, processes: int, count: int) -> dict[str, Any]:
    results = [finish(p) for p in [spawn(location, w, count) for w in range(1, processes + 1)]]
    rows = counted(location)
    expected = processes * count
    span = max(r["ended"] for r in results) - min(r["began"] for r in results)  # first start to last end
    return {
        "processes": processes,
        "records": expected,
        **rows,
        "lost": expected - rows["distinct"],
        "doubled": rows["rows"] - rows["distinct"],
        "seconds": span,
        "overlap_seconds": min(r["ended"] for r in results) - max(r["began"] for r in results),
        "records_per_s": expected / span,
    }


def restart_in_the_middle(pg: Any, location: str, count: int, rate: float, down: float) -> dict[str, Any]:
    """One process writing at `rate`/s; a third of the way in, the server stops (fast: clients
    cut off) for `down` seconds and starts again."""
    process = spawn(location, 9, count, rate)
    dbname = location.rsplit("/", 1)[1]
    while _rows_in(pg, dbname) < count // 3:  # a third written: the writer is well under way
        time.sleep(0.05)
    stopped = time.perf_counter()
    pg.stop("fast")
    time.sleep(down)
    pg.start_again()
    outage = time.perf_counter() - stopped
    at_restart = _rows_in(pg, dbname)
    result = finish(process)
    rows = counted(location)
    return {
        "records": count,
        "rate": rate,
        "server_down_s": outage,
        "written_before_restart": at_restart,
        "peak_queued": result["peak_queued"],
        "written_after_restart": rows["rows"] - at_restart,
        "rows": rows["rows"],
        "lost": count - rows["distinct"],
        "doubled": rows["rows"] - rows["distinct"],
        "dropped": result["dropped"],
    }


def _rows_in(pg: Any, dbname: str) -> int:
    exists = pg.admin("SELECT to_regclass('usage_commands') IS NOT NULL", dbname)[0][0]
    return int(pg.admin("SELECT count(*) FROM usage_commands", dbname)[0][0]) if exists else 0


def print_table(results: dict[str, Any]) -> None:
    print("| store | writers | records | rows counted | lost | doubled | seconds | records/s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, label in (("sqlite", "SQLite file"), ("postgres", "PostgreSQL")):
        for run in results[name]:
            print(
                f"| {label} | {run['processes']} | {run['records']:,} | {run['rows']:,} | {run['lost']} |"
                f" {run['doubled']} | {run['seconds']:.2f} | {run['records_per_s']:,.0f} |"
            )
    r = results["restart"]
    print(
        f"\nServer restart while writing {r['records']:,} records at {r['rate']:,.0f}/s: server down"
        f" {r['server_down_s']:.1f} s after {r['written_before_restart']:,} were written;"
        f" {r['peak_queued']:,} queued at most; {r['written_after_restart']:,} written after the restart;"
        f" {r['rows']:,} rows counted: {r['lost']} lost, {r['doubled']} doubled, {r['dropped']} dropped."
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.usage", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 records a writer instead of 20,000")
    parser.add_argument("--count", type=int, default=None, help="records per writer")
    parser.add_argument("--json", type=Path, default=OUT / "usage.json")
    parser.add_argument("--writer", help=argparse.SUPPRESS)  # internal: run as one writing process
    parser.add_argument("--id", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--rate", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--verbose", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        writer_main(args)
        return
    from tests.pgserver import PgServer, Unavailable

    count = args.count or (2_000 if args.quick else 20_000)
    work = Path(tempfile.mkdtemp(prefix="usage-bench-"))
    pg = PgServer(durable=True)
    try:
        pg.start()
    except Unavailable as exc:
        raise SystemExit(f"no PostgreSQL server for the benchmark: {exc}") from None
    try:
        results: dict[str, Any] = {
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
            "batch": BATCH,
            "sqlite": [writers(str(work / f"one-{n}.sqlite3"), n, count) for n in (1, 2)],
            "postgres": [writers(pg.url(pg.new_database()), n, count) for n in (1, 2)],
            "restart": restart_in_the_middle(
                pg, pg.url(pg.new_database()), count // 2, rate=1_000.0, down=1.0 if args.quick else 2.0
            ),
        }
    finally:
        pg.close()
        shutil.rmtree(work, ignore_errors=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()
