"""The only owner of SQL and of DuckDB in Frentor."""

from frentor.store.config import DatabaseSettings, resolve_settings
from frentor.store.database import Database
from frentor.store.workspace import TABLES, Store, counts_are_empty

__all__ = ["TABLES", "Database", "DatabaseSettings", "Store", "counts_are_empty", "resolve_settings"]
