"""The DuckDB warehouse: DDL (warehouse/ddl/*.sql), the per-run load in one transaction
(`warehouse.store`), and the Parquet exports and read-only copy (`warehouse.publish`).
Never imports prefect or great_expectations."""

from warehouse.store import RunBatch, Warehouse, WarehouseBusy

__all__ = ["RunBatch", "Warehouse", "WarehouseBusy"]
