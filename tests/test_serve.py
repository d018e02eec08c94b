"""Issue 5: the scheduled deployment runs through a real `prefect server` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS, SOLIEU, solieu_env

pytestmark = pytest.mark.slow

PREFECT = Path(sys.executable).with_name("prefect")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base: str, path: str, body: dict | None = None, attempts: int = 10):
    """One call to the Prefect REST API. A busy server answers 503 (its SQLite database is
    locked by the scheduler): retried, as Prefect's own client does."""
    for attempt in range(attempts):
        request = urllib.request.Request(
            base + path,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="GET" if body is None else "POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            if error.code not in (429, 503) or attempt == attempts - 1:
                raise
            time.sleep(2)


def wait_for(what: str, probe, timeout: float, procs: list[subprocess.Popen]):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for proc in procs:
            if proc.poll() is not None:
                raise AssertionError(f"{proc.args[0]} exited with {proc.returncode} while waiting for {what}")
        try:
            value = probe()
            if value:
                return value
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def stop(proc: subprocess.Popen) -> None:
    """Stop a process we started, and its children, by its PID (process group)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def test_served_deployment_runs_through_a_real_prefect_server(tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}/api"
    home = tmp_path / "prefect-home"
    shutil.copytree(SEEDS, tmp_path / "raw")
    db = tmp_path / "warehouse" / "solieu.duckdb"
    env = solieu_env(home, PREFECT_API_URL=base, PREFECT_SERVER_API_HOST="127.0.0.1")
    logs = {name: open(tmp_path / f"{name}.log", "w") for name in ("server", "serve")}
    server = subprocess.Popen(
        [str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=tmp_path, stdout=logs["server"], stderr=subprocess.STDOUT, start_new_session=True,
    )
    served = None
    try:
        wait_for("the server's health check", lambda: api(base, "/health"), 180, [server])
        served = subprocess.Popen(
            [str(SOLIEU), "serve", "raw", "--warehouse", str(db), "--cron", "0 2 * * *", "--name", "nightly"],
            env=env, cwd=tmp_path, stdout=logs["serve"], stderr=subprocess.STDOUT, start_new_session=True,
        )
        deployment = wait_for(
            "the served deployment", lambda: api(base, "/deployments/name/solieu/nightly"), 180, [server, served]
        )
        schedule = deployment["schedules"][0]["schedule"]
        assert schedule["cron"] == "0 2 * * *"
        assert schedule["timezone"] == "Asia/Ho_Chi_Minh"

        flow_run = api(base, f"/deployments/{deployment['id']}/create_flow_run", {})

        def finished():
            state = api(base, f"/flow_runs/{flow_run['id']}")["state"]
            return state if state and state["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

        state = wait_for("the triggered flow run", finished, 300, [server, served])
        assert state["type"] == "COMPLETED", (tmp_path / "serve.log").read_text()[-3000:]
        artifacts = api(base, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}})
        keys = {a["key"] for a in artifacts}
        assert {"solieu-run-summary", "solieu-validation"} <= keys, keys
        summary = next(a for a in artifacts if a["key"] == "solieu-run-summary")
        assert "docs_loaded | 5" in summary["data"]
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("select count(*) from fact_metric").fetchone()[0] > 0
            assert con.execute("select status from etl_run").fetchall() == [("succeeded",)]
    finally:
        if served is not None:
            stop(served)
        stop(server)
        for log in logs.values():
            log.close()
    assert server.poll() is not None and (served is None or served.poll() is not None)
