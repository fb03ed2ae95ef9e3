"""A throwaway PostgreSQL server for the tests and the benchmark.

initdb into a temporary folder, start on a Unix socket there and on a free 127.0.0.1 port, stop
and delete at the end. The superuser connects over the socket without a password; the bot's
role connects over TCP with a password checked by SCRAM, as in production. initdb refuses to run
as root, so under root every server command runs as the `postgres` user (or `nobody`).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROLE = "alliance"
PASSWORD = "Pg-Test-S3cret-9f2c"  # tests assert it never shows up anywhere


class Unavailable(Exception):
    """No server can be started here; the message says why."""


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    def __init__(self, *, durable: bool = False) -> None:
        """durable=False turns fsync off: the tests need speed, not crash safety. The benchmark
        keeps PostgreSQL's defaults."""
        self.durable = durable
        self.port = 0
        self.base: Path | None = None
        self._user: str | None = None
        self._bindir: Path | None = None
        self._databases = 0

    # --- starting and stopping --------------------------------------------------------

    def start(self) -> PgServer:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise Unavailable("psycopg is not installed (pip install -e '.[test]')") from None
        self._bindir = find_bindir()
        if self._bindir is None:
            raise Unavailable(
                "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql"
            )
        if os.geteuid() == 0:
            self._user = self._unprivileged_user()
        self.base = Path(tempfile.mkdtemp(prefix="alliance-pg-"))
        if self._user:
            shutil.chown(self.base, self._user)
        result = self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8",
            "--locale=C",
        )  # fmt: skip
        if result.returncode != 0:
            self.close()
            raise Unavailable(f"initdb failed: {result.stderr.strip()[-300:]}")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.base}'\n"
                "max_connections = 60\npassword_encryption = 'scram-sha-256'\n"
                + ("" if self.durable else "fsync = off\n")
            )
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
        )
        for _ in range(3):  # a free port can be taken between finding it and binding it
            self.port = _free_port()
            if self.start_again(check=False):
                break
        else:
            log = self.base / "log"
            detail = log.read_text()[-300:] if log.exists() else ""
            self.close()
            raise Unavailable(f"the PostgreSQL server did not start: {detail.strip()}")
        self.admin(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        return self

    def start_again(self, check: bool = True) -> bool:
        result = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.base_dir / "log"), "-w", "-t", "30",
            "-o", f"-p {self.port}", "start",
        )  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {result.stdout}{result.stderr}")
        return result.returncode == 0

    def stop(self, mode: str = "fast") -> None:
        """mode: smart, fast (clients cut off cleanly) or immediate (as a crash)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop")

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def ensure_running(self) -> None:
        """For tests that stop the server: whatever happened, leave it running."""
        if not self.running():
            self.start_again()

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start_again()

    def close(self) -> None:
        if self.base is None:
            return
        if (self.data / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)
        self.base = None

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- databases and URLs -----------------------------------------------------------

    @property
    def base_dir(self) -> Path:
        assert self.base is not None, "the server is not started"
        return self.base

    @property
    def data(self) -> Path:
        return self.base_dir / "data"

    def admin(self, sql: str, dbname: str = "postgres") -> list[tuple[Any, ...]]:
        """Run SQL as the superuser over the Unix socket."""
        import psycopg

        with psycopg.connect(
            host=str(self.base_dir), port=self.port, user="postgres", dbname=dbname, autocommit=True
        ) as db:
            cursor = db.execute(sql)  # type: ignore[arg-type]  # the tests' own SQL
            return cursor.fetchall() if cursor.description else []

    def new_database(self, prefix: str = "usage") -> str:
        """A fresh, empty database owned by the bot's role; its name."""
        self._databases += 1
        name = f"{prefix}_{os.getpid()}_{self._databases}"
        self.admin(f"CREATE DATABASE {name} OWNER {ROLE}")
        return name

    def new_role(self, name: str, password: str) -> str:
        """Another login role with its own database (named as the role); that database's name."""
        self.admin(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        self.admin(f"CREATE DATABASE {name} OWNER {name}")
        return name

    def url(self, dbname: str, password: str = PASSWORD, port: int | None = None, role: str = ROLE) -> str:
        """The bot's URL: over TCP, with the role's password."""
        return f"postgresql://{role}:{quote(password, safe='')}@127.0.0.1:{port or self.port}/{dbname}"

    # --- running as the server's owner ------------------------------------------------

    @staticmethod
    def _unprivileged_user() -> str:
        for name in ("postgres", "nobody"):
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                return name
        raise Unavailable("running as root and there is no postgres or nobody user to run initdb as")

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        assert self._bindir is not None
        command = [str(self._bindir / program), *args]
        if self._user:
            if shutil.which("runuser"):
                command = ["runuser", "-u", self._user, "--", *command]
            else:
                command = ["su", "-s", "/bin/sh", self._user, "-c", " ".join(map(_quote, command))]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd="/")


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)
