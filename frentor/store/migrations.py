"""Versioned schema migrations, applied in order when a database is opened.

A migration's version is its position in MIGRATIONS (1-based). Never edit a migration that has shipped: append a
new one. Every table carries `workspace`, and every query filters by it.
"""

from __future__ import annotations

import duckdb

from frentor.errors import StoreError

_V1_FOUNDATION = [
    """
    CREATE TABLE passions (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        notes VARCHAR NOT NULL DEFAULT '',
        status VARCHAR NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'exploring', 'focus', 'parked')),
        excitement SMALLINT CHECK (excitement BETWEEN 1 AND 5),
        skill_fit SMALLINT CHECK (skill_fit BETWEEN 1 AND 5),
        vision_fit SMALLINT CHECK (vision_fit BETWEEN 1 AND 5),
        ikigai_love BOOLEAN NOT NULL DEFAULT false,
        ikigai_good_at BOOLEAN NOT NULL DEFAULT false,
        ikigai_world_needs BOOLEAN NOT NULL DEFAULT false,
        ikigai_paid_for BOOLEAN NOT NULL DEFAULT false,
        hashtags VARCHAR NOT NULL DEFAULT '',
        open_questions VARCHAR NOT NULL DEFAULT '',
        research_notes VARCHAR NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    """
    CREATE TABLE skills (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        side VARCHAR NOT NULL CHECK (side IN ('offer', 'want')),
        level SMALLINT CHECK (level BETWEEN 1 AND 5),
        notes VARCHAR NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    """
    CREATE TABLE people (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        role VARCHAR NOT NULL DEFAULT 'peer' CHECK (role IN ('mentor', 'frentor', 'peer', 'mentee')),
        stage VARCHAR NOT NULL DEFAULT 'noticed'
            CHECK (stage IN ('noticed', 'following', 'engaging', 'conversation', 'trusted', 'paused')),
        reach_tier VARCHAR NOT NULL DEFAULT 'fifty_fifty'
            CHECK (reach_tier IN ('strongest', 'fifty_fifty', 'long_shot')),
        organisation VARCHAR NOT NULL DEFAULT '',
        hashtags VARCHAR NOT NULL DEFAULT '',
        notes VARCHAR NOT NULL DEFAULT '',
        homework_read_work BOOLEAN NOT NULL DEFAULT false,
        homework_public_answers BOOLEAN NOT NULL DEFAULT false,
        homework_new_questions BOOLEAN NOT NULL DEFAULT false,
        homework_how_to_help BOOLEAN NOT NULL DEFAULT false,
        next_action VARCHAR NOT NULL DEFAULT '',
        next_action_due DATE,
        keep_in_touch_days INTEGER CHECK (keep_in_touch_days > 0),
        archived BOOLEAN NOT NULL DEFAULT false,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    # Where a person, passion or community posts or meets: platform + URL.
    """
    CREATE TABLE channels (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        owner_type VARCHAR NOT NULL CHECK (owner_type IN ('passion', 'person', 'community')),
        owner_id VARCHAR NOT NULL,
        platform VARCHAR NOT NULL DEFAULT '',
        url VARCHAR NOT NULL DEFAULT '',
        note VARCHAR NOT NULL DEFAULT '',
        PRIMARY KEY (workspace, id)
    )
    """,
    """
    CREATE TABLE communities (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL DEFAULT 'community' CHECK (kind IN ('community', 'event', 'nonprofit')),
        url VARCHAR NOT NULL DEFAULT '',
        starts_on DATE,
        passion_id VARCHAR,
        notes VARCHAR NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    """
    CREATE TABLE person_passions (
        workspace VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        passion_id VARCHAR NOT NULL,
        PRIMARY KEY (workspace, person_id, passion_id)
    )
    """,
    """
    CREATE TABLE person_communities (
        workspace VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        community_id VARCHAR NOT NULL,
        PRIMARY KEY (workspace, person_id, community_id)
    )
    """,
    # What a person offers or needs, by skill name; matched case-insensitively against my skills.
    """
    CREATE TABLE person_skills (
        workspace VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        side VARCHAR NOT NULL CHECK (side IN ('offers', 'needs')),
        PRIMARY KEY (workspace, person_id, name, side)
    )
    """,
    """
    CREATE TABLE person_questions (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        question VARCHAR NOT NULL,
        asked BOOLEAN NOT NULL DEFAULT false,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    # Built-in kinds have a `key` (their name comes from the catalog); user kinds have a `name`.
    """
    CREATE TABLE value_kinds (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        key VARCHAR,
        name VARCHAR NOT NULL DEFAULT '',
        default_points DECIMAL(12, 2) NOT NULL CHECK (default_points >= 0),
        usual_direction VARCHAR NOT NULL DEFAULT 'either' CHECK (usual_direction IN ('gave', 'received', 'either')),
        archived BOOLEAN NOT NULL DEFAULT false,
        PRIMARY KEY (workspace, id)
    )
    """,
    # No primary-key index on the ledger: it grows to millions of rows and ids are uuid4 made by the app;
    # imports deduplicate by id explicitly.
    """
    CREATE TABLE ledger_entries (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        occurred_on DATE NOT NULL,
        person_id VARCHAR,
        community_id VARCHAR,
        direction VARCHAR NOT NULL CHECK (direction IN ('gave', 'received')),
        kind_id VARCHAR NOT NULL,
        points DECIMAL(12, 2) NOT NULL CHECK (points >= 0),
        hours DECIMAL(8, 2) CHECK (hours >= 0),
        passion_id VARCHAR,
        note VARCHAR NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        CHECK (person_id IS NOT NULL OR community_id IS NOT NULL)
    )
    """,
    # Per-workspace preferences (language, shortlist weights, last backup, ...) as JSON text.
    """
    CREATE TABLE settings (
        workspace VARCHAR NOT NULL,
        key VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        PRIMARY KEY (workspace, key)
    )
    """,
]

# Version 2 (hosted hardening, contacts, coaching, rollups) is assembled from one list per concern, so each concern's
# statements stay together and readable; the order of the lists is the order they run in.
_V2_KEYS: list[str] = [  # keys on every table, settings/import hardening
    # Every table gets its primary key. The ledger had none (see migration 1): two imports at the same moment could
    # then store one entry twice. DuckDB's ALTER TABLE ... ADD PRIMARY KEY refuses a table with duplicates, and
    # still sees rows deleted earlier in the same transaction, so the ledger is rebuilt: the same columns as
    # migration 1, plus the key. Rows sharing a (workspace, id) are one entry stored twice by such a race (ids are
    # uuid4 or content hashes; an import never gives two different entries one id), so one row per id is kept,
    # the earliest created (then the first stored), and the upgrade never fails on an old file's duplicates.
    """
    CREATE TABLE ledger_entries_keyed (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        occurred_on DATE NOT NULL,
        person_id VARCHAR,
        community_id VARCHAR,
        direction VARCHAR NOT NULL CHECK (direction IN ('gave', 'received')),
        kind_id VARCHAR NOT NULL,
        points DECIMAL(12, 2) NOT NULL CHECK (points >= 0),
        hours DECIMAL(8, 2) CHECK (hours >= 0),
        passion_id VARCHAR,
        note VARCHAR NOT NULL DEFAULT '',
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        CHECK (person_id IS NOT NULL OR community_id IS NOT NULL),
        PRIMARY KEY (workspace, id)
    )
    """,
    """
    INSERT INTO ledger_entries_keyed SELECT * FROM ledger_entries
    QUALIFY row_number() OVER (PARTITION BY workspace, id ORDER BY created_at, rowid) = 1
    ORDER BY rowid
    """,
    "DROP TABLE ledger_entries",
    "ALTER TABLE ledger_entries_keyed RENAME TO ledger_entries",
    # One row per applied migration (its number).
    "ALTER TABLE schema_version ADD PRIMARY KEY (version)",
]
_V2_CONTACTS: list[str] = []  # imported contacts: e-mail, profile URL, title, source, connected on
# Imported contacts: e-mail, profile URL, title, where the contact came from, when you connected. DuckDB adds a
# column with a default but no constraint in one step, so NOT NULL follows separately; `source` is checked by the
# domain (frentor.people.SOURCES) because ALTER TABLE cannot add a CHECK.
_V2_CONTACTS: list[str] = [
    "ALTER TABLE people ADD COLUMN email VARCHAR DEFAULT ''",
    "ALTER TABLE people ALTER COLUMN email SET NOT NULL",
    "ALTER TABLE people ADD COLUMN profile_url VARCHAR DEFAULT ''",
    "ALTER TABLE people ALTER COLUMN profile_url SET NOT NULL",
    "ALTER TABLE people ADD COLUMN title VARCHAR DEFAULT ''",
    "ALTER TABLE people ALTER COLUMN title SET NOT NULL",
    "ALTER TABLE people ADD COLUMN source VARCHAR DEFAULT ''",
    "ALTER TABLE people ALTER COLUMN source SET NOT NULL",
    "ALTER TABLE people ADD COLUMN connected_on DATE",
]
_V2_COACHING: list[str] = [  # message log, report-back follow-ups, weekly reviews
    # Their work I engaged with (a phrase the composer quotes: "your talk on testing at PyCon"). DuckDB cannot add a
    # column with a constraint: NULL is read as ''.
    "ALTER TABLE people ADD COLUMN homework_notes VARCHAR DEFAULT ''",
    # A prepared question they already answered in public: the composer warns before asking it.
    "ALTER TABLE person_questions ADD COLUMN answered_publicly BOOLEAN DEFAULT false",
    # Messages the user said they sent (the text itself is not kept: it was edited and sent elsewhere).
    """
    CREATE TABLE sent_messages (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        message_kind VARCHAR NOT NULL
            CHECK (message_kind IN ('first_contact', 'follow_up', 'question', 'skill_trade', 'report_back')),
        sent_on DATE NOT NULL,
        entry_id VARCHAR,
        question_id VARCHAR,
        follow_up_id VARCHAR,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    # "Thank you, part 2": advice or an introduction received (entry_id) is followed by telling them what came of it.
    # The entry's kind, date and note are copied: listing follow-ups must not join the ledger (no index there; a join
    # by id reads every id, ~150 ms at 1M entries).
    """
    CREATE TABLE follow_ups (
        workspace VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        person_id VARCHAR NOT NULL,
        entry_id VARCHAR NOT NULL,
        kind_id VARCHAR NOT NULL,
        received_on DATE NOT NULL,
        note VARCHAR NOT NULL DEFAULT '',
        due_on DATE NOT NULL,
        outcome VARCHAR NOT NULL DEFAULT '',
        closed_on DATE,
        closing_entry_id VARCHAR,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, id)
    )
    """,
    # One row per week (its Monday) whose review the user marked done.
    """
    CREATE TABLE weekly_reviews (
        workspace VARCHAR NOT NULL,
        week_start DATE NOT NULL,
        reflection VARCHAR NOT NULL DEFAULT '',
        done_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (workspace, week_start)
    )
    """,
]
# Per-workspace aggregates for hosted scale (frentor/store/rollup.py maintains them; its docstring says how).
# ledger_months: given/received points, entries (all), gifts (given with points > 0: a message sent is contact, not
# a gift) and receipts, first and last day, per workspace, month and person ('' for entries with a community only).
# A (workspace, month, person) may have several rows (one per logged entry until they are merged): readers sum them.
# Filled in workspace order, so a workspace's rows share a few row groups (frentor/store/maintenance.py keeps every
# table so).
_V2_ROLLUP: list[str] = [
    """
    CREATE TABLE ledger_months (
        workspace VARCHAR NOT NULL,
        month DATE NOT NULL,
        person_id VARCHAR NOT NULL,
        given DECIMAL(18, 2) NOT NULL,
        received DECIMAL(18, 2) NOT NULL,
        entries INTEGER NOT NULL,
        gave_count INTEGER NOT NULL,
        received_count INTEGER NOT NULL,
        first_on DATE NOT NULL,
        last_on DATE NOT NULL
    )
    """,
    """
    INSERT INTO ledger_months
    SELECT workspace, occurred_on - (day(occurred_on) - 1)::INTEGER AS month, coalesce(person_id, '') AS person_id,
           coalesce(sum(points) FILTER (WHERE direction = 'gave'), 0),
           coalesce(sum(points) FILTER (WHERE direction = 'received'), 0),
           count(*), count(*) FILTER (WHERE direction = 'gave' AND points > 0),
           count(*) FILTER (WHERE direction = 'received'),
           min(occurred_on), max(occurred_on)
    FROM ledger_entries
    GROUP BY ALL
    ORDER BY workspace, month, person_id
    """,
]

MIGRATIONS: list[list[str]] = [
    _V1_FOUNDATION,
    [*_V2_KEYS, *_V2_CONTACTS, *_V2_COACHING, *_V2_ROLLUP],
]

LATEST_VERSION = len(MIGRATIONS)


def current_version(connection: duckdb.DuckDBPyConnection) -> int:
    cur = connection.cursor()
    try:
        exists = cur.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' "
            "AND table_schema = current_schema() AND table_catalog = current_database()"
        ).fetchone()[0]
        if not exists:
            return 0
        return cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    finally:
        cur.close()


def apply_migrations(connection: duckdb.DuckDBPyConnection, up_to: int = LATEST_VERSION) -> int:
    """Bring the database to `up_to` (LATEST_VERSION unless building an older schema to compare a snapshot with);
    each migration is one transaction. Returns the final version."""
    version = current_version(connection)
    if version > LATEST_VERSION:
        raise StoreError("error.db_too_new", found=version, supported=LATEST_VERSION)
    cur = connection.cursor()
    try:
        for number in range(version + 1, up_to + 1):
            cur.execute("BEGIN TRANSACTION")
            try:
                cur.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
                )
                for statement in MIGRATIONS[number - 1]:
                    cur.execute(statement)
                cur.execute("INSERT INTO schema_version (version) VALUES (?)", [number])
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
    finally:
        cur.close()
    return max(version, up_to)
