"""Backups: a consistent snapshot of the whole database file, and restoring one workspace from it.

A snapshot holds every workspace of the file, so taking one is an operator's job (the CLI, on the server); a
signed-in user's own backup is the export zip of their workspace (frentor.reports). See docs/RELIABILITY.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from frentor import settings
from frentor.errors import FrentorError
from frentor.markdown import quote_user_text
from frentor.store import Store, counts_are_empty
from frentor.store import backup as queries
from frentor.store.database import is_memory, is_motherduck
from frentor.store.migrations import LATEST_VERSION

LAST_BACKUP_SETTING = settings.LAST_BACKUP_AT
BACKUP_REMINDER_DAYS = 14


def default_backup_path(location: str, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = Path("data") if is_memory(location) or is_motherduck(location) else Path(location).parent
    return base / "backups" / f"frentor-{stamp}.duckdb"


def backup_database(store: Store, target: Path, now: dt.datetime | None = None) -> Path:
    """Snapshot the database into `target` (a new file) and remember when this workspace was last backed up."""
    if target.exists():
        raise FrentorError("backup.target_exists", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    queries.copy_database_to(store.db, str(target))
    mark_backed_up(store, now)
    return target


def workspace_count(store: Store) -> int:
    """How many workspaces the database file holds (what a whole-file backup carries)."""
    return queries.workspace_count(store.db)


def restore_workspace(store: Store, source: Path) -> dict[str, int]:
    """Replace the current workspace with its rows from a snapshot file (all or nothing).

    The snapshot is hostile input until proven otherwise: it is read by an isolated DuckDB that can open that one
    file only, and only a file whose catalog is exactly what Frentor's own backup writes is restored from
    (frentor.store.backup explains why). A restricted database (the app) restores only from its file area."""
    if not source.is_file():
        raise FrentorError("backup.missing", path=str(source))
    resolved = source.resolve()
    location = store.db.location
    if not (is_memory(location) or is_motherduck(location)) and resolved == Path(location).expanduser().resolve():
        raise FrentorError("backup.same_file", path=quote_user_text(source.name))
    if store.db.restricted and not any(str(resolved).startswith(area) for area in _areas(store)):
        raise FrentorError("backup.outside_area", path=quote_user_text(source.name))
    with queries.open_snapshot(resolved) as snapshot:
        _verify_catalog(snapshot, resolved)
        return queries.restore_workspace_from(store, snapshot)


def _areas(store: Store) -> list[str]:
    return [str(Path(area).resolve()).rstrip("/") + "/" for area in store.db.allowed_directories]


def _verify_catalog(snapshot, path: Path) -> None:
    """Refuse a snapshot whose catalog is not exactly the one Frentor's migrations create for its version."""
    found = queries.snapshot_catalog(snapshot)
    shown = quote_user_text(path.name)
    # schema_version decides which catalog to expect: read it only once it is the plain table Frentor creates
    # (a view or a generated column there could claim any version). Its constraints differ between versions and
    # cannot run anything on a read: the full comparison below checks them.
    version_table = _version_table(queries.expected_catalog(1))
    found_version_table = _version_table(found)
    if not found_version_table:
        raise FrentorError("backup.not_frentor", path=shown)
    if found_version_table != version_table:
        raise _unexpected(shown, found_version_table ^ version_table)
    version = queries.snapshot_version(snapshot)
    if version > LATEST_VERSION:
        raise FrentorError("error.db_too_new", found=version, supported=LATEST_VERSION)
    if version < 1:
        raise FrentorError("backup.not_frentor", path=shown)
    difference = found ^ queries.expected_catalog(version)
    if difference:
        raise _unexpected(shown, difference)


def _version_table(catalog: frozenset[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """What in `catalog` is named schema_version (a table, a view, their columns), constraints left out."""
    named = ("schema_version.", "main.schema_version")
    return {item for item in catalog if item[0] != "constraint" and item[1].startswith(named)}


def _unexpected(shown: str, difference: set | frozenset) -> FrentorError:
    kind, name, _detail = min(difference)  # one difference is enough to refuse; the same one every time
    return FrentorError("backup.unexpected_schema", path=shown, what=quote_user_text(f"{kind} {name}"))


def mark_backed_up(store: Store, now: dt.datetime | None = None) -> None:
    store.set_setting(LAST_BACKUP_SETTING, (now or dt.datetime.now()).isoformat(timespec="seconds"))


def backup_is_due(store: Store, now: dt.datetime | None = None, counts: dict[str, int] | None = None) -> bool:
    """True when the workspace holds data and has no backup or export newer than BACKUP_REMINDER_DAYS.

    Pass `counts` (from Store.counts) when the caller already has them, to spare twelve count queries."""
    if counts_are_empty(counts if counts is not None else store.counts()):
        return False
    last = store.get_setting(LAST_BACKUP_SETTING)
    if not last:
        return True
    return (now or dt.datetime.now()) - dt.datetime.fromisoformat(last) > dt.timedelta(days=BACKUP_REMINDER_DAYS)
