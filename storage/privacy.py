"""Export and delete one member's rows in one server, across every feature.

Tables are discovered from the schema, so new features are covered without
touching this file:

- a table with ``guild_id`` and ``user_id`` columns holds rows that belong to a
  member: exported, and deleted on request;
- a column named ``<something>_user_id`` in a table with ``guild_id`` names a member
  on a row that belongs to the server (who scheduled a LIVE): exported, and set to
  NULL on deletion, so the server keeps the row but not the person.

Secrets the bot keeps for a member's own use are never exported: a column whose name ends
in ``_sealed`` holds one, encrypted (a pending TikTok sign-in's PKCE verifier), and is left
out of the export's rows; it is deleted with its row. Secrets that outlive a sign-in (the
TikTok tokens) live in a table without ``user_id`` (``tiktok_tokens``, keyed by the
connection), which the export never reads, and go with their connection.
"""

from __future__ import annotations

from typing import Any

from storage.database import Database, Row, Tx

SEALED = "_sealed"  # the suffix of columns that hold an encrypted secret: never exported


def exported(row: Row) -> dict[str, Any]:
    """A row as the export shows it: every column but the sealed secrets."""
    return {name: value for name, value in dict(row).items() if not name.endswith(SEALED)}


class PrivacyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def member_tables(self) -> list[str]:
        rows = await self.db.scan_all(self.db.dialect.member_tables)
        return [row["tbl"] for row in rows]

    async def mention_columns(self) -> list[tuple[str, str]]:
        """(table, column) for every ``*_user_id`` column of a server's table."""
        rows = await self.db.scan_all(self.db.dialect.mention_columns)
        return [(row["tbl"], row["col"]) for row in rows]

    async def export(self, guild_id: int, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row of the member's in this server, table by table."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table in await self.member_tables():
            rows = await self.db.scan_all(
                f'SELECT * FROM "{table}" WHERE guild_id = ? AND user_id = ?', (guild_id, user_id)
            )
            result[table] = [exported(row) for row in rows]
        for table, column in await self.mention_columns():
            rows = await self.db.scan_all(
                f'SELECT * FROM "{table}" WHERE guild_id = ? AND "{column}" = ?',
                (guild_id, user_id),
            )
            if rows:
                result.setdefault(f"{table}.{column}", []).extend(exported(row) for row in rows)
        return result

    async def delete(self, guild_id: int, user_id: int) -> dict[str, int]:
        """Delete the member's rows everywhere in one transaction; rows changed per table.

        The tables that others reference (LIVEs, deliveries) belong to the server, not to
        a member, so the order in which the member's tables are emptied does not matter.
        """
        tables = await self.member_tables()
        mentions = await self.mention_columns()

        async def work(tx: Tx) -> dict[str, int]:
            counts: dict[str, int] = {}
            for table in tables:
                counts[table] = await tx.execute(
                    f'DELETE FROM "{table}" WHERE guild_id = ? AND user_id = ?', (guild_id, user_id)
                )
            for table, column in mentions:
                changed = await tx.execute(
                    f'UPDATE "{table}" SET "{column}" = NULL WHERE guild_id = ? AND "{column}" = ?',
                    (guild_id, user_id),
                )
                if changed:
                    counts[f"{table}.{column}"] = changed
            return counts

        counts = await self.db.write(work, lock=guild_id)
        await self.db.forget_deleted()
        return counts
