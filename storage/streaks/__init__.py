"""Logged posts, streak summaries, the weekly recap log and the at-risk nudges.

Each post stores its local day and week (in the creator's zone when logged), so
weekly counts are a GROUP BY for one creator or a whole server. ``streak_summaries``
caches each creator's streak through their last completed week, so a leaderboard
reads one row per creator plus the posts logged since; any change to a creator's
posts marks their row dirty in the same transaction.
"""

from __future__ import annotations

from storage.database import Database
from storage.streaks.posts import DuplicateVideo, NewPost, Post, PostQueries
from storage.streaks.schedule import NudgeOutcome, RecapStatus, ScheduleQueries
from storage.streaks.summaries import StreakSummary, SummaryQueries

__all__ = [
    "DuplicateVideo",
    "NewPost",
    "NudgeOutcome",
    "Post",
    "RecapStatus",
    "StreakRepository",
    "StreakSummary",
]


class StreakRepository(PostQueries, SummaryQueries, ScheduleQueries):
    def __init__(self, db: Database) -> None:
        self.db = db
