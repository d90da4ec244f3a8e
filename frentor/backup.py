"""Backups: a consistent snapshot of the whole database file, and restoring one workspace from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from frentor import settings
from frentor.errors import FrentorError
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


def restore_workspace(store: Store, source: Path) -> dict[str, int]:
    """Replace the current workspace with its rows from a snapshot file (all or nothing)."""
    if not source.is_file():
        raise FrentorError("backup.missing", path=str(source))
    version = queries.snapshot_version(store.db, str(source))
    if version > LATEST_VERSION:
        raise FrentorError("error.db_too_new", found=version, supported=LATEST_VERSION)
    return queries.restore_workspace_from(store, str(source))


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
