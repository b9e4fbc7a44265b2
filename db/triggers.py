"""Immutability triggers for locked draws and published results, for SQLite and PostgreSQL.

The migration that installs them and the tests share these statements. Both backends report
a violation as an IntegrityError whose message contains DRAW_LOCKED or PUBLISHED_IMMUTABLE.

SQLite drops a table's triggers with the table, and Alembic's batch mode rebuilds tables by
copy-and-rename: a later migration that batch-alters one of these tables must execute
`drop_statements()` first and `create_statements()` after.
"""

from __future__ import annotations

DRAW_LOCKED = "draw_locked"
PUBLISHED_IMMUTABLE = "published_immutable"

# Rows that make up a locked draw: frozen once the draw is locked, no additions either.
LOCKED_CHILD_TABLES = ("draw_selections", "draw_team_members", "draw_witnesses")
# Events of a locked draw stay as recorded, but post-lock events (replacements) are appended.
EVENT_TABLE = "draw_events"
# Published once; a correction adds a new published_results row and a corrections row.
PUBLISHED_TABLES = ("publications", "published_results", "corrections")

_SQLITE_RAISE = "BEGIN SELECT RAISE(ABORT, '{code}'); END"


def _sqlite_locked_parent(ref: str) -> str:
    return f"EXISTS (SELECT 1 FROM draws WHERE draws.id = {ref} AND draws.state = 'locked')"


def _sqlite_create() -> list[str]:
    raise_locked = _SQLITE_RAISE.format(code=DRAW_LOCKED)
    raise_published = _SQLITE_RAISE.format(code=PUBLISHED_IMMUTABLE)
    stmts = [
        # WHEN on OLD only: the update that moves a draw INTO 'locked' must still pass.
        f"CREATE TRIGGER trg_draws_locked_update BEFORE UPDATE ON draws FOR EACH ROW "
        f"WHEN OLD.state = 'locked' {raise_locked}",
        f"CREATE TRIGGER trg_draws_locked_delete BEFORE DELETE ON draws FOR EACH ROW "
        f"WHEN OLD.state = 'locked' {raise_locked}",
    ]
    for table in (*LOCKED_CHILD_TABLES, EVENT_TABLE):
        if table != EVENT_TABLE:
            stmts.append(
                f"CREATE TRIGGER trg_{table}_locked_insert BEFORE INSERT ON {table} FOR EACH ROW "
                f"WHEN {_sqlite_locked_parent('NEW.draw_id')} {raise_locked}"
            )
        # Checking NEW as well stops a row from being moved into a locked draw.
        stmts.append(
            f"CREATE TRIGGER trg_{table}_locked_update BEFORE UPDATE ON {table} FOR EACH ROW "
            f"WHEN {_sqlite_locked_parent('OLD.draw_id')} OR {_sqlite_locked_parent('NEW.draw_id')} "
            f"{raise_locked}"
        )
        stmts.append(
            f"CREATE TRIGGER trg_{table}_locked_delete BEFORE DELETE ON {table} FOR EACH ROW "
            f"WHEN {_sqlite_locked_parent('OLD.draw_id')} {raise_locked}"
        )
    for table in PUBLISHED_TABLES:
        for op in ("update", "delete"):
            stmts.append(
                f"CREATE TRIGGER trg_{table}_immutable_{op} BEFORE {op.upper()} ON {table} "
                f"FOR EACH ROW {raise_published}"
            )
    return stmts


def _sqlite_trigger_names() -> list[str]:
    names = ["trg_draws_locked_update", "trg_draws_locked_delete"]
    for table in LOCKED_CHILD_TABLES:
        names += [f"trg_{table}_locked_{op}" for op in ("insert", "update", "delete")]
    names += [f"trg_{EVENT_TABLE}_locked_{op}" for op in ("update", "delete")]
    for table in PUBLISHED_TABLES:
        names += [f"trg_{table}_immutable_{op}" for op in ("update", "delete")]
    return names


# restrict_violation (23001) makes psycopg raise IntegrityError, like SQLite's RAISE(ABORT).
_PG_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION shuangsuiji_draw_locked() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{DRAW_LOCKED}' USING ERRCODE = 'restrict_violation',
        DETAIL = format('draws id=%s', OLD.id);
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION shuangsuiji_draw_child_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids integer[];
    parent record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        ids := ARRAY[NEW.draw_id];
    ELSIF TG_OP = 'UPDATE' THEN
        ids := ARRAY[OLD.draw_id, NEW.draw_id];
    ELSE
        ids := ARRAY[OLD.draw_id];
    END IF;
    -- FOR SHARE waits for a concurrent transaction that is locking the draw and then returns
    -- the draw as committed, so a child row cannot slip in beside the lock.
    FOR parent IN SELECT id, state FROM draws WHERE id = ANY(ids) FOR SHARE LOOP
        IF parent.state = 'locked' THEN
            RAISE EXCEPTION '{DRAW_LOCKED}' USING ERRCODE = 'restrict_violation',
                DETAIL = format('%s of draws id=%s', TG_TABLE_NAME, parent.id);
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$""",
    f"""
CREATE OR REPLACE FUNCTION shuangsuiji_published_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{PUBLISHED_IMMUTABLE}' USING ERRCODE = 'restrict_violation',
        DETAIL = TG_TABLE_NAME;
END
$$""",
    # Row triggers do not fire on TRUNCATE; this statement trigger closes that gap.
    f"""
CREATE OR REPLACE FUNCTION shuangsuiji_truncate_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = '{DRAW_LOCKED}'
       AND NOT EXISTS (SELECT 1 FROM draws WHERE state = 'locked') THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation',
        DETAIL = 'TRUNCATE ' || TG_TABLE_NAME;
END
$$""",
]

_PG_FUNCTION_NAMES = [
    "shuangsuiji_draw_locked",
    "shuangsuiji_draw_child_guard",
    "shuangsuiji_published_immutable",
    "shuangsuiji_truncate_guard",
]


def _pg_triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, CREATE TRIGGER statement)."""
    out = [
        (
            "trg_draws_locked",
            "draws",
            "CREATE TRIGGER trg_draws_locked BEFORE UPDATE OR DELETE ON draws FOR EACH ROW "
            "WHEN (OLD.state = 'locked') EXECUTE FUNCTION shuangsuiji_draw_locked()",
        )
    ]
    for table in (*LOCKED_CHILD_TABLES, EVENT_TABLE):
        ops = "UPDATE OR DELETE" if table == EVENT_TABLE else "INSERT OR UPDATE OR DELETE"
        out.append(
            (
                f"trg_{table}_locked",
                table,
                f"CREATE TRIGGER trg_{table}_locked BEFORE {ops} ON {table} FOR EACH ROW "
                "EXECUTE FUNCTION shuangsuiji_draw_child_guard()",
            )
        )
    for table in ("draws", *LOCKED_CHILD_TABLES, EVENT_TABLE):
        out.append(_pg_truncate_trigger(table, DRAW_LOCKED))
    for table in PUBLISHED_TABLES:
        out.append(
            (
                f"trg_{table}_immutable",
                table,
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION shuangsuiji_published_immutable()",
            )
        )
        out.append(_pg_truncate_trigger(table, PUBLISHED_IMMUTABLE))
    return out


def _pg_truncate_trigger(table: str, code: str) -> tuple[str, str, str]:
    name = f"trg_{table}_truncate"
    return (
        name,
        table,
        f"CREATE TRIGGER {name} BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION shuangsuiji_truncate_guard('{code}')",
    )


def create_statements(dialect: str) -> list[str]:
    """DDL that installs every immutability trigger on `dialect` ("sqlite" or "postgresql")."""
    if dialect == "sqlite":
        return _sqlite_create()
    if dialect == "postgresql":
        return [f.strip() for f in _PG_FUNCTIONS] + [stmt for _, _, stmt in _pg_triggers()]
    raise ValueError(f"no immutability triggers for dialect {dialect!r}")


def drop_statements(dialect: str) -> list[str]:
    """DDL that removes every immutability trigger (and its functions) from `dialect`."""
    if dialect == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {name}" for name in _sqlite_trigger_names()]
    if dialect == "postgresql":
        return [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table, _ in _pg_triggers()] + [
            f"DROP FUNCTION IF EXISTS {name}()" for name in _PG_FUNCTION_NAMES
        ]
    raise ValueError(f"no immutability triggers for dialect {dialect!r}")


def trigger_names(dialect: str) -> list[str]:
    """Names of the triggers `create_statements(dialect)` installs (for checks and tests)."""
    if dialect == "sqlite":
        return _sqlite_trigger_names()
    if dialect == "postgresql":
        return [name for name, _, _ in _pg_triggers()]
    raise ValueError(f"no immutability triggers for dialect {dialect!r}")


def immutability_violation(exc: BaseException) -> str | None:
    """DRAW_LOCKED or PUBLISHED_IMMUTABLE when `exc` (or its DBAPI cause) is a trigger refusal."""
    message = str(getattr(exc, "orig", None) or exc)
    for code in (DRAW_LOCKED, PUBLISHED_IMMUTABLE):
        if code in message:
            return code
    return None
