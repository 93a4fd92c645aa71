"""The weekly recap and the at-risk nudge: one background loop on ``bot.clock``.

Recap: every Monday 09:00 in the server's timezone (``/config timezone``, UTC when
unset), one message in each server's recap channel (``guild_settings.recap_channel_id``)
about the week that just ended there — for each creator, their own local week starting that Monday. It is
claimed in ``streak_recaps`` before sending, so it goes out once even across restarts;
a recap missed while the bot was down is sent at start-up, for the current week only,
and only within a day of when it was due (its rule in ``bot.deliveries``): "new week,
fresh start" on a Wednesday (after a restart, or a recap channel set mid-week) is
skipped, and logged. A week in which nobody kept a week or spent a freeze is recorded
but not posted. A recap Discord refuses is recorded as failed (recaps are not retried).

Nudge: members who opted in get one DM at 09:00 on the Sunday of their own week when
the week is not kept yet, until that week ends; logged per member and week (sent, DMs
closed, or kept). A nudge Discord refuses is not retried.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import discord

from bot.deliveries import Kind, Moments, late_note
from bot.scheduler import Scheduler
from cogs.streaks import logic
from cogs.streaks.render import joined, moment
from cogs.streaks.service import StreakService

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)

MAX_SLEEP = timedelta(hours=1)  # wake at least hourly: timezones and settings change
KINDS: tuple[Kind, ...] = ("recap", "nudge")  # what this scheduler sends


class StreakScheduler:
    """The recap and the nudges, on the shared ``Scheduler`` loop (sleeps until the next
    due moment, at most an hour: timezones and settings change)."""

    def __init__(self, bot: CreatorBot, service: StreakService) -> None:
        self.bot = bot
        self.service = service
        self._upcoming: datetime | None = None
        self._loop = Scheduler(
            "streaks",
            bot.clock,
            self._next_due,
            self._round,
            idle=MAX_SLEEP,
            pause_after_error=MAX_SLEEP,
            writable=bot.db.check_writable,
        )

    def start(self) -> None:
        self.bot.senders.provide("cogs.streaks", KINDS)
        self._loop.start(self.bot.wait_until_ready)

    async def stop(self) -> None:
        await self._loop.stop()
        self.bot.senders.withdraw("cogs.streaks")

    def wake(self) -> None:
        """Recompute the next due moment now (a member opted in)."""
        self._loop.wake()

    async def _round(self, now: datetime) -> None:
        self._upcoming = await self.run_due(now)

    async def _next_due(self) -> datetime | None:
        return self._upcoming

    async def run_due(self, now: datetime) -> datetime:
        """Send whatever is due at ``now``; return when something is next due.

        Every server with a recap channel or a nudge is looked at, whichever shard it is on:
        the messages go out through Discord's REST API, and each is claimed first, so with
        several processes each is sent by one of them, and a stopped one's are taken over.
        """
        upcoming = now + MAX_SLEEP
        for guild_id in await self.service.repo.scheduled_servers():
            zone = (await self.bot.guild_settings.get(guild_id)).timezone or "UTC"
            week = logic.recap_week(now, zone)
            due = logic.recap_due(week, zone)
            if now >= due:
                await self.send_recap(guild_id, week, now)
                due = logic.recap_due(week + logic.WEEK, zone)
            upcoming = min(upcoming, due)
            upcoming = min(upcoming, await self.send_nudges(guild_id, now))
        return upcoming

    def _claim_until(self) -> datetime:
        return self.bot.clock.now() + timedelta(seconds=self.bot.settings.claim_lease_seconds)

    # -- recap ------------------------------------------------------------------------

    async def send_recap(self, guild_id: int, week: int, now: datetime) -> None:
        settings = await self.bot.guild_settings.get(guild_id)
        channel_id = settings.recap_channel_id
        if channel_id is None:
            return
        repo = self.service.repo
        if not await repo.claim_recap(guild_id, week, channel_id, now, self._claim_until()):
            return
        due = logic.recap_due(week, settings.timezone or "UTC")
        late = late_note("recap", now, Moments(due))
        if late is not None:
            log.info(
                "skipped the weekly recap of the week of %s in guild %s: it was due %s, %s",
                logic.monday(week),
                guild_id,
                due.isoformat(),
                late,
            )
            await repo.finish_recap(guild_id, week, "skipped")
            return
        entries = await self.service.recap(guild_id, week, now)
        t = await self.bot.guild_messages(guild_id)
        kept = [e.user_id for e in entries if e.kept]
        best = [e.user_id for e in entries if e.new_best]
        frozen = [e.user_id for e in entries if e.frozen]
        if not kept and not frozen:
            await repo.finish_recap(guild_id, week, "empty")
            return
        lines = [t("streak-recap-title", monday=t.date(logic.monday(week)))]
        if kept:
            lines.append(t("streak-recap-kept", members=joined(t, kept)))
        if best:
            lines.append(t("streak-recap-best", members=joined(t, best)))
        if frozen:
            lines.append(t("streak-recap-frozen", members=joined(t, frozen)))
        lines.append(t("streak-recap-footer"))
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
        try:
            await channel.send(
                "\n".join(lines)[:2000],
                allowed_mentions=discord.AllowedMentions.none(),
                nonce=f"recap-{guild_id % 10**8}-{week}"[:25],  # a retaken claim posts once
            )
        except discord.HTTPException as error:
            log.warning(
                "could not post the weekly recap in channel %s of guild %s: %s",
                channel_id,
                guild_id,
                error,
            )
            await repo.finish_recap(guild_id, week, "failed")
            return
        await repo.finish_recap(guild_id, week, "sent")

    # -- nudges -----------------------------------------------------------------------

    async def send_nudges(self, guild_id: int, now: datetime) -> datetime:
        """DM every opted-in member whose nudge is due; return the next due moment."""
        repo = self.service.repo
        upcoming = now + MAX_SLEEP
        optins = await repo.nudge_optins(guild_id)
        if not optins:
            return upcoming
        zones = await repo.member_zones(guild_id)
        handled = await repo.nudged_weeks(guild_id, logic.week_of(now, "UTC") - 2 * logic.WEEK)
        for user_id, locale in optins:
            zone = zones.get(user_id, "UTC")
            week, due = logic.next_nudge(now, zone, handled.get(user_id, []))
            if due > now:
                upcoming = min(upcoming, due)
                continue
            await self.nudge(guild_id, user_id, locale, now)
            _week, due = logic.next_nudge(now, zone, [*handled.get(user_id, []), week])
            upcoming = min(upcoming, due)
        return upcoming

    async def nudge(self, guild_id: int, user_id: int, locale: str, now: datetime) -> None:
        repo = self.service.repo
        member = await self.service.member_streak(guild_id, user_id, now)
        s = member.streak
        if s.kept_this_week:
            await repo.record_nudge(guild_id, user_id, s.week, "kept", now)
            return
        if not await repo.record_nudge(guild_id, user_id, s.week, "sent", now, self._claim_until()):
            return
        guild = self.bot.get_guild(guild_id)
        name = guild.name if guild is not None else (await self.bot.fetch_guild(guild_id)).name
        t = self.bot.messages(locale)
        end, relative = moment(logic.week_end(s.week, member.creator.zone))
        text = t(
            "streak-nudge-dm",
            guild=name,
            end=end,
            relative=relative,
            bar=logic.progress_bar(s.posts_this_week, s.goal),
            left=s.left_this_week,
        )
        if s.current > 0:
            text += " " + t("streak-nudge-dm-streak", streak=s.current)
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            await user.send(text, nonce=f"nudge-{user_id % 10**8}-{s.week}"[:25])
        except discord.Forbidden:
            log.debug("member %s keeps DMs closed; nudge skipped", user_id)
            await repo.update_nudge(guild_id, user_id, s.week, "dm_closed")
            return
        except discord.HTTPException as error:
            log.warning("could not DM the nudge to member %s: %s", user_id, error)
            await repo.update_nudge(guild_id, user_id, s.week, "dm_closed")
            return
        await repo.update_nudge(guild_id, user_id, s.week, "sent")  # its claim ends
