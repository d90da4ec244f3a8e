"""The only owner of SQL and of DuckDB in Frentor.

SQL parameters: every query in frentor.store uses positional `?` parameters, values in the order they appear.
- DuckDB refuses a statement that mixes `?`, `$1` and `$name`, and one that is given a value it does not use; one
  style everywhere lets any fragment be joined to any query.
- Store.read and Store.read_df put the workspace first, then the caller's values: the workspace filter every
  query starts with is the first `?`. A value needed twice (the workspace of a sub-query) is passed twice.
- Filters built from optional parts (frentor.store.ledger, balance, reports) append a fixed fragment and its
  values together, so the SQL and its parameter list grow in the same order.
- `?` is the DB-API style most of this code was written in (and executemany's); named parameters would have meant
  rewriting nearly every query and a dict, not a list, through Store.read.
Values are always parameters; identifiers in SQL come only from code (table and column lists), never from users.
"""

from frentor.store.config import DatabaseSettings, resolve_settings
from frentor.store.database import Database
from frentor.store.workspace import TABLES, Store, counts_are_empty

__all__ = ["TABLES", "Database", "DatabaseSettings", "Store", "counts_are_empty", "resolve_settings"]
