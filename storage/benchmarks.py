"""Community standing for /benchmark: where an ER ranks among a server's saved results.

Reads the ``er_results`` table written by /er (migration 0002); writes nothing.
Only each member's latest saved result of a basis counts ("latest" = newest
``created_at``, then highest id), so one member's many calculations weigh as one, and
only among results that count at all (``storage.er.counted``: an impossible result the
member did not confirm is left out).
The latest result is chosen first, then the follower range applies: a member whose
latest result sits in another tier does not count with an older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from storage.database import Database, from_epoch
from storage.er import counted

# Rates are compared as members see them: rounded half-up to 0.01 percentage point.
TIE_DIGITS = 2

_STANDING_SQL = """
SELECT COUNT(*) AS contributors,
       COALESCE(SUM(CASE WHEN r.rate < ? THEN 1 ELSE 0 END), 0) AS below,
       COALESCE(SUM(CASE WHEN r.rate >= ? AND r.rate < ? THEN 1 ELSE 0 END), 0) AS equal
FROM er_results r
WHERE r.guild_id = ?
  AND r.basis = ?
  AND r.user_id <> ?
  AND r.followers >= ?
  AND (? IS NULL OR r.followers < ?)
  AND r.id = (
      SELECT n.id FROM er_results n
      WHERE n.guild_id = r.guild_id AND n.user_id = r.user_id AND n.basis = r.basis
        AND {counted_n}
      ORDER BY n.created_at DESC, n.id DESC
      LIMIT 1
  )
""".format(counted_n=counted("n"))


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


def tie_bounds(rate: float) -> tuple[float, float]:
    """[low, high): the stored rates shown like ``rate`` when rounded half-up to 0.01.

    A stored rate below ``low`` is lower; one in [low, high) is a tie. Comparing with
    bounds instead of rounding every row keeps the query a plain range test.
    """
    quantum = Decimal(1).scaleb(-TIE_DIGITS)
    shown = Decimal(str(rate)).quantize(quantum, rounding=ROUND_HALF_UP)
    half = quantum / 2
    return float(shown - half), float(shown + half)


class BenchmarkRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def latest_rate(
        self, guild_id: int, user_id: int, basis: str | None = None
    ) -> SavedRate | None:
        """The member's newest saved result in this server (of ``basis``, if given)."""
        row = await self.db.read_one(
            "SELECT basis, rate, followers, created_at FROM er_results AS r "
            "WHERE guild_id = ? AND user_id = ? AND (? IS NULL OR basis = ?) "
            f"AND {counted('r')} "
            "ORDER BY created_at DESC, id DESC LIMIT 1",
            (guild_id, user_id, basis, basis),
        )
        if row is None:
            return None
        return SavedRate(
            basis=row["basis"],
            rate=float(row["rate"]),
            followers=row["followers"],
            created_at=from_epoch(row["created_at"]),
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
        low, high = tie_bounds(rate)
        row = await self.db.scan_one(
            _STANDING_SQL,
            (
                low,
                low,
                high,
                guild_id,
                basis,
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
