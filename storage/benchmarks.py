"""Community standing for /benchmark: where an ER ranks among a server's saved results.

Reads the ``er_results`` table written by /er (migration 0002); writes nothing.
Only each member's latest saved result of a basis counts ("latest" = newest
``created_at``, then highest id), so one member's many calculations weigh as one.
The latest result is chosen first, then the follower range applies: a member whose
latest result sits in another tier does not count with an older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from storage.database import Database

# Rates are compared as members see them: rounded half-up to 0.01 percentage point.
TIE_DIGITS = 2

_STANDING_SQL = """
WITH latest AS (
    SELECT user_id, rate, followers,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC, id DESC) AS position
    FROM er_results
    WHERE guild_id = ? AND basis = ?
)
SELECT COUNT(*) AS contributors,
       COALESCE(SUM(CASE WHEN ROUND(rate, 2) < ? THEN 1 ELSE 0 END), 0) AS below,
       COALESCE(SUM(CASE WHEN ROUND(rate, 2) = ? THEN 1 ELSE 0 END), 0) AS equal
FROM latest
WHERE position = 1
  AND user_id <> ?
  AND followers IS NOT NULL
  AND followers >= ?
  AND (? IS NULL OR followers < ?)
"""


@dataclass(frozen=True)
class SavedRate:
    """One saved /er result, as /benchmark needs it."""

    basis: str
    rate: float
    followers: int | None
    created_at: datetime


@dataclass(frozen=True)
class Standing:
    """How many members contribute, and how many of them are below or level with a rate."""

    contributors: int
    below: int
    equal: int


def rounded_rate(rate: float) -> float:
    """``rate`` rounded half-up to ``TIE_DIGITS`` decimals (what a member sees)."""
    quantum = Decimal(1).scaleb(-TIE_DIGITS)
    return float(Decimal(str(rate)).quantize(quantum, rounding=ROUND_HALF_UP))


class BenchmarkRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def latest_rate(
        self, guild_id: int, user_id: int, basis: str | None = None
    ) -> SavedRate | None:
        """The member's newest saved result in this server (of ``basis``, if given)."""
        row = await self.db.fetchone(
            "SELECT basis, rate, followers, created_at FROM er_results "
            "WHERE guild_id = ? AND user_id = ? AND (? IS NULL OR basis = ?) "
            "ORDER BY created_at DESC, id DESC LIMIT 1",
            (guild_id, user_id, basis, basis),
        )
        if row is None:
            return None
        return SavedRate(
            basis=row["basis"],
            rate=float(row["rate"]),
            followers=row["followers"],
            created_at=datetime.fromtimestamp(row["created_at"], UTC),
        )

    async def standing(
        self,
        guild_id: int,
        basis: str,
        rate: float,
        *,
        min_followers: int,
        max_followers: int | None,
        exclude_user_id: int | None = None,
    ) -> Standing:
        """Counts over each member's latest ``basis`` result with followers in [min, max).

        ``exclude_user_id`` leaves the asking member out (a rate is not ranked against itself).
        Results saved without a follower count cannot be placed in a range and are left out.
        """
        level = rounded_rate(rate)
        row = await self.db.fetchone(
            _STANDING_SQL,
            (
                guild_id,
                basis,
                level,
                level,
                exclude_user_id if exclude_user_id is not None else 0,
                min_followers,
                max_followers,
                max_followers,
            ),
        )
        assert row is not None  # an aggregate always yields one row
        return Standing(
            contributors=int(row["contributors"]), below=int(row["below"]), equal=int(row["equal"])
        )
