"""Measure one knowledge-base size, in a process of its own (so memory figures are its own).

Run by `python -m benchmarks`; prints one JSON object.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import shutil
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.kb.answers import Answer
from bot.kb.engine import Engine
from bot.kb.index import DocKind, KnowledgeBase
from bot.kb.store import KnowledgeStore
from bot.kb.text import STOPWORDS, words

from .generate import Query, generate

RETRIEVAL = {DocKind.SENTENCE, DocKind.FACT, DocKind.QUOTE}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def hit(query: Query, answer: Answer) -> bool:
    if not answer.matched:
        return False
    if query.command in ("who", "when", "define"):
        return answer.title in query.expect
    if query.command == "search":
        return bool(answer.items) and _ref(answer.items[0].citations[0]) in query.expect
    if query.command == "ask":
        cited = any(_ref(c) in query.expect for c in answer.citations)
        return cited and any(d in answer.text for d in query.detail)
    if query.command in ("summary", "timeline", "source"):
        if not query.expect:  # a view of the whole knowledge base: it answers, with every row cited
            return bool(answer.items) or answer.source is not None
        return answer.source is not None and answer.source.article_id in query.expect
    return True


def _ref(citation: Any) -> str:
    return f"{citation.article_id}#{citation.paragraph}"


RELOADS = 5


def measure(size: int, folder: Path, seed: int, cache_dir: Path, naive_limit: int) -> dict[str, Any]:
    corpus = generate(size, folder, seed, write=False)
    out: dict[str, Any] = {"size": size, "rss_start_mb": rss_mb()}

    # cold: parse + validate + index, no cache
    shutil.rmtree(cache_dir, ignore_errors=True)
    gc.collect()
    started = time.perf_counter()
    store = KnowledgeStore(folder, cache_dir=None)
    store.load()
    out["cold_load_s"] = time.perf_counter() - started
    del store
    gc.collect()

    # warm start: a restart that finds the cache filled by a previous run
    key = cache_dir.parent / f"{cache_dir.name}.key"  # outside the cache folder, as the bot keeps it
    KnowledgeStore(folder, cache_dir=cache_dir, key_file=key).load()
    gc.collect()
    started = time.perf_counter()
    store = KnowledgeStore(folder, cache_dir=cache_dir, key_file=key)
    store.load()
    gc.freeze()  # as the bot does after every load
    out["warm_start_s"] = time.perf_counter() - started
    out["rss_loaded_mb"] = rss_mb()

    # reload after a one-file edit, told the file's name as the bot's watcher tells it: the
    # first, and the median and slowest of RELOADS (one sample says little on a machine whose
    # speed swings from minute to minute); then the same edit found by the periodic check,
    # which lists the whole folder
    reloads, checks = [], []
    for n in range(2 * RELOADS):
        target = corpus.files[(len(corpus.files) // 2 + n) % len(corpus.files)]
        original = target.read_text(encoding="utf-8")
        target.write_text(original.replace("summary: ", "summary: Edited. ", 1), encoding="utf-8")
        named = [target.name] if n < RELOADS else None
        started = time.perf_counter()
        outcome = store.load(changed=named)
        gc.freeze()
        (reloads if named else checks).append(time.perf_counter() - started)
        assert outcome.applied and not outcome.errors and not outcome.same, outcome.errors
        target.write_text(original, encoding="utf-8")
        store.load(changed=named)
        gc.freeze()
    out["reload_one_file_s"] = reloads[0]
    out["reload_median_s"] = statistics.median(reloads)
    out["reload_max_s"] = max(reloads)
    out["reload_full_check_median_s"] = statistics.median(checks)

    engine = store.engine
    out["commands"] = _commands(engine, corpus.queries)
    out["baselines"] = _baselines(engine.kb, corpus.queries, naive_limit)
    out["rss_end_mb"] = rss_mb()
    return out


def _commands(engine: Engine, queries: list[Query]) -> dict[str, Any]:
    for query in queries[:20]:  # warm up caches and lazy paths
        engine.run(query.command, query.options)
    times: dict[str, list[float]] = {}
    hits: dict[str, list[bool]] = {}
    for query in queries:
        started = time.perf_counter()
        answer = engine.run(query.command, query.options)
        times.setdefault(query.command, []).append((time.perf_counter() - started) * 1000)
        hits.setdefault(query.command, []).append(hit(query, answer))
    return {
        command: {
            "n": len(values),
            "p50_ms": statistics.median(values),
            "p99_ms": percentile(values, 0.99),
            "hit_at_1": sum(hits[command]) / len(hits[command]),
        }
        for command, values in times.items()
    }


def _baselines(kb: KnowledgeBase, queries: list[Query], naive_limit: int) -> dict[str, Any]:
    docs = [d for d in kb.live_docs() if d.kind in RETRIEVAL]
    refs = [f"{d.article.id}#{d.paragraphs[0]}" for d in docs]
    texts = [d.text for d in docs]
    started = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(text, ref UNINDEXED)")
    db.executemany("INSERT INTO docs VALUES (?, ?)", zip(texts, refs, strict=True))
    fts_build = time.perf_counter() - started
    result: dict[str, Any] = {"fts5_build_s": fts_build, "docs": len(docs)}
    for command in ("search", "ask"):
        batch = [q for q in queries if q.command == command]
        result[f"fts5_{command}"] = _run(batch, lambda text: _fts(db, text))
        result[f"naive_{command}"] = _run(batch[:naive_limit], lambda text: _naive(texts, refs, text))
    return result


def _run(batch: list[Query], find: Any) -> dict[str, Any]:
    times, hits = [], []
    for query in batch:
        text = next(iter(query.options.values()))
        started = time.perf_counter()
        ref = find(text)
        times.append((time.perf_counter() - started) * 1000)
        hits.append(ref in query.expect)
    if not times:
        return {}
    return {
        "n": len(times),
        "p50_ms": statistics.median(times),
        "p99_ms": percentile(times, 0.99),
        "hit_at_1": sum(hits) / len(hits),
    }


def _fts(db: sqlite3.Connection, text: str) -> str | None:
    terms = [w for w in words(text) if w not in STOPWORDS and re.fullmatch(r"[\w-]+", w)]
    if not terms:
        return None
    match = " OR ".join(f'"{t}"' for t in terms)
    row = db.execute(
        "SELECT ref FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 1", (match,)
    ).fetchone()
    return row[0] if row else None


def _naive(texts: list[str], refs: list[str], text: str) -> str | None:
    found = process.extractOne(text, texts, scorer=fuzz.WRatio)
    return refs[found[2]] if found else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--naive-limit", type=int, default=50)
    args = parser.parse_args()
    print(json.dumps(measure(args.size, args.folder, args.seed, args.cache, args.naive_limit)))


if __name__ == "__main__":
    main()
