"""The demo server: its channels and members in the emulator, and their history in the database.

Members live in different timezones and speak different languages, so a person trying the
bot sees replies in Norwegian, Chinese and English and timestamps in each member's time.
Ids are fixed, so a kept sandbox database still matches the server after a restart. The
history (timezones, availability, months of ER results and posts) goes in through the
bot's own storage layer; the group LIVE next week is scheduled through the bot itself. Each
creator also has an account on the local TikTok to connect with /tiktok connect.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cogs.er.logic import rate_by_views
from cogs.streaks.logic import local_day, week_of_day
from sandbox.emulator import (
    DEFAULT_MEMBER_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    DiscordEmulator,
    InteractionResult,
)
from sandbox.tiktok import FakeTikTok
from storage import Database
from storage.availability import AvailabilityRepository
from storage.er import ErRepository, NewErResult
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.streaks import NewPost, StreakRepository

# Fixed snowflakes (they decode to 2024-06-01), one per object of the demo server.
_BASE = (int(datetime(2024, 6, 1, tzinfo=UTC).timestamp() * 1000) - 1420070400000) << 22


def _id(n: int) -> int:
    return _BASE + n


GUILD_ID = _id(1)
BOT_ID = _id(2)  # the bot's user (and application) in the local Discord
GENERAL, ANNOUNCEMENTS, RECAPS = _id(10), _id(11), _id(12)
MODERATOR_ROLE, CREATOR_ROLE = _id(20), _id(21)
WEEKDAYS, EVERY_DAY = frozenset(range(5)), frozenset(range(7))


@dataclass(frozen=True)
class DemoMember:
    id: int
    name: str
    locale: str  # what their Discord client sends with each interaction
    zone: str  # where their device shows times
    role: str  # a word for the member list
    handle: str | None = None
    followers: int | None = None
    permissions: int = DEFAULT_MEMBER_PERMISSIONS
    windows: tuple[tuple[frozenset[int], time, time], ...] = ()
    creator: bool = True

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "locale": self.locale,
            "zone": self.zone,
            "role": self.role,
            "permissions": str(self.permissions),
        }


MEMBERS: tuple[DemoMember, ...] = (
    DemoMember(
        _id(100),
        "Ola",
        "no",
        "Europe/Oslo",
        "creator",
        "ola.lager",
        18_400,
        windows=((WEEKDAYS, time(19), time(23)), (frozenset({5, 6}), time(12), time(22))),
    ),
    DemoMember(
        _id(101),
        "Li",
        "zh-CN",
        "Asia/Shanghai",
        "creator",
        "li.daily",
        52_300,
        windows=((EVERY_DAY, time(20), time(23, 30)),),
    ),
    DemoMember(
        _id(102),
        "Ana",
        "en-US",
        "America/Sao_Paulo",
        "creator",
        "ana.cria",
        9_700,
        windows=((EVERY_DAY, time(15), time(22)),),
    ),
    DemoMember(
        _id(103),
        "Sam",
        "en-US",
        "America/New_York",
        "creator",
        "sam.makes",
        31_000,
        windows=((WEEKDAYS, time(9), time(17)),),
    ),
    DemoMember(
        _id(104),
        "Noor",
        "en-GB",
        "Europe/London",
        "LIVE moderator",
        permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_EVENTS,
        windows=((EVERY_DAY, time(10), time(23)),),
        creator=False,
    ),
    DemoMember(
        _id(105),
        "Kari",
        "en-US",
        "Europe/Berlin",
        "server manager",
        permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD | MANAGE_EVENTS,
        creator=False,
    ),
)


# More creators of the server, not in the page's "You are" list: with them, each follower
# tier of the demo has the five other members a community percentile needs.
COMMUNITY: tuple[DemoMember, ...] = (
    DemoMember(_id(110), "Mia", "en-US", "America/Chicago", "creator", "mia.bakes", 12_800),
    DemoMember(_id(111), "Jonas", "no", "Europe/Oslo", "creator", "jonas.fjell", 7_400),
    DemoMember(_id(112), "Wei", "zh-CN", "Asia/Shanghai", "creator", "wei.cooks", 15_600),
    DemoMember(_id(113), "Lucía", "en-US", "America/Mexico_City", "creator", "lucia.art", 6_300),
    DemoMember(_id(114), "Chen", "zh-CN", "Asia/Taipei", "creator", "chen.tech", 27_500),
    DemoMember(_id(115), "Ingrid", "no", "Europe/Oslo", "creator", "ingrid.ski", 44_000),
    DemoMember(_id(116), "Tom", "en-GB", "Europe/London", "creator", "tom.runs", 63_000),
    DemoMember(_id(117), "Aisha", "en-US", "Asia/Dubai", "creator", "aisha.style", 88_000),
)


def member(name: str) -> DemoMember:
    return next(m for m in (*MEMBERS, *COMMUNITY) if m.name == name)


def build_world(emu: DiscordEmulator) -> None:
    """The demo server in the emulator: channels, roles and members (no messages)."""
    emu.add_guild(GUILD_ID, name="Creator Lounge")
    for channel_id, name in (
        (GENERAL, "general"),
        (ANNOUNCEMENTS, "live-announcements"),
        (RECAPS, "recaps"),
    ):
        emu.add_channel(GUILD_ID, channel_id=channel_id, name=name)
    emu.add_role(GUILD_ID, role_id=MODERATOR_ROLE, name="LIVE moderators")
    emu.add_role(GUILD_ID, role_id=CREATOR_ROLE, name="Creators")
    for m in (*MEMBERS, *COMMUNITY):
        roles = [CREATOR_ROLE] if m.creator else []
        if m.permissions & MANAGE_EVENTS:
            roles.append(MODERATOR_ROLE)
        emu.add_member(GUILD_ID, m.id, name=m.name, permissions=m.permissions, roles=roles)


async def seed_history(db: Database, now: datetime) -> None:
    """Settings, profiles, availability and months of ER results and posts, as of ``now``."""
    rng = random.Random(16)  # the same demo every time
    guilds = GuildRepository(db)
    await guilds.update(
        GUILD_ID,
        now,
        live_channel_id=ANNOUNCEMENTS,
        recap_channel_id=RECAPS,
        mod_role_id=MODERATOR_ROLE,
    )
    members = MemberRepository(db)
    availability = AvailabilityRepository(db)
    er = ErRepository(db)
    streaks = StreakRepository(db)
    for m in (*MEMBERS, *COMMUNITY):
        profile: dict[str, object] = {"timezone": m.zone}
        if m.handle:
            profile["tiktok_handle"] = m.handle
        if m.followers:
            profile["followers"] = m.followers
        await members.update(GUILD_ID, m.id, now - timedelta(days=120), **profile)
        if m.windows:
            await availability.replace(GUILD_ID, m.id, list(m.windows), now - timedelta(days=90))
        if not m.creator:
            continue
        await members.set_weekly_goal(GUILD_ID, m.id, 3, now - timedelta(days=120))
        posts: list[NewPost] = []
        base_views = (m.followers or 10_000) * rng.uniform(0.6, 1.4)
        for weeks_ago in range(16, 0, -1):
            for _ in range(rng.choice((1, 2, 3, 3, 4))):
                local = (now - timedelta(weeks=weeks_ago, days=rng.randrange(7))).astimezone(
                    ZoneInfo(m.zone)
                )
                posted = local.replace(hour=rng.randrange(12, 22), minute=rng.randrange(60))
                day = local_day(posted, m.zone)
                url = f"https://www.tiktok.com/@{m.handle}/video/7{rng.randrange(10**17, 10**18)}"
                posts.append(NewPost(GUILD_ID, m.id, url, posted, m.zone, day, week_of_day(day)))
                views = int(base_views * rng.uniform(0.4, 2.2))
                likes = int(views * rng.uniform(0.05, 0.11))
                comments = int(likes * rng.uniform(0.04, 0.1))
                shares = int(likes * rng.uniform(0.02, 0.08))
                rate = rate_by_views(views, likes, comments, shares)
                new = NewErResult(
                    GUILD_ID,
                    m.id,
                    "views",
                    float(rate),
                    likes,
                    comments,
                    views=views,
                    shares=shares,
                    followers=m.followers,  # where the community percentile places them
                    video_url=url,
                )
                await er.save(new, posted.astimezone(UTC) + timedelta(hours=20))
        await streaks.bulk_insert(posts, now - timedelta(hours=1))


def next_week_saturday(now: datetime, zone: str, typed_in: str) -> str:
    """Saturday next week at 14:00 in ``zone``, as someone in ``typed_in`` types it."""
    local = now.astimezone(ZoneInfo(zone))
    saturday = local.date() + timedelta(days=7 - local.weekday() + 5)
    moment = datetime.combine(saturday, time(14), tzinfo=ZoneInfo(zone))
    return f"{moment.astimezone(ZoneInfo(typed_in)):%Y-%m-%d %H:%M}"


async def schedule_group_live(emu: DiscordEmulator, now: datetime) -> None:
    """The group LIVE next week, scheduled by the moderator through the bot, with RSVPs.

    Saturday 14:00 in Oslo is Ola's weekend afternoon and 20:00 or 21:00 in Shanghai, Li's
    evening: inside both hosts' windows all year round.
    """
    noor, ola, li = member("Noor"), member("Ola"), member("Li")
    options = {
        "title": "Group LIVE: growing together",
        "when": next_week_saturday(now, ola.zone, noor.zone),
        "duration": "1h30",
        "host1": ola.id,
        "host2": li.id,
        "description": "Two creators, one hour and a half, your questions.",
    }
    preview = await emu.slash(
        GUILD_ID, noor.id, "live schedule", options, locale=noor.locale, channel_id=GENERAL
    )
    confirm = _button(preview, ":confirm")
    await emu.click(GUILD_ID, noor.id, preview.message or {}, confirm, locale=noor.locale)
    announced = [msg for msg in emu.channel_messages(ANNOUNCEMENTS) if msg.get("components")]
    if not announced:
        raise RuntimeError("the group LIVE was not announced")
    announcement = announced[-1]
    for name, choice in (("Ola", "going"), ("Li", "going"), ("Sam", "maybe")):
        who = member(name)
        custom_id = _component_ending(announcement, f":{choice}")
        await emu.click(GUILD_ID, who.id, announcement, custom_id, locale=who.locale)


def _button(result: InteractionResult, suffix: str) -> str:
    for button in result.buttons:
        if str(button.get("custom_id", "")).endswith(suffix):
            return str(button["custom_id"])
    raise RuntimeError(f"no {suffix} button in the bot's reply: {result.text[:200]}")


def _component_ending(message: dict[str, Any], suffix: str) -> str:
    for row in message.get("components") or []:
        for comp in row.get("components") or []:
            if str(comp.get("custom_id", "")).endswith(suffix):
                return str(comp["custom_id"])
    raise RuntimeError(f"no {suffix} component on the announcement")


def add_tiktok_accounts(tiktok: FakeTikTok, now: datetime) -> None:
    """A TikTok account for each demo creator on the local TikTok, with about a video every
    other day of the last two months, so connecting one fills history, tier and streak."""
    rng = random.Random(26)  # the same accounts every time
    for m in MEMBERS:
        if not m.creator or m.handle is None:
            continue
        account = tiktok.add_account(
            m.handle,
            m.name,
            open_id=f"-000demo{m.id}",
            follower_count=m.followers or 5_000,
        )
        base_views = (m.followers or 10_000) * rng.uniform(0.6, 1.4)
        for n in range(30):
            posted = now - timedelta(days=2 * n + rng.uniform(0.2, 1.8))
            views = 0 if n == 0 and rng.random() < 0.5 else int(base_views * rng.uniform(0.4, 2.2))
            likes = int(views * rng.uniform(0.05, 0.11))
            tiktok.add_video(
                account,
                posted,
                title=rng.choice(_TITLES),
                view_count=views,
                like_count=likes,
                comment_count=int(likes * rng.uniform(0.04, 0.1)),
                share_count=int(likes * rng.uniform(0.02, 0.08)),
                public=rng.random() > 0.05,
            )


_TITLES = (
    "Morning routine in 30 seconds",
    "Trying the trend everyone asked for",
    "Behind the scenes of today's shoot",
    "Three tips I wish I knew earlier",
    "Q&A: your questions, my answers",
    "A day in my life",
    "Duet with a follower",
    "Before and after",
)
