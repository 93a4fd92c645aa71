"""Export and delete one member's rows in one server, across every feature.

Tables are discovered from the schema, so new features are covered without
touching this file:

- a table with ``guild_id`` and ``user_id`` columns holds rows that belong to a
  member: exported, and deleted on request;
- a column named ``<something>_user_id`` in a table with ``guild_id`` names a member
  on a row that belongs to the server (who scheduled a LIVE): exported, and set to
  NULL on deletion, so the server keeps the row but not the person.
"""

from __future__ import annotations

from typing import Any

from storage.database import Database


class PrivacyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def member_tables(self) -> list[str]:
        rows = await self.db.scan_all(
            "SELECT m.name FROM sqlite_master AS m "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
            "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'guild_id') "
            "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'user_id') "
            "ORDER BY m.name"
        )
        return [row["name"] for row in rows]

    async def mention_columns(self) -> list[tuple[str, str]]:
        """(table, column) for every ``*_user_id`` column of a server's table."""
        rows = await self.db.scan_all(
            "SELECT m.name AS tbl, c.name AS col FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND c.name LIKE '%\\_user\\_id' ESCAPE '\\' "
            "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'guild_id') "
            "ORDER BY m.name, c.name"
        )
        return [(row["tbl"], row["col"]) for row in rows]

    async def export(self, guild_id: int, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row of the member's in this server, table by table."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table in await self.member_tables():
            rows = await self.db.scan_all(
                f'SELECT * FROM "{table}" WHERE guild_id = ? AND user_id = ?', (guild_id, user_id)
            )
            result[table] = [dict(row) for row in rows]
        for table, column in await self.mention_columns():
            rows = await self.db.scan_all(
                f'SELECT * FROM "{table}" WHERE guild_id = ? AND "{column}" = ?',
                (guild_id, user_id),
            )
            if rows:
                result.setdefault(f"{table}.{column}", []).extend(dict(row) for row in rows)
        return result

    async def delete(self, guild_id: int, user_id: int) -> dict[str, int]:
        """Delete the member's rows everywhere in one transaction; rows changed per table."""
        tables = await self.member_tables()
        mentions = await self.mention_columns()
        counts: dict[str, int] = {}
        async with self.db.transaction() as conn:
            # Rows may reference each other (an RSVP and its LIVE); check keys at commit.
            await conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                cursor = await conn.execute(
                    f'DELETE FROM "{table}" WHERE guild_id = ? AND user_id = ?', (guild_id, user_id)
                )
                counts[table] = cursor.rowcount
            for table, column in mentions:
                cursor = await conn.execute(
                    f'UPDATE "{table}" SET "{column}" = NULL WHERE guild_id = ? AND "{column}" = ?',
                    (guild_id, user_id),
                )
                if cursor.rowcount:
                    counts[f"{table}.{column}"] = cursor.rowcount
        return counts
