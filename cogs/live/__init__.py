"""/live: group LIVEs across every host's timezone, in rooms by sub-feature.

- ``scheduling``: suggest, schedule, reschedule, cancel, list, info, announce, calendar;
  the preview and its buttons, RSVPs, the calendar feed, orphan events at start-up;
- ``series_guests``: recurring shows and guest sign-ups (``/live guests``);
- ``reminders``: what a LIVE sends on its schedule, exactly once;
- ``after``: report, stats, checklist, and the "How did it go?" prompt's button;
- ``common``: what every room builds on (access checks, the announcement, the event, DMs);
- ``cog.py``: the one ``/live`` group made of the rooms' commands.

Imports point down this list's order of floors: ``cog`` → ``scheduling`` →
``series_guests`` → ``reminders`` → ``common``, and ``cog`` → ``after`` → ``common``.
A module whose name starts with ``_`` is private to its room: only modules of the same
sub-package import it (``tests/test_import_structure.py`` checks both).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.live.cog import LiveCog

    await bot.add_cog(LiveCog(bot))
