"""The benchmark's table, as printed and as pasted into the README."""

from __future__ import annotations

from typing import Any

COMMANDS = ("who", "when", "define", "quote", "search", "ask", "summary", "timeline", "source")


def _ms(value: float | None) -> str:
    return "—" if value is None else (f"{value:.2f}" if value < 10 else f"{value:.0f}")


def print_table(results: dict[str, Any]) -> None:
    sizes = results["sizes"]
    head = "| | " + " | ".join(f"{s['size']:,} articles" for s in sizes) + " |"
    rule = "|---" * (len(sizes) + 1) + "|"
    print(head)
    print(rule)

    def row(label: str, values: list[str]) -> None:
        print(f"| {label} | " + " | ".join(values) + " |")

    row("cold load (s)", [f"{s['cold_load_s']:.2f}" for s in sizes])
    row("warm start (s)", [f"{s['warm_start_s']:.2f}" for s in sizes])
    row("reload, one file changed (ms)", [f"{s['reload_one_file_s'] * 1000:.0f}" for s in sizes])
    row(
        "reload, median / slowest of 5 (ms)",
        [f"{s['reload_median_s'] * 1000:.0f} / {s['reload_max_s'] * 1000:.0f}" for s in sizes],
    )
    row(
        "periodic full check finding the edit, median (ms)",
        [
            f"{s['reload_full_check_median_s'] * 1000:.0f}" if "reload_full_check_median_s" in s else "—"
            for s in sizes
        ],
    )
    row("resident memory (MB)", [f"{s['rss_loaded_mb']:.0f}" for s in sizes])
    for command in COMMANDS:
        cells = []
        for s in sizes:
            c = s["commands"].get(command)
            cells.append(
                "—" if not c else f"{_ms(c['p50_ms'])} / {_ms(c['p99_ms'])} ms, hit@1 {c['hit_at_1']:.0%}"
            )
        row(f"/{command} p50 / p99", cells)
    for engine in ("fts5", "naive"):
        for command in ("search", "ask"):
            cells = []
            for s in sizes:
                c = s["baselines"].get(f"{engine}_{command}") or {}
                cells.append(
                    "—" if not c else f"{_ms(c['p50_ms'])} / {_ms(c['p99_ms'])} ms, hit@1 {c['hit_at_1']:.0%}"
                )
            label = "SQLite FTS5 bm25" if engine == "fts5" else "naive rapidfuzz scan"
            row(f"{label}, {command}", cells)
    d = results["discord"]
    print(f"\nDiscord, {d['concurrency']} interactions at once (1 article):")
    print("| command | interactions/s | p50 ms | p99 ms | vs floor | worst loop stall ms | over 3 s |")
    print("|---|---|---|---|---|---|---|")
    for name in ("fixed", "who", "ask"):
        r = d[name]
        floor = "floor" if name == "fixed" else f"{r['vs_floor']:.0%}"
        print(
            f"| /{name} | {r['per_second']:.0f} | {r['p50_ms']:.0f} | {r['p99_ms']:.0f} | {floor} | "
            f"{r['worst_stall_ms']:.0f} | {r['over_3s']} |"
        )
    paced = d.get("paced")
    if paced:
        over = f"{d['paced_over_s']:.0f} s"
        print(f"\nThe same {d['concurrency']} interactions arriving over {over}, all in flight together:")
        print("| command | p50 ms | p99 ms | worst loop stall ms | over 3 s |")
        print("|---|---|---|---|---|")
        for name in ("fixed", "who", "ask"):
            r = paced[name]
            cells = [
                f"{r['p50_ms']:.0f}",
                f"{r['p99_ms']:.0f}",
                f"{r['worst_stall_ms']:.0f}",
                str(r["over_3s"]),
            ]
            print(f"| /{name} | " + " | ".join(cells) + " |")
    c = results["cli"]
    print(
        f'\nCLI: `alliance-bot ask "/who Austin"` {c["ask_ms"]:.0f} ms vs `python -c pass` '
        f"{c['bare_python_ms']:.0f} ms: {c['ratio']:.2f}x (median of {c['runs']}); importing the "
        f"libraries it answers with, alone: {c['libraries_ms']:.0f} ms"
    )
