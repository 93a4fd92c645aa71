"""Replies about the member themself are public by default and private when asked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.harness import Harness

VIEWS = {"views": "50K", "likes": "4.5K", "comments": "300", "shares": "200"}
FOLLOWERS = {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"}

COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("er views", VIEWS),
    ("er followers", FOLLOWERS),
    ("er history", {}),
    ("post log", {}),
    ("profile show", {}),
    ("timezone show", {}),
    ("streak show", {}),
]


async def prepare(h: Harness) -> None:
    """Something to show for every command: a saved result and a timezone."""
    await h.slash(h.alice, "er views", {**VIEWS, "private": True})
    await h.slash(h.alice, "timezone set", {"zone": "Europe/Oslo"})


@pytest.mark.parametrize(("command", "options"), COMMANDS)
async def test_private_replies_only_to_the_member(
    harness: Harness, command: str, options: dict[str, Any]
) -> None:
    h = harness
    await prepare(h)
    public = await h.slash(h.alice, command, options)
    assert not public.ephemeral and public.text
    private = await h.slash(h.alice, command, {**options, "private": True})
    assert private.ephemeral
    assert private.text


async def test_a_private_result_can_still_be_saved_anyway(harness: Harness) -> None:
    h = harness
    r = await h.slash(
        h.alice,
        "er views",
        {"views": "100", "likes": "250", "comments": "30", "shares": "20", "private": True},
    )
    assert r.ephemeral
    saved = await h.click(h.alice, r.message, r.button("Save anyway")["custom_id"])
    assert "Saved to your history as you confirmed it" in saved.text
    assert len(h.rows("SELECT * FROM er_results WHERE confirmed = 1")) == 1
