"""Shared test helpers: the repo's paths, ../shared when present, running the real CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"
SHARED = REPO.parent / "shared"
SOLIEU = Path(sys.executable).with_name("solieu")

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent (a user's clone)")


@pytest.fixture(scope="session")
def prefect_home(tmp_path_factory) -> Path:
    """One Prefect home for the session's CLI runs: its database is migrated once."""
    return tmp_path_factory.mktemp("prefect-home")


def solieu_env(prefect_home: Path, **extra: str) -> dict:
    """The environment a CLI run gets in tests: quiet, offline, local ephemeral Prefect."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    env.update(extra)
    return env


def run_solieu(args: list[str], cwd: Path, prefect_home: Path, timeout: float = 600, **extra: str):
    """Run the installed `solieu` command for real and return the finished process.

    It runs in its own process group, which is killed afterwards: a run killed with -9 on purpose
    would otherwise leave its ephemeral Prefect server behind. Output goes to files, not pipes, for
    the same reason: an orphaned server holding a pipe open would keep the reader waiting.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [str(SOLIEU), *map(str, args)],
            cwd=cwd,
            env=solieu_env(prefect_home, **extra),
            stdout=out,
            stderr=err,
            text=True,
            start_new_session=True,
        )
        try:
            proc.wait(timeout=timeout)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            proc.wait()
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())
