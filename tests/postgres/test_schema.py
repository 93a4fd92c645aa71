"""Both databases built from their migrations hold the same schema.

SQLite's stream of migrations and PostgreSQL's baseline (and every later pair of files)
must describe one schema: the same tables, columns, nullability, defaults, keys, unique
and partial indexes, foreign keys and checks. They are compared through each database's
own introspection, apart from the type spellings listed in ``TYPES``.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest

from storage import SQLiteDatabase
from storage.database import latest_version, migrations
from storage.postgres import VERSION_TABLE
from tests.support.databases import new_postgres_database

pytestmark = pytest.mark.postgres_only

# SQLite's spelling -> PostgreSQL's (every INTEGER is 64-bit there, as Discord ids need).
TYPES = {"INTEGER": "bigint", "REAL": "double precision", "TEXT": "text"}


@dataclass(frozen=True)
class Schema:
    columns: dict[
        str, dict[str, tuple[str, bool, str | None]]
    ]  # table -> col -> (type, not null, default)
    primary: dict[str, tuple[str, ...]]
    identity: dict[str, str | None]  # table -> its auto-numbered column
    unique: dict[str, set[tuple[tuple[str, ...], bool]]]  # (columns, partial)
    indexes: dict[
        str, set[tuple[str, tuple[str, ...], bool, bool]]
    ]  # (name, cols, unique, partial)
    foreign: dict[str, set[tuple[tuple[str, ...], str, tuple[str, ...], str]]]
    checks: dict[str, list[frozenset[str]]]  # the columns each CHECK names


def _default(value: str | None) -> str | None:
    if value is None:
        return None
    text = re.sub(r"::[a-z ]+", "", value).strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


def _check_bodies(sql: str) -> list[str]:
    """The expression of every CHECK (...) in a CREATE TABLE statement."""
    bodies = []
    for found in re.finditer(r"\bCHECK\s*\(", sql, re.IGNORECASE):
        start = found.end() - 1
        depth, end = 0, start
        for end in range(start, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            if depth == 0:
                break
        bodies.append(sql[start + 1 : end])
    return bodies


def _named(body: str, columns: set[str]) -> frozenset[str]:
    body = re.sub(r"'[^']*'", "", body)
    return frozenset(word for word in re.findall(r"[a-z_]+", body) if word in columns)


def sqlite_schema(path: Path) -> Schema:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    s = Schema({}, {}, {}, {}, {}, {}, {})
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for table, sql in tables:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        primary = tuple(r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"])
        s.primary[table] = primary
        # An INTEGER PRIMARY KEY called id is auto-numbered (an identity column there); one
        # that holds a Discord id (guild_settings.guild_id) is always given, never numbered.
        rowid = "id" if primary == ("id",) else None
        s.identity[table] = rowid
        s.columns[table] = {
            r["name"]: (
                TYPES[r["type"]],
                bool(r["notnull"] or r["pk"]),
                None if r["name"] == rowid else _default(r["dflt_value"]),
            )
            for r in info
        }
        s.unique[table], s.indexes[table] = set(), set()
        for index in conn.execute(f'PRAGMA index_list("{table}")').fetchall():
            cols = tuple(r["name"] for r in conn.execute(f'PRAGMA index_info("{index["name"]}")'))
            if index["origin"] == "pk":
                continue
            if index["unique"]:
                s.unique[table].add((cols, bool(index["partial"])))
            if index["origin"] == "c":
                s.indexes[table].add(
                    (index["name"], cols, bool(index["unique"]), bool(index["partial"]))
                )
        groups: dict[int, list[sqlite3.Row]] = {}
        for r in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            groups.setdefault(r["id"], []).append(r)
        s.foreign[table] = {
            (
                tuple(r["from"] for r in rows),
                rows[0]["table"],
                tuple(r["to"] for r in rows),
                rows[0]["on_delete"].lower(),
            )
            for rows in groups.values()
        }
        names = set(s.columns[table])
        s.checks[table] = sorted((_named(body, names) for body in _check_bodies(sql)), key=sorted)
    conn.close()
    return s


async def postgres_schema(conn: asyncpg.Connection) -> Schema:
    s = Schema({}, {}, {}, {}, {}, {}, {})
    tables = [
        r["table_name"]
        for r in await conn.fetch(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1",
            VERSION_TABLE,
        )
    ]
    actions = {
        "c": "cascade",
        "a": "no action",
        "r": "restrict",
        "n": "set null",
        "d": "set default",
    }
    for table in tables:
        rows = await conn.fetch(
            "SELECT column_name, data_type, is_nullable, column_default, is_identity "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = $1",
            table,
        )
        s.columns[table] = {
            r["column_name"]: (
                r["data_type"],
                r["is_nullable"] == "NO",
                _default(r["column_default"]),
            )
            for r in rows
        }
        s.identity[table] = next(
            (r["column_name"] for r in rows if r["is_identity"] == "YES"), None
        )
        constraints = await conn.fetch(
            "SELECT k.contype::text AS contype, k.confdeltype::text AS confdeltype, r.relname AS ref, "
            "ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(n, i) "
            "  JOIN pg_attribute AS a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) "
            "  AS cols, "
            "ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY AS u(n, i) "
            "  JOIN pg_attribute AS a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) "
            "  AS refcols "
            "FROM pg_constraint AS k LEFT JOIN pg_class AS r ON r.oid = k.confrelid "
            "WHERE k.conrelid = $1::regclass",
            table,
        )
        s.primary[table] = next((tuple(c["cols"]) for c in constraints if c["contype"] == "p"), ())
        s.foreign[table] = {
            (tuple(c["cols"]), c["ref"], tuple(c["refcols"]), actions[c["confdeltype"]])
            for c in constraints
            if c["contype"] == "f"
        }
        s.checks[table] = sorted(
            (frozenset(c["cols"]) for c in constraints if c["contype"] == "c"), key=sorted
        )
        indexes = await conn.fetch(
            "SELECT c.relname AS name, i.indisunique AS uniq, i.indisprimary AS prim, "
            "i.indpred IS NOT NULL AS partial, "
            "EXISTS (SELECT 1 FROM pg_constraint AS k WHERE k.conindid = i.indexrelid) AS owned, "
            "ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS u(n, o) "
            "  JOIN pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = u.n ORDER BY u.o) "
            "  AS cols "
            "FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = $1::regclass",
            table,
        )
        s.unique[table] = {
            (tuple(i["cols"]), i["partial"]) for i in indexes if i["uniq"] and not i["prim"]
        }
        s.indexes[table] = {
            (i["name"], tuple(i["cols"]), i["uniq"], i["partial"])
            for i in indexes
            if not i["owned"]
        }
    return s


async def test_sqlite_and_postgresql_build_the_same_schema(tmp_path: Path) -> None:
    path = tmp_path / "schema.sqlite3"
    async with SQLiteDatabase(path) as db:
        assert await db.migrate() == latest_version()
    expected = sqlite_schema(path)
    url = await new_postgres_database()  # cloned from a database migrated from scratch
    conn = await asyncpg.connect(url)
    try:
        assert await conn.fetchval(f"SELECT version FROM {VERSION_TABLE}") == latest_version()
        found = await postgres_schema(conn)
    finally:
        await conn.close()
    assert sorted(found.columns) == sorted(expected.columns)
    for table in expected.columns:
        assert found.columns[table] == expected.columns[table], table
        assert found.primary[table] == expected.primary[table], table
        assert found.identity[table] == expected.identity[table], table
        assert found.unique[table] == expected.unique[table], table
        assert found.indexes[table] == expected.indexes[table], table
        assert found.foreign[table] == expected.foreign[table], table
        assert found.checks[table] == expected.checks[table], table


def test_both_streams_end_at_the_same_version() -> None:
    sqlite, postgres = migrations("sqlite"), migrations("postgres")
    assert sqlite[-1][0] == postgres[-1][0] == latest_version()
    # After PostgreSQL's baseline, every version has a file in both streams.
    baseline = postgres[0][0]
    assert [v for v, _n, _s in sqlite if v > baseline] == [v for v, _n, _s in postgres[1:]]
