"""The `frentor` command line: the same services the app uses, for scripts and large data."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable, Sequence

from frentor.errors import FrentorError, ValidationError
from frentor.i18n import translate
from frentor.progress import progress
from frentor.store import Database, Store, resolve_settings

# Sub-command name -> (help text, function adding its arguments, function running it on the workspace's store).
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[Store, argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {}
# Commands that manage their own database (the benchmark builds a temporary one) get no store.
STANDALONE: set[str] = set()
# Commands that read a file someone handed us run with a bounded DuckDB memory limit unless one is configured: an
# import is one transaction, and DuckDB would otherwise keep up to 80% of the machine (docs/RELIABILITY.md).
READS_USER_FILES = frozenset({"import", "import-contacts"})
IMPORT_MEMORY_LIMIT = "96MB"


def command(name: str, help_text: str, add_arguments: Callable[[argparse.ArgumentParser], None], *, standalone=False):
    def register(run: Callable[[Store, argparse.Namespace], int]):
        COMMANDS[name] = (help_text, add_arguments, run)
        if standalone:
            STANDALONE.add(name)
        return run

    return register


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    from frentor.demo import DEFAULT_ENTRIES, DEFAULT_PEOPLE, DEFAULT_SEED

    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE, help="number of people (default %(default)s)")
    parser.add_argument(
        "--entries", type=int, default=DEFAULT_ENTRIES, help="number of ledger entries (default %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument(
        "--replace", action="store_true", help="replace the workspace's data even when it holds some (it is lost)"
    )


@command(
    "demo",
    "fill the workspace with deterministic demo data (refuses to replace data without --replace)",
    _demo_arguments,
)
def run_demo(store: Store, args: argparse.Namespace) -> int:
    from frentor.data_loss import data_at_risk, describe_loss
    from frentor.demo import load_demo

    if args.people < 1 or args.entries < 0:
        print("--people must be at least 1 and --entries at least 0", file=sys.stderr)
        return 2
    loss = data_at_risk(store)
    if loss and not args.replace:
        lost = describe_loss(loss, "en")
        print(translate("demo.would_replace", "en", workspace=repr(store.workspace), lost=lost), file=sys.stderr)
        return 1
    started = time.perf_counter()
    with progress("demo data") as step:
        summary = load_demo(store, people=args.people, entries=args.entries, seed=args.seed, step=step)
    elapsed = time.perf_counter() - started
    print(
        f"demo data in workspace {store.workspace!r}: {summary.people} people, {summary.entries} ledger "
        f"entries, {summary.passions} passions, {summary.skills} skills, {summary.communities} communities "
        f"({elapsed:.1f} s)"
    )
    return 0


@command("info", "show where the database is and how many rows the workspace holds", lambda parser: None)
def run_info(store: Store, args: argparse.Namespace) -> int:
    print(f"database: {store.db.location}")
    print(f"workspace: {store.workspace}")
    for table, count in store.counts().items():
        print(f"  {table}: {count}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frentor", description="Frentor: find and keep mentors and frentors.")
    parser.add_argument(
        "--db",
        help="database file, ':memory:' or 'md:<name>' (default: FRENTOR_DB, "
        "then [frentor] db in Streamlit secrets, then data/frentor.duckdb)",
    )
    parser.add_argument("--workspace", help="workspace name (default: FRENTOR_WORKSPACE, then 'local')")
    parser.add_argument("--debug", action="store_true", help="on an unexpected error, print the full traceback")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, add_arguments, _run) in COMMANDS.items():
        add_arguments(subparsers.add_parser(name, help=help_text, description=help_text))
    return parser


def _print_error(exc: FrentorError) -> None:
    print(translate(exc.key, "en", **exc.params), file=sys.stderr)
    if isinstance(exc, ValidationError):
        for problem in exc.problems[:20]:
            where = f"row {problem.row}, " if problem.row is not None else ""
            print(f"  {where}{problem.field}: {translate(problem.key, 'en', **problem.params)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except FrentorError as exc:
        _print_error(exc)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one clear line, the trace only on request
        if args.debug:
            traceback.print_exc()
        else:
            first_line = (str(exc).splitlines() or [""])[0][:300]
            print(translate("cli.unexpected", "en", error=f"{type(exc).__name__}: {first_line}"), file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    # An empty or blank --workspace (or FRENTOR_WORKSPACE) is a mistake, never a silent "local".
    if args.workspace is not None and not args.workspace.strip():
        raise FrentorError("cli.blank_workspace")
    settings = resolve_settings(cli_db=args.db, cli_workspace=args.workspace)
    if not settings.workspace.strip():
        raise FrentorError("cli.blank_workspace")
    run = COMMANDS[args.command][2]
    if args.command in STANDALONE:
        return run(None, args)
    memory_limit = IMPORT_MEMORY_LIMIT if args.command in READS_USER_FILES else None
    db = Database(settings.location, config=settings.connect_config(default_memory_limit=memory_limit))
    try:
        return run(Store(db, settings.workspace), args)
    finally:
        db.close()


# -- reports: CSV export and import (issue 6) -------------------------------------------------------------------
def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder to write the CSV files into (created if missing)")
    parser.add_argument("--bom", action="store_true", help="start each file with a UTF-8 byte-order mark (Excel)")


@command("export", "write every table of the workspace, plus balances.csv, as CSV files", _export_arguments)
def run_export(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from frentor.reports import EXPORT_FILES, export_to_dir

    started = time.perf_counter()
    try:
        with progress("export", total=len(EXPORT_FILES)) as step:
            written = export_to_dir(store, Path(args.out_dir), bom=args.bom, step=step)
    except OSError as exc:
        print(f"cannot write to {args.out_dir}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for item in written:
        print(f"  {item.file}: {item.rows} rows, {item.size} bytes")
    from frentor.backup import mark_backed_up

    mark_backed_up(store)  # a full export is a backup: it resets the app's backup reminder
    seconds = f"{time.perf_counter() - started:.1f}"
    rows = sum(item.rows for item in written)
    print(
        translate(
            "reports.cli_exported",
            "en",
            files=len(written),
            rows=rows,
            workspace=store.workspace,
            path=args.out_dir,
            seconds=seconds,
        )
    )
    return 0


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="a folder or zip written by export, or a single ledger CSV file")
    parser.add_argument("--dry-run", action="store_true", help="only show what would change; write nothing")


@command("import", "import CSV files written by export (restore/merge) or one ledger CSV", _import_arguments)
def run_import(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from frentor.importer import import_sources, plan_import, sources_from_path

    started = time.perf_counter()
    sources = sources_from_path(Path(args.path))
    with progress("import") as step:
        result = (plan_import if args.dry_run else import_sources)(store, sources, step=step)
    print(f"{'would import' if args.dry_run else 'imported'} into workspace {store.workspace!r}:")
    for file, counts in result.counts.items():
        print(f"  {file}: {counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged")
    print(f"({time.perf_counter() - started:.1f} s{', nothing written' if args.dry_run else ''})")
    return 0


# -- reliability: database snapshots (issue 10) -----------------------------------------------------------------
def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target",
        nargs="?",
        metavar="FILE",
        help="new DuckDB file for the snapshot (default: backups/frentor-<time>.duckdb beside the db)",
    )


@command(
    "backup",
    "operator tool: write a consistent snapshot of the WHOLE database file (every workspace, every user) to a new "
    "DuckDB file; a user's own backup is `frentor export` of their workspace",
    _backup_arguments,
)
def run_backup(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from frentor.backup import backup_database, default_backup_path, workspace_count

    target = Path(args.target) if args.target else default_backup_path(store.db.location)
    started = time.perf_counter()
    backup_database(store, target)
    print(f"snapshot written to {target} ({target.stat().st_size} bytes, {time.perf_counter() - started:.1f} s)")
    print(translate("backup.cli_operator_note", "en", workspaces=workspace_count(store)))
    return 0


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE", help="a snapshot written by `frentor backup`")


@command("restore", "replace the workspace's data with its data from a snapshot (all or nothing)", _restore_arguments)
def run_restore(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from frentor.backup import restore_workspace

    restored = restore_workspace(store, Path(args.source))
    print(f"workspace {store.workspace!r} restored from {args.source}:")
    for table, count in restored.items():
        print(f"  {table}: {count}")
    return 0


# -- performance: table layout (issue 16) -----------------------------------------------------------------------
@command(
    "maintain",
    "put every table back in workspace order, so each workspace's rows are read alone (databases shared by many "
    "workspaces: run it from time to time, e.g. nightly)",
    lambda parser: None,
)
def run_maintain(store: Store, args: argparse.Namespace) -> int:
    from frentor.store.maintenance import CLUSTERED_TABLES, recluster

    started = time.perf_counter()
    with progress("maintain", total=len(CLUSTERED_TABLES)) as step:
        recluster(store.db, step=step)
    print(f"{len(CLUSTERED_TABLES)} tables in workspace order ({time.perf_counter() - started:.1f} s)")
    return 0


# -- performance: benchmark (issue 8) ---------------------------------------------------------------------------
def _bench_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--people", type=int, default=10_000, help="people in the dataset (default %(default)s)")
    parser.add_argument("--entries", type=int, default=1_000_000, help="ledger entries (default %(default)s)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per item after warm-up (default %(default)s)")
    parser.add_argument("--quick", action="store_true", help="small dataset and few runs: checks the bench works")
    parser.add_argument(
        "--hosted",
        action="store_true",
        help="10,000 workspaces x (50 people, 1,000 entries) in one database: every page cold and warm for 5 users, "
        "memory after 20 users, each doubling and --users users (the database is built once, in build/ or at --db, "
        "and reused); measured "
        "after `frentor maintain` and a day of use, unless --interleaved",
    )
    parser.add_argument(
        "--interleaved",
        action="store_true",
        help="with --hosted: measure the database as months of use leave it, with no maintenance",
    )
    parser.add_argument(
        "--users",
        type=int,
        default=320,
        help="with --hosted: read the app's memory after 20 users, each doubling and this many (default %(default)s)",
    )


@command(
    "bench", "measure page reruns, logging, export and memory on a generated dataset", _bench_arguments, standalone=True
)
def run_bench_command(_store: None, args: argparse.Namespace) -> int:
    from frentor.bench import format_table, run_bench

    if args.hosted:
        return _run_hosted_bench(args)
    people, entries, runs = (200, 5_000, 2) if args.quick else (args.people, args.entries, args.runs)
    # A temporary database unless --db names one (then its data is used, or built there when empty).
    with progress("bench") as step:
        workspace = args.workspace or "bench"
        results = run_bench(people=people, entries=entries, runs=runs, db=args.db, workspace=workspace, log=step)
    print(format_table(results))
    return 0


def _run_hosted_bench(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from frentor.bench import format_table
    from frentor.bench.hosted import HostedShape, run_hosted_bench

    if not args.quick:
        with progress("hosted bench") as step:
            results = run_hosted_bench(
                runs=args.runs, db=args.db, users=max(21, args.users), log=step, interleaved=args.interleaved
            )
        print(format_table(results))
        return 0
    with tempfile.TemporaryDirectory(prefix="frentor-hosted-") as folder:  # small and fresh: checks the bench works
        shape = HostedShape(workspaces=40, people=10, entries=100)
        with progress("hosted bench") as step:
            db = args.db or str(Path(folder) / shape.file_name("interleaved"))
            results = run_hosted_bench(runs=2, db=db, shape=shape, users=8, log=step)
        print(format_table(results))
    return 0


# -- contacts and calendar (issue 17) ---------------------------------------------------------------------------
def _import_contacts_arguments(parser: argparse.ArgumentParser) -> None:
    from frentor.people import ROLES

    parser.add_argument("path", metavar="PATH", help="LinkedIn Connections.csv, a Google Contacts CSV, or a .vcf file")
    parser.add_argument("--dry-run", action="store_true", help="only show what would be imported; write nothing")
    parser.add_argument("--skip-invalid", action="store_true", help="import the valid entries and list the others")
    parser.add_argument("--role", choices=ROLES, default="peer", help="role of the new people (default %(default)s)")


def _read_contacts_file(path: str) -> bytes:
    """The file's bytes, its size checked before it is read whole."""
    from pathlib import Path

    from frentor import contact_formats
    from frentor.contact_formats import ContactFileError, quoted

    file = Path(path).expanduser()
    limit = contact_formats.MAX_CONTACT_FILE_BYTES
    try:
        if not file.is_file():
            raise ContactFileError("contacts.cli_missing", path=quoted(path, 200))
        if file.stat().st_size > limit:
            raise ContactFileError("contacts.too_big", limit=limit // (1024 * 1024))
        with file.open("rb") as handle:
            return handle.read(limit + 1)  # a file that grew meanwhile is refused by the reader
    except OSError as exc:
        raise ContactFileError("contacts.cli_unreadable", path=quoted(path, 200), reason=exc.strerror or "?") from exc


@command(
    "import-contacts",
    "import people from LinkedIn, Google Contacts, Outlook or vCard files (new ones only; all or nothing)",
    _import_contacts_arguments,
)
def run_import_contacts(store: Store, args: argparse.Namespace) -> int:
    from frentor.contacts import import_contacts, preview_contacts

    preview = preview_contacts(store, _read_contacts_file(args.path), args.path)
    problems = preview.problems("en")
    if problems and not args.skip_invalid:
        for line in problems:
            print(line, file=sys.stderr)
        print(translate("contacts.cli_refused", "en"), file=sys.stderr)
        print(preview.summary("en"))
        return 1
    if args.dry_run:
        print(preview.summary("en"))
        print(translate("contacts.cli_dry_run", "en"))
    else:
        result = import_contacts(store, preview, role=args.role)
        print(
            translate("contacts.summary", "en", new=result.added, existing=result.already_here, invalid=result.invalid)
        )
    for line in problems:
        print(translate("contacts.cli_skipped", "en", problem=line), file=sys.stderr)
    return 0


def _calendar_arguments(parser: argparse.ArgumentParser) -> None:
    from frentor.i18n import LANGUAGES

    parser.add_argument("out", metavar="OUT.ics", help="the calendar file to write (replaced if it exists)")
    parser.add_argument(
        "--lang", choices=list(LANGUAGES), default="en", help="language of the texts (default %(default)s)"
    )


@command("calendar", "write next actions (to-dos) and upcoming events as an iCalendar (.ics) file", _calendar_arguments)
def run_calendar(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from frentor.calendar_export import calendar_ics, count_items

    ics = calendar_ics(store, lang=args.lang)
    target = Path(args.out).expanduser()
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_bytes(ics)
        partial.replace(target)  # never half a calendar under the real name
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    todos, events = count_items(ics)
    print(translate("calendar.cli_written", "en", todos=todos, events=events, path=args.out))
    return 0
