"""Shared fixtures: the real knowledge base, loaded once per test session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from tests.pgserver import PgServer

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
DATA = Path(__file__).resolve().parent / "data"
SHARED_ARTICLE = ROOT.parent / "shared" / "article"
ARTICLE = "2023-01-31-diplomat-austin-lee-seoul.yaml"


@pytest.fixture(autouse=True, scope="session")
def _own_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Caches and keys go to the test session's folders, never the real home's."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home / "cache"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        patch.setenv("XDG_DATA_HOME", str(home / "data"))
        yield


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    report = load_path(KNOWLEDGE)
    assert report.ok, [str(e) for e in report.errors]
    return KnowledgeBase.loaded(report)


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A knowledge folder of the test's own, holding a copy of the real article, to edit freely."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / ARTICLE, folder / ARTICLE)
    return folder


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server for the whole run (tests/pgserver.py). Where none can be
    started the PostgreSQL tests are skipped with the reason, or fail if TEST_POSTGRES=required
    (CI sets it, so a broken installation cannot pass as skipped)."""
    from tests.pgserver import PgServer, Unavailable

    server = PgServer()
    try:
        server.start()
    except Unavailable as exc:
        if os.environ.get("TEST_POSTGRES") == "required":
            pytest.fail(f"PostgreSQL is required (TEST_POSTGRES=required) but: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.close()


@pytest.fixture
def pg_url(pg: PgServer) -> str:
    """The URL of a fresh, empty database of the test's own on the shared server."""
    return pg.url(pg.new_database())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.reliability import figures

    lines = figures.report()
    if lines:
        terminalreporter.section("reliability figures")
        for line in lines:
            terminalreporter.write_line(line)
