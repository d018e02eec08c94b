"""Where things live by default, and the environment Prefect needs before it is imported.

Kept free of heavy imports: the quick CLI commands read it too.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RAW_DIR = Path("seeds")
DEFAULT_WAREHOUSE = Path("warehouse/solieu.duckdb")


def exports_dir_for(warehouse: Path) -> Path:
    """Parquet exports sit beside the warehouse file: warehouse/exports/."""
    return warehouse.parent / "exports"


def published_path_for(warehouse: Path) -> Path:
    """The analysts' read-only copy: warehouse/published/<name>.duckdb."""
    return warehouse.parent / "published" / warehouse.name


def data_docs_dir_for(warehouse: Path) -> Path:
    return warehouse.parent / "data_docs"


def configure_prefect_env() -> None:
    """Quiet, offline, project-local Prefect, unless the caller chose otherwise.

    Must run before `import prefect`: Prefect reads its settings at import time.
    """
    os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # The ephemeral API server may take a while to boot on a loaded 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
