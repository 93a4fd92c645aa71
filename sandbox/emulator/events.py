"""Guild scheduled events, validated the way Discord validates them, and started and
completed on the emulator's clock the way Discord does it for EXTERNAL events.

Discord moves an EXTERNAL event to ACTIVE at its start time and to COMPLETED at its end
time by itself (COMPLETED is final, and no longer counts toward the 100 scheduled or active
events a server may have). The emulator does it on its clock: a task sleeps until the next
start or end and announces the change over the gateway and to its observers, and anything
that looks at the events first catches up with the clock, so a jump of the clock is never
missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from typing import Any

from aiohttp import web

from .models import CREATE_EVENTS, MANAGE_EVENTS, Guild, guild_permissions
from .results import RecordedRequest
from .snowflake import parse_iso
from .state import (
    MISSING_PERMISSIONS,
    ApiError,
    EmulatorState,
    invalid_form,
    json_response,
    no_content,
)

Match = re.Match[str]

EXTERNAL = 3
SCHEDULED, ACTIVE, COMPLETED = 1, 2, 3
ACTIVE_STATUSES = (SCHEDULED, ACTIVE)
# Allowed status transitions: scheduled -> active/canceled, active -> completed.
TRANSITIONS = {1: {1, 2, 4}, 2: {2, 3}}


class EventsMixin(EmulatorState):
    def _register_event_routes(self) -> None:
        r = self._route
        base = r"/guilds/(?P<guild>\d+)/scheduled-events"
        r("GET", base, self._list_events)
        r("POST", base, self._create_event)
        r("GET", base + r"/(?P<event>\d+)", self._get_event)
        r("PATCH", base + r"/(?P<event>\d+)", self._patch_event)
        r("DELETE", base + r"/(?P<event>\d+)", self._delete_event)

    def scheduled_events(self, guild_id: int) -> list[dict[str, Any]]:
        """Scheduled events currently in a guild (deleted ones are gone), as of the clock."""
        self.run_event_clock()
        return list(self.events.get(guild_id, {}).values())

    # -- starting and completing on the clock ---------------------------------------------

    def run_event_clock(self) -> None:
        """Start every EXTERNAL event whose start time has come and complete every one whose
        end time has, each change announced (GUILD_SCHEDULED_EVENT_UPDATE) as Discord does."""
        now = self.now()
        for events in self.events.values():
            for event in events.values():
                if event.get("entity_type") != EXTERNAL:
                    continue
                start = _moment(event.get("scheduled_start_time"))
                end = _moment(event.get("scheduled_end_time"))
                if (
                    event["status"] == SCHEDULED
                    and start is not None
                    and start + self.event_start_lag <= now
                ):
                    self._set_event_status(event, ACTIVE)
                if event["status"] == ACTIVE and end is not None and end <= now:
                    self._set_event_status(event, COMPLETED)

    def _set_event_status(self, event: dict[str, Any], status: int) -> None:
        event["status"] = status
        self._dispatch("GUILD_SCHEDULED_EVENT_UPDATE", event)
        self.notify("event", event)

    def _next_event_change(self) -> dt.datetime | None:
        """When the next EXTERNAL event starts or ends."""
        moments: list[dt.datetime] = []
        for events in self.events.values():
            for event in events.values():
                if event.get("entity_type") != EXTERNAL:
                    continue
                key = {SCHEDULED: "scheduled_start_time", ACTIVE: "scheduled_end_time"}.get(
                    event["status"]
                )
                moment = _moment(event.get(key)) if key else None
                if moment is not None:
                    lag = self.event_start_lag if event["status"] == SCHEDULED else dt.timedelta(0)
                    moments.append(moment + lag)
        return min(moments, default=None)

    def _events_changed(self) -> None:
        """An event was created, moved or deleted: the clock task looks again."""
        self._event_wake.set()

    def _start_event_clock(self) -> None:
        """The task that starts and completes events on time (with a clock that can sleep)."""
        if not hasattr(self.clock, "sleep_until"):
            return  # a clock that cannot sleep: events still catch up whenever looked at
        self._event_task = asyncio.create_task(self._event_clock(), name="emulator-event-clock")

    async def _stop_event_clock(self) -> None:
        task = self._event_task
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            self._event_task = None

    async def _event_clock(self) -> None:
        sleep_until = self.clock.sleep_until  # type: ignore[attr-defined]
        while True:
            self._event_wake.clear()
            self.run_event_clock()
            due = self._next_event_change()
            waiters = {asyncio.ensure_future(self._event_wake.wait())}
            if due is not None:
                waiters.add(asyncio.ensure_future(sleep_until(due)))
            try:
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()

    def _events_guild(self, m: Match) -> Guild:
        guild = self.guilds.get(int(m["guild"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return guild

    def _bot_event_perms(self, guild: Guild) -> int:
        return guild_permissions(guild, self.bot_member(guild))

    def _event_or_404(self, guild: Guild, m: Match) -> dict[str, Any]:
        event = self.events.get(guild.id, {}).get(int(m["event"]))
        if event is None:
            raise ApiError(404, 10070, "Unknown Guild Scheduled Event")
        return event

    async def _list_events(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self._events_guild(m)
        return json_response(self.scheduled_events(guild.id))

    async def _get_event(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self._events_guild(m)
        return json_response(self._event_or_404(guild, m))

    async def _create_event(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self._events_guild(m)
        if not self._bot_event_perms(guild) & (CREATE_EVENTS | MANAGE_EVENTS):
            raise ApiError(*MISSING_PERMISSIONS)
        body: dict[str, Any] = req.json if isinstance(req.json, dict) else {}
        for key in ("name", "privacy_level", "scheduled_start_time", "entity_type"):
            if body.get(key) is None:
                raise invalid_form([key], "BASE_TYPE_REQUIRED", "This field is required")
        event: dict[str, Any] = {
            "id": str(self.new_id()),
            "guild_id": str(guild.id),
            "channel_id": None,
            "creator_id": str(self.bot_user_id),
            "creator": self.bot_user.payload(),
            "name": None,
            "description": None,
            "scheduled_start_time": None,
            "scheduled_end_time": None,
            "privacy_level": 2,
            "status": 1,
            "entity_type": None,
            "entity_id": None,
            "entity_metadata": None,
            "user_count": 0,
            "image": None,
            "recurrence_rule": None,
        }
        self._apply_event_fields(guild, event, body, creating=True)
        active = [e for e in self.scheduled_events(guild.id) if e["status"] in ACTIVE_STATUSES]
        if len(active) >= self.max_scheduled_events:
            raise ApiError(
                400,
                30038,
                f"Maximum number of guild scheduled events reached ({self.max_scheduled_events})",
            )
        self.events.setdefault(guild.id, {})[int(event["id"])] = event
        self._dispatch("GUILD_SCHEDULED_EVENT_CREATE", event)
        self.notify("event", event)
        self._events_changed()
        return json_response(event)

    async def _patch_event(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self._events_guild(m)
        event = self._event_or_404(guild, m)
        self._check_manage(guild, event)
        body: dict[str, Any] = req.json if isinstance(req.json, dict) else {}
        updated = dict(event)
        self._apply_event_fields(guild, updated, body, creating=False)
        event.clear()
        event.update(updated)
        self._dispatch("GUILD_SCHEDULED_EVENT_UPDATE", event)
        self.notify("event", event)
        self._events_changed()
        return json_response(event)

    async def _delete_event(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self._events_guild(m)
        event = self._event_or_404(guild, m)
        self._check_manage(guild, event)
        del self.events[guild.id][int(event["id"])]
        self._dispatch("GUILD_SCHEDULED_EVENT_DELETE", event)
        self.notify("event_delete", event)
        self._events_changed()
        return no_content()

    def _check_manage(self, guild: Guild, event: dict[str, Any]) -> None:
        perms = self._bot_event_perms(guild)
        own = event.get("creator_id") == str(self.bot_user_id)
        if not (perms & MANAGE_EVENTS or (own and perms & CREATE_EVENTS)):
            raise ApiError(*MISSING_PERMISSIONS)

    def _apply_event_fields(
        self, guild: Guild, event: dict[str, Any], body: dict[str, Any], *, creating: bool
    ) -> None:
        """Merge ``body`` into ``event`` and validate the result like Discord."""
        old_status = event["status"]
        for key in (
            "name",
            "description",
            "scheduled_start_time",
            "scheduled_end_time",
            "privacy_level",
            "entity_type",
            "channel_id",
            "entity_metadata",
            "status",
            "image",
            "recurrence_rule",
        ):
            if key in body:
                event[key] = body[key]
        name = event.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= 100:
            raise invalid_form(
                ["name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
            )
        description = event.get("description")
        if description is not None and len(description) > 1000:
            raise invalid_form(
                ["description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1000 in length."
            )
        if event.get("privacy_level") != 2:
            raise invalid_form(["privacy_level"], "BASE_TYPE_CHOICES", "Value must be one of {2}.")
        start = _parse_time(["scheduled_start_time"], event.get("scheduled_start_time"))
        now = self.now()
        if start is None:
            raise invalid_form(
                ["scheduled_start_time"], "BASE_TYPE_REQUIRED", "This field is required"
            )
        if (creating or "scheduled_start_time" in body) and event["status"] == 1 and start < now:
            raise invalid_form(
                ["scheduled_start_time"],
                "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST",
                "Cannot schedule event in the past.",
            )
        end = _parse_time(["scheduled_end_time"], event.get("scheduled_end_time"))
        if end is not None and end <= start:
            raise invalid_form(
                ["scheduled_end_time"],
                "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
                "Cannot schedule event to end before starting.",
            )
        entity_type = event.get("entity_type")
        if entity_type not in (1, 2, EXTERNAL):
            raise invalid_form(
                ["entity_type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}."
            )
        if entity_type == EXTERNAL:
            location = (event.get("entity_metadata") or {}).get("location")
            if not isinstance(location, str) or not 1 <= len(location) <= 100:
                raise invalid_form(
                    ["entity_metadata", "location"],
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 100 in length.",
                )
            if end is None:
                raise invalid_form(
                    ["scheduled_end_time"],
                    "GUILD_SCHEDULED_EVENT_REQUIRES_END_TIME",
                    "External events require an end time.",
                )
            if event.get("channel_id") is not None:
                raise invalid_form(
                    ["channel_id"],
                    "GUILD_SCHEDULED_EVENT_CHANNEL_FORBIDDEN",
                    "External events cannot have a channel.",
                )
        else:
            channel = self.channels.get(int(event.get("channel_id") or 0))
            if channel is None or channel.deleted or channel.guild_id != guild.id:
                raise invalid_form(["channel_id"], "CHANNEL_INVALID", "Unknown channel.")
            event["channel_id"] = str(channel.id)
            event["entity_metadata"] = None
        if event["status"] != old_status and event["status"] not in TRANSITIONS.get(
            old_status, {old_status}
        ):
            raise invalid_form(
                ["status"],
                "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION",
                "Invalid status transition.",
            )


def _moment(value: Any) -> dt.datetime | None:
    """A stored event time, or None when absent or unreadable."""
    if value is None:
        return None
    try:
        return parse_iso(str(value))
    except ValueError:
        return None


def _parse_time(path: list[str], value: Any) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return parse_iso(str(value))
    except ValueError:
        raise invalid_form(path, "DATE_TIME_TYPE_PARSE", "Could not parse the date.") from None
