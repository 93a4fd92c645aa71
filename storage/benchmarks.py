"""Community standing for /benchmark: where an ER ranks among a server's saved results.

Reads the ``er_results`` table written by /er (migration 0002); writes nothing.
Only each member's latest saved result of a basis counts ("latest" = newest
``created_at``, then highest id), so one member's many calculations weigh as one, and
only among results that count at all (``storage.er.counted``: an impossible result the
member did not confirm is left out).
The latest result is chosen first, then the follower range applies: a member whose
latest result sits in another tier does not count with an older one.

That latest result carries ``latest = 1``, kept current by triggers on every write to
``er_results`` (migration 0014), so standing is a range count over one row per member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from storage.database import Database, from_epoch

# Rates are compared as members see them: rounded half-up to 0.01 percentage point.
TIE_DIGITS = 2

# Over the partial index er_results_latest: one entry per member and basis.
_STANDING_SQL = """
SELECT COUNT(*) AS contributors,
       COALESCE(SUM(CASE WHEN rate < ? THEN 1 ELSE 0 END), 0) AS below,
       COALESCE(SUM(CASE WHEN rate >= ? AND rate < ? THEN 1 ELSE 0 END), 0) AS equal
FROM er_results
WHERE latest = 1
  AND guild_id = ?
  AND basis = ?
  AND followers >= ?
  {below_max}
  AND user_id <> ?
"""
# Two statements, with and without an upper bound: one with ``(? IS NULL OR followers < ?)``
# would leave SQLite only the lower bound to seek by, for every range.
_STANDING_BOUNDED = _STANDING_SQL.format(below_max="AND followers < ?")
_STANDING_OPEN = _STANDING_SQL.format(below_max="")


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
            "SELECT basis, rate, followers, created_at FROM er_results_counted "
            "WHERE guild_id = ? AND user_id = ? AND (CAST(? AS TEXT) IS NULL OR basis = ?) "
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
        exclude = exclude_user_id if exclude_user_id is not None else 0
        params: list[object] = [low, low, high, guild_id, basis, min_followers]
        if max_followers is None:
            sql = _STANDING_OPEN
        else:
            sql = _STANDING_BOUNDED
            params.append(max_followers)
        row = await self.db.scan_one(sql, [*params, exclude])
        assert row is not None  # an aggregate always yields one row
        return Standing(
            contributors=int(row["contributors"]), below=int(row["below"]), equal=int(row["equal"])
        )
