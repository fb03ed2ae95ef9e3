"""Commands run on the engine thread while autocomplete runs on the event loop: nothing a
lookup reads may be made on first use."""

from __future__ import annotations

import threading
from collections.abc import Callable

from bot.kb.commands import Complete
from bot.kb.engine import Engine
from bot.kb.fuzzy import NameTable

QUERIES = ["Person12 Family3", "Famly7 Person1", "Rank4 Person999", "Person5"]


def together(*works: Callable[[], object]) -> tuple[list[object], list[BaseException]]:
    """Run the works on threads of their own, started at the same moment."""
    results: list[object] = []
    failures: list[BaseException] = []
    start = threading.Barrier(len(works))

    def run(work: Callable[[], object]) -> None:
        try:
            start.wait()
            results.append(work())
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in works]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, failures


def _big_table() -> NameTable[str]:
    table: NameTable[str] = NameTable()
    for i in range(30_000):
        table.add(f"p{i}", [f"Person{i % 997} Family{i // 997} Rank{i % 13}"])
    table.settle()
    return table


def _reloaded(base: NameTable[str], trial: int) -> NameTable[str]:
    """What a reload makes: a copy with one entry more, settled."""
    table = base.copy()
    table.add(f"new{trial}", [f"Newcomer{trial} Family1"])
    table.settle()
    return table


def test_two_threads_look_up_a_freshly_copied_table_safely():
    """A reload's copy is read by two threads at once right away (7 in 20 failed before)."""
    base = _big_table()
    for trial in range(20):
        expected = {q: [m.value for m in _reloaded(base, trial).lookup(q)] for q in QUERIES}
        table = _reloaded(base, trial)

        def look(table: NameTable[str] = table) -> object:
            return {q: [m.value for m in table.lookup(q)] for q in QUERIES}

        results, failures = together(look, look)
        assert not failures, f"trial {trial}: {failures[0]!r}"
        assert results == [expected, expected]


def test_commands_and_autocomplete_on_two_threads_after_a_reload(kb):
    engine = Engine(kb.replaced([kb.articles[0].id], [kb.articles[0]]))

    def commands() -> object:
        return [(engine.ask("When did Austn meet Lee?"), engine.who("Loyd Austn")) for _ in range(30)]

    def autocomplete() -> object:
        return [engine.complete(Complete.ENTITY, "Austn") for _ in range(30)]

    _, failures = together(commands, autocomplete)
    assert not failures, failures
