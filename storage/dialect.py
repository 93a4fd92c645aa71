"""The few SQL spellings that differ between SQLite and PostgreSQL, side by side.

Repositories write SQL both databases accept: ``?`` placeholders (or ``:name`` with a
dict of values), ``INSERT ... ON CONFLICT``, ``COALESCE``, ``CAST``. What cannot be
written once is here, one attribute per difference, each with both spellings next to
each other. PostgreSQL's placeholders (``$1``) are made from ours by ``to_numbered``.

Types (the schemas): SQLite's ``INTEGER`` is PostgreSQL's ``BIGINT`` (Discord ids and
epoch seconds need 64 bits), ``REAL`` is ``DOUBLE PRECISION``, an ``INTEGER PRIMARY KEY``
is a ``BIGINT`` identity column. Yes/no columns stay ``INTEGER`` 0/1 with a CHECK on both,
so statements compare them the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Dialect:
    name: str
    # Every table of the schema that has both guild_id and user_id columns ("tbl").
    member_tables: str
    # (table, column) of every *_user_id column in a table with guild_id ("tbl", "col").
    mention_columns: str
    # Every table of the schema with a guild_id column: what a server's data is ("tbl").
    guild_tables: str
    # The larger of two values: ``greatest.format(a, b)``.
    greatest: str
    # After a SELECT whose rows a write claims: rows another transaction holds are passed
    # over (PostgreSQL); SQLite lets one writer in at a time, so there is nothing to skip.
    skip_locked: str

    def larger(self, first: str, second: str) -> str:
        return self.greatest.format(first, second)


SQLITE = Dialect(
    name="sqlite",
    member_tables=(
        "SELECT m.name AS tbl FROM sqlite_master AS m "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'guild_id') "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'user_id') "
        "ORDER BY m.name"
    ),
    mention_columns=(
        "SELECT m.name AS tbl, c.name AS col FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND c.name LIKE '%\\_user\\_id' ESCAPE '\\' "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'guild_id') "
        "ORDER BY m.name, c.name"
    ),
    guild_tables=(
        "SELECT m.name AS tbl FROM sqlite_master AS m "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'guild_id') "
        "ORDER BY m.name"
    ),
    greatest="MAX({0}, {1})",
    skip_locked="",
)

_PG_BASE_COLUMNS = (
    "SELECT c.table_name AS tbl, c.column_name AS col FROM information_schema.columns AS c "
    "JOIN information_schema.tables AS t ON t.table_schema = c.table_schema "
    "AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE' "
    "WHERE c.table_schema = current_schema()"
)

POSTGRES = Dialect(
    name="postgres",
    member_tables=(
        f"SELECT tbl FROM ({_PG_BASE_COLUMNS}) AS c WHERE col IN ('guild_id', 'user_id') "
        "GROUP BY tbl HAVING COUNT(*) = 2 ORDER BY tbl"
    ),
    mention_columns=(
        f"SELECT tbl, col FROM ({_PG_BASE_COLUMNS}) AS c "
        "WHERE col LIKE '%\\_user\\_id' ESCAPE '\\' "
        f"AND tbl IN (SELECT tbl FROM ({_PG_BASE_COLUMNS}) AS g WHERE col = 'guild_id') "
        "ORDER BY tbl, col"
    ),
    guild_tables=(f"SELECT tbl FROM ({_PG_BASE_COLUMNS}) AS c WHERE col = 'guild_id' ORDER BY tbl"),
    greatest="GREATEST({0}, {1})",
    skip_locked=" FOR UPDATE SKIP LOCKED",
)


@lru_cache(maxsize=4096)
def _numbered(sql: str) -> tuple[str, tuple[str, ...]]:
    """``sql`` with ``?`` as ``$1, $2, ...`` and ``:name`` as numbered too; the names in
    the order of their numbers (empty for ``?``). String literals, quoted names and
    comments are left alone; ``::`` (a PostgreSQL cast) is not a name."""
    out: list[str] = []
    names: list[str] = []
    count = 0
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # a doubled quote inside
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1])
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif ch == "?":
            count += 1
            out.append(f"${count}")
            i += 1
        elif ch == ":" and sql.startswith("::", i):
            out.append("::")
            i += 2
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            name = sql[i + 1 : end]
            if name not in names:
                names.append(name)
            out.append(f"${names.index(name) + 1}")
            i = end
        else:
            out.append(ch)
            i += 1
    if count and names:
        raise ValueError("a statement mixes ? and :name placeholders")
    return "".join(out), tuple(names)


def to_numbered(sql: str, params: Sequence[Any] | dict[str, Any]) -> tuple[str, Sequence[Any]]:
    """PostgreSQL's spelling of a statement and its values in order."""
    text, names = _numbered(sql)
    if isinstance(params, dict):
        return text, [params[name] for name in names]
    return text, params
