"""Every click is answered: a double-click on Confirm, or Confirm and Cancel at once."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.harness import Harness


async def double_click(h: Harness, prompt_message: dict, first: str, second: str, locale: str):
    return await asyncio.gather(
        h.click(h.alice, prompt_message, first, locale=locale),
        h.click(h.alice, prompt_message, second, locale=locale),
    )


@pytest.mark.parametrize("second", ["Confirm", "Cancel"])
async def test_privacy_delete_answers_both_clicks(harness: Harness, second: str) -> None:
    h = harness
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    prompt = await h.slash(h.alice, "privacy delete")
    one, two = await double_click(
        h,
        prompt.message,
        prompt.button("Confirm")["custom_id"],
        prompt.button(second)["custom_id"],
        "en-US",
    )
    texts = sorted([one.text, two.text])
    assert any("deleted from this server" in text for text in texts), texts
    assert any("already answered" in text for text in texts), texts
    assert h.rows("SELECT * FROM members") == []


async def test_availability_clear_answers_both_clicks_in_the_members_language(
    harness: Harness,
) -> None:
    h = harness
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    await h.slash(h.alice, "availability set", {"days": "mon", "from": "18:00", "to": "20:00"})
    prompt = await h.slash(h.alice, "availability clear", locale="no")
    confirm = prompt.button("Bekreft")["custom_id"]
    one, two = await double_click(h, prompt.message, confirm, confirm, "no")
    texts = [one.text, two.text]
    assert any("allerede besvart" in text for text in texts), texts
    assert sum("allerede besvart" in text for text in texts) == 1
    assert h.rows("SELECT * FROM availability_windows") == []
