"""The scheduled deployment: the same flow, served on a cron against a Prefect API.

`solieu serve` blocks, polling the API for scheduled or manually triggered runs of the
deployment and running them in this process. Point it at a server with PREFECT_API_URL;
without one Prefect falls back to its local ephemeral API, which lives only as long as the
serving process.
"""

from __future__ import annotations

from pathlib import Path

from flows.settings import configure_prefect_env

configure_prefect_env()

from prefect.schedules import Cron  # noqa: E402

from flows.pipeline import solieu_flow  # noqa: E402

FLOW_NAME = "solieu"


def serve_deployment(raw_dir: Path, warehouse: Path, cron: str, timezone: str, name: str) -> None:
    """Serve `solieu/<name>` with the cron schedule, loading RAW_DIR into WAREHOUSE.

    Paths are made absolute: the served process may run them from any working directory.
    `wait_for_lock` is on: a scheduled run queues behind a manual one instead of failing.
    """
    solieu_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={
            "raw_dir": str(Path(raw_dir).resolve()),
            "warehouse_path": str(Path(warehouse).resolve()),
            "wait_for_lock": True,
        },
        print_starting_message=True,
    )
