"""/live report and the "How did it go?" button: a member's numbers of one LIVE.

TikTok has no public API for LIVE analytics, so the numbers are typed from TikTok's LIVE
summary screen. A report is refused whole (nothing saved) when anything is wrong with it;
a refused report form says which field is wrong and keeps what was typed: its button
opens the form again, filled in as it was, the wrong field marked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.errors import BadInput, NotAllowed, NotFound
from bot.parsing import parse_count
from bot.replies import send
from cogs.live.after import logic
from cogs.live.after.render import figure, report_card
from cogs.live.after.views import CorrectReportView, ReportModal
from storage.live import Live, LiveRepository
from storage.live_reports import Figures, LiveReportRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages
    from bot.types import Interaction

IsModerator = Callable[["Interaction"], Awaitable[bool]]
MIN_UNSCHEDULED = timedelta(minutes=1)
MAX_UNSCHEDULED = timedelta(hours=24)


class BadField(BadInput):
    """What is wrong with a report, and the field of the report form it is about (None when
    it is about no one field)."""

    def __init__(self, field: str | None, error: BadInput) -> None:
        super().__init__(error.key, **error.args_)
        self.field = field


def form_field(figure_name: str) -> str | None:
    """The report form's field of a figure (None for a figure the form does not ask)."""
    name = "avg_watch" if figure_name == "avg_watch_seconds" else figure_name
    return name if name in ReportModal.FIELDS else None


def modal_values(values: Mapping[str, str]) -> Figures:
    """The report modal's text, read with the shared count and watch-time formats; a field
    that cannot be read raises ``BadField`` naming it."""
    found: dict[str, int] = {}
    for name in ReportModal.FIELDS:
        text = values.get(name)
        if text is None:
            continue
        try:
            if name == "avg_watch":
                found["avg_watch_seconds"] = logic.parse_watch(text)
            else:
                found[name] = parse_count(text)
        except BadInput as error:
            raise BadField(name, error) from None
    return Figures(**found)


class Reports:
    """Reports: ``/live report``, and what the report button asks for (``ReportButtons``)."""

    def __init__(self, bot: CreatorBot, lives: LiveRepository, is_moderator: IsModerator) -> None:
        self.bot = bot
        self.lives = lives
        self.is_moderator = is_moderator
        self.repo = LiveReportRepository(bot.db)

    async def started(self, guild_id: int, live: Live, now: datetime) -> Live:
        if live.status == "cancelled":
            raise BadInput("live-report-cancelled", number=live.number)
        if live.starts_at > now:
            raise BadInput("live-report-not-started", number=live.number)
        return live

    # -- /live report --------------------------------------------------------------------

    async def report_scheduled(
        self, interaction: Interaction, guild_id: int, number: int, target: int, given: Figures
    ) -> None:
        live = await self.lives.by_number(guild_id, number)
        if live is None:
            raise NotFound("live-error-no-number", number=number)
        await self.started(guild_id, live, self.bot.clock.now())
        if target not in await self.lives.crew(live):
            raise NotAllowed("live-report-not-on-live", member=f"<@{target}>", number=number)
        if target != interaction.user.id and not await self.is_moderator(interaction):
            raise NotAllowed("live-report-only-yours")
        minutes = int(live.duration.total_seconds() // 60)
        await self.record(interaction, guild_id, target, live, live.starts_at, minutes, given)

    async def report_unscheduled(
        self,
        interaction: Interaction,
        guild_id: int,
        started_at: datetime,
        duration: timedelta | None,
        target: int,
        given: Figures,
    ) -> None:
        if target != interaction.user.id:
            raise NotAllowed("live-report-unscheduled-yours")
        problem = logic.when_problem(started_at, self.bot.clock.now())
        if problem:
            raise BadInput(problem, days=logic.MAX_BACK.days)
        if duration is None:
            raise BadInput("live-report-need-duration")
        minutes = int(duration.total_seconds() // 60)
        started = started_at.replace(second=0, microsecond=0)
        await self.record(interaction, guild_id, target, None, started, minutes, given)

    async def record(
        self,
        interaction: Interaction,
        guild_id: int,
        target: int,
        live: Live | None,
        started_at: datetime,
        minutes: int,
        given: Figures,
    ) -> None:
        """Check the report against what was reported before, save it, show the result."""
        if not given.given():
            raise BadField(None, BadInput("live-report-no-figures"))
        live_id = live.id if live is not None else None
        old = await self.repo.get(guild_id, target, live_id, started_at)
        figures = old.figures.merged(given) if old is not None else given
        problem = logic.figure_problem(figures, minutes)
        if problem:
            key, name = problem
            raise BadField(form_field(name), BadInput(key, minutes=minutes))
        now = self.bot.clock.now()
        saved = await self.repo.save(
            guild_id, target, live_id, started_at, minutes, figures, interaction.user.id, now
        )
        t = await self.bot.messages_for(interaction)
        earlier = await self.repo.earlier(guild_id, target, started_at)
        others = (
            [r for r in await self.repo.for_live(guild_id, live.id) if r.user_id != target]
            if live is not None
            else []
        )
        changed = logic.changes(old.figures, figures) if old is not None else None
        card = report_card(t, saved, live, earlier, changed, others)
        await send(interaction, embed=card, ephemeral=True)

    # -- the "How did it go?" button and its modal -----------------------------------------

    async def _own_started(self, interaction: Interaction, guild_id: int, live_id: int) -> Live:
        if interaction.guild_id is not None and interaction.guild_id != guild_id:
            raise NotFound("live-error-not-found")
        live = await self.lives.get(guild_id, live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        await self.started(guild_id, live, self.bot.clock.now())
        if interaction.user.id not in await self.lives.crew(live):
            raise NotAllowed(
                "live-report-not-on-live", member=f"<@{interaction.user.id}>", number=live.number
            )
        return live

    async def open_report(self, interaction: Interaction, guild_id: int, live_id: int) -> None:
        live = await self._own_started(interaction, guild_id, live_id)
        t = await self.bot.messages_for(interaction)
        old = await self.repo.get(guild_id, interaction.user.id, live.id, live.starts_at)
        current: dict[str, str] = {}
        if old is not None:
            for name in ReportModal.FIELDS:
                key = "avg_watch_seconds" if name == "avg_watch" else name
                value = getattr(old.figures, key)
                if value is not None:
                    current[name] = f"{value}s" if name == "avg_watch" else str(value)
        await interaction.response.send_modal(ReportModal(t, guild_id, live.id, current))

    async def report_submitted(
        self, interaction: Interaction, guild_id: int, live_id: int, values: Mapping[str, str]
    ) -> None:
        live = await self._own_started(interaction, guild_id, live_id)
        minutes = int(live.duration.total_seconds() // 60)
        try:
            given = modal_values(values)
            await self.record(
                interaction, guild_id, interaction.user.id, live, live.starts_at, minutes, given
            )
        except BadField as error:
            await self.ask_to_correct(interaction, guild_id, live.id, values, error)

    async def ask_to_correct(
        self,
        interaction: Interaction,
        guild_id: int,
        live_id: int,
        values: Mapping[str, str],
        error: BadField,
    ) -> None:
        """A refused report form: what is wrong and in which field, nothing saved, and a
        button that opens the form again with what was typed (the wrong field marked)."""
        if error.field is None or not values:
            raise error  # about no one field, or nothing was typed: the short refusal
        t = await self.bot.messages_for(interaction)
        typed = dict(values)

        async def reopen(pressed: Interaction) -> None:
            await self._own_started(pressed, guild_id, live_id)
            own = await self.bot.messages_for(pressed)
            modal = ReportModal(own, guild_id, live_id, typed, flagged=error.field)
            await pressed.response.send_modal(modal)

        text = t(
            "live-report-form-refused",
            field=t(f"live-report-field-{error.field}"),
            problem=t(error.key, **error.shown_args()),
        )
        view = CorrectReportView(t, owner_id=interaction.user.id, on_press=reopen)
        await send(interaction, text, view=view, ephemeral=True)

    async def choices(
        self, guild_id: int, user_id: int, query: str, now: datetime, *, upcoming: bool
    ) -> list[tuple[int, str, datetime]]:
        """(number, title, start) of the LIVEs to offer as the member types (autocomplete)."""
        return await self.repo.choices(guild_id, user_id, query, now, upcoming=upcoming)

    # -- /profile show -----------------------------------------------------------------------

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        latest, count = await self.repo.summary(guild_id, user_id)
        if latest is None:
            return None
        return t(
            "live-profile-report",
            viewers=figure(t, "viewers", latest.figures.viewers),
            new=figure(t, "new_followers", latest.figures.new_followers),
            count=count,
        )
