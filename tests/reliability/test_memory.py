"""Memory after many saves of one article stays near a fresh load's: edits leave nothing behind.

Each run is a process of its own, so the resident memory compared is the knowledge base's and
the interpreter's alone, as a bot's would be."""

from __future__ import annotations

from benchmarks.memory import knowledge, run
from tests.reliability import figures

SAVES = 200  # the benchmark runs 1,000: python -m benchmarks.memory


def test_memory_after_many_saves_stays_within_a_tenth_of_a_fresh_load(tmp_path):
    fresh, docs, _ = run(knowledge(tmp_path / "fresh"), 0)
    after, docs_after, live = run(knowledge(tmp_path / "edited"), SAVES)
    figures.add(f"memory after {SAVES} saves, % of a fresh load", round(100 * after / fresh))
    assert docs_after <= docs * 1.1 and live == docs  # the retired units were compacted away
    assert after <= fresh * 1.10, f"{after:.1f} MB after {SAVES} saves against {fresh:.1f} MB fresh"
