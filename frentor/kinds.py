"""Kinds of value exchanged, with default points. Built-ins are named in the catalog (key 'kind.<key>')."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# The built-in kinds are data the store needs too (a cleared workspace gets them back): re-exported here, as part of
# the kinds API.
from frentor.builtin_kinds import BUILTIN_KINDS, builtin_kind_rows
from frentor.builtin_kinds import COACHING_KINDS as COACHING_KINDS
from frentor.builtin_kinds import DEFAULT_KINDS as DEFAULT_KINDS
from frentor.builtin_kinds import DefaultKind as DefaultKind
from frentor.builtin_kinds import default_kind_id as default_kind_id
from frentor.errors import Problem, ValidationError
from frentor.ids import new_id
from frentor.store import Store
from frentor.store import kinds as kind_queries
from frentor.validation import NAME_LIMIT, clean_choice, clean_points, clean_text, collect

# Contact, not value: never shown as a gift, whatever points a user gives them.
CONTACT_KINDS: tuple[str, ...] = ("reached_out", "asked")
# Help received that deserves a report back, and after how many days it is due (each follow-up's date is editable).
REPORT_BACK_DAYS: dict[str, int] = {"advice": 21, "introduction": 28, "referral": 28}


def ensure_default_kinds(store: Store) -> int:
    """Add any missing built-in kind to the workspace; returns how many were added. Idempotent."""
    return kind_queries.insert_missing_builtins(store, builtin_kind_rows())


USUAL_DIRECTIONS = ("gave", "received", "either")
POINTS_MAX = Decimal("1000")  # a kind's default points
NAME_MAX = NAME_LIMIT  # characters in a user kind's name


@dataclass(frozen=True)
class Kind:
    id: str
    key: str | None  # built-in kinds: their catalog key suffix; user kinds: None
    name: str  # user kinds: their own name; built-ins: ''
    default_points: Decimal
    usual_direction: str
    archived: bool

    @property
    def builtin(self) -> bool:
        return self.key is not None


def _kind(row: tuple) -> Kind:
    kind_id, key, name, points, direction, archived = row
    key = None if key is None or (isinstance(key, float) and key != key) else key
    return Kind(kind_id, key, name or "", Decimal(str(points)), direction, bool(archived))


def list_kinds(store: Store, include_archived: bool = False) -> list[Kind]:
    """Kinds of this workspace: built-ins in their catalog order, then user kinds by name."""
    order = {k.key: i for i, k in enumerate(BUILTIN_KINDS)}
    frame = kind_queries.list_kinds(store)
    kinds = [_kind(row) for row in frame.itertuples(index=False, name=None)]
    kinds = [k for k in kinds if include_archived or not k.archived]
    return sorted(kinds, key=lambda k: (k.key is None, order.get(k.key, 999), k.name.lower(), k.id))


def get_kind(store: Store, kind_id: str) -> Kind | None:
    row = kind_queries.get_kind(store, kind_id)
    return None if row is None else _kind(row)


def add_kind(store: Store, name: str, default_points: object, usual_direction: str = "either") -> str:
    """Create a user kind; returns its id. Names are unique per workspace (case-insensitive)."""
    clean: dict = {}

    def check(key, fn):
        return lambda: clean.__setitem__(key, fn())

    collect(
        check("name", lambda: clean_text(name, "field.kind", required=True, limit=NAME_MAX)),
        check("points", lambda: clean_points(default_points, "field.default_points", maximum=POINTS_MAX)),
        check("direction", lambda: clean_choice(usual_direction, "field.usual_direction", USUAL_DIRECTIONS)),
    )
    kind_id = new_id()
    if not kind_queries.insert_kind(store, kind_id, clean["name"], clean["points"], clean["direction"]):
        raise ValidationError.single("field.kind", "validation.duplicate")
    return kind_id


def update_kind(
    store: Store,
    kind_id: str,
    *,
    default_points: object = None,
    usual_direction: str | None = None,
    name: str | None = None,
    archived: bool | None = None,
) -> None:
    """Change a kind's default points (and more). Past entries keep the points they were logged with."""
    changes = {"default_points": default_points, "usual_direction": usual_direction, "name": name, "archived": archived}
    kind_queries.update_kind(store, kind_id, _checked_changes(store, kind_id, changes))


def update_kinds(store: Store, changes: dict[str, dict], rows: dict[str, int] | None = None) -> int:
    """Apply edits {kind_id: {column: value}} (from the kinds table) in one transaction. Every edited row is checked
    first; any problem refuses the whole batch (nothing saved), each problem naming its row (`rows`: the row numbers
    shown to the user). Returns how many kinds changed."""
    editable = ("default_points", "usual_direction", "archived")
    values_by_id: dict[str, dict] = {}
    problems: list[Problem] = []
    for kind_id, edit in changes.items():
        row = (rows or {}).get(kind_id)
        unknown = [column for column in edit if column not in editable]
        try:
            if unknown:
                raise ValidationError.single(unknown[0], "validation.unknown")
            values_by_id[kind_id] = _checked_changes(store, kind_id, edit)
        except ValidationError as exc:
            problems.extend(Problem(p.field, p.key, row, p.params) for p in exc.problems)
    if problems:
        raise ValidationError(problems)
    return kind_queries.update_kinds(store, values_by_id)


def _checked_changes(store: Store, kind_id: str, changes: dict) -> dict:
    """The columns to change (those of `changes` that are not None), checked as the form checks them;
    ValidationError otherwise."""
    default_points, usual_direction = changes.get("default_points"), changes.get("usual_direction")
    name, archived = changes.get("name"), changes.get("archived")
    kind = get_kind(store, kind_id)
    if kind is None:
        raise ValidationError.single("field.kind", "validation.unknown")
    values: dict = {}

    def check(key, fn):
        return lambda: values.__setitem__(key, fn())

    checks = []
    if default_points is not None:
        checks.append(
            check("default_points", lambda: clean_points(default_points, "field.default_points", maximum=POINTS_MAX))
        )
    if usual_direction is not None:
        checks.append(
            check("usual_direction", lambda: clean_choice(usual_direction, "field.usual_direction", USUAL_DIRECTIONS))
        )
    if name is not None:
        if kind.builtin:
            raise ValidationError.single("field.kind", "kinds.validation.builtin_name")
        checks.append(check("name", lambda: clean_text(name, "field.kind", required=True, limit=NAME_MAX)))
    collect(*checks)
    if "name" in values and kind_queries.user_kind_name_taken(store, values["name"], kind_id):
        raise ValidationError.single("field.kind", "validation.duplicate")
    if archived is not None:
        values["archived"] = bool(archived)
    return values


def kind_usage(store: Store) -> dict[str, int]:
    """How many entries use each kind id."""
    return kind_queries.kind_usage(store)
