"""A click or a form that nothing in the bot handles any more is still answered.

Buttons outlive the views behind them: a Confirm prompt whose view timed out or was held
by the process before a restart, or a custom_id crafted by hand. Discord shows "This
interaction failed" for any interaction left unanswered; the bot answers instead, in the
member's language, ephemerally, and changes nothing.
"""

from __future__ import annotations

import pytest

from tests.e2e.test_live_reminders import schedule
from tests.support.harness import Harness

EXPIRED = {
    "en-US": "These buttons no longer work",
    "no": "Disse knappene virker ikke lenger",
    "zh-CN": "这些按钮已经失效",
}


@pytest.mark.parametrize("locale", sorted(EXPIRED))
async def test_a_confirm_prompt_from_before_a_restart_is_answered_and_changes_nothing(
    harness: Harness, locale: str
) -> None:
    h = harness
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    prompt = await h.slash(h.alice, "privacy delete", locale=locale)
    await h.restart()
    confirm = next(b for row in prompt.message["components"] for b in row["components"])
    answer = await h.click(h.alice, prompt.message, confirm["custom_id"], locale=locale)
    assert EXPIRED[locale] in answer.text, answer.text
    assert answer.ephemeral
    assert h.rows("SELECT timezone FROM members") == [{"timezone": "Europe/Oslo"}]


async def test_crafted_custom_ids_and_unknown_forms_are_answered(harness: Harness) -> None:
    h = harness
    await schedule(h)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    rsvps = h.rows("SELECT COUNT(*) AS n FROM live_rsvps")[0]["n"]
    crafted = [
        "nonsense",
        "x" * 100,
        # The shape of a real RSVP button, for a LIVE whose button is not on this message.
        "live:rsvp:999999:going",
    ]
    for custom_id in crafted:
        answer = await h.click(h.bob, announcement, custom_id, allow_invalid=True)
        assert EXPIRED["en-US"] in answer.text, (custom_id, answer.text)
        assert answer.ephemeral
    form = await h.submit_modal(h.bob, {"custom_id": "no-such-form", "components": []}, {})
    assert EXPIRED["en-US"] in form.text and form.ephemeral
    assert h.rows("SELECT COUNT(*) AS n FROM live_rsvps")[0]["n"] == rsvps


async def test_buttons_that_are_handled_get_exactly_one_answer(harness: Harness) -> None:
    h = harness
    await schedule(h)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    going = next(
        b["custom_id"]
        for row in announcement["components"]
        for b in row["components"]
        if b["custom_id"].endswith(":going")
    )
    answer = await h.click(h.bob, announcement, going)
    assert EXPIRED["en-US"] not in answer.text
    callbacks = [r for r in answer.requests if r.path.endswith("/callback")]
    assert len(callbacks) == 1, [r.path for r in answer.requests]
    assert h.rows("SELECT COUNT(*) AS n FROM live_rsvps")[0]["n"] == 1
