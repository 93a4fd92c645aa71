"""Every interaction is answered: user errors, bugs, unknown commands, and network faults."""

from __future__ import annotations

import logging
import re

import pytest

from tests.support.harness import Harness


async def test_unexpected_error_gets_an_apology_with_a_reference(probe_harness: Harness) -> None:
    h = probe_harness
    with h.expect_errors() as logged:
        result = await h.slash(h.alice, "probe boom")
    assert result.ephemeral
    match = re.search(r"`([0-9a-f]{8})`", result.text)
    assert match, result.text
    reference = match.group(1)
    assert len(logged) == 1
    assert logged[0].levelno == logging.ERROR
    assert reference in logged[0].getMessage()
    assert logged[0].exc_info is not None
    assert "probe exploded" in str(logged[0].exc_info[1])


async def test_error_after_defer_is_still_answered(probe_harness: Harness) -> None:
    h = probe_harness
    with h.expect_errors() as logged:
        result = await h.slash(h.alice, "probe boom-late")
    assert result.callback_type == 5
    assert result.ephemeral
    assert "Sorry" in result.text
    assert len(logged) == 1


async def test_apology_is_translated(probe_harness: Harness) -> None:
    h = probe_harness
    with h.expect_errors():
        result = await h.slash(h.alice, "probe boom", locale="zh-CN")
    assert "抱歉" in result.text
    assert result.ephemeral


async def test_user_error_is_short_ephemeral_and_not_logged(probe_harness: Harness) -> None:
    h = probe_harness
    result = await h.slash(h.alice, "probe missing", locale="no")
    assert result.ephemeral
    assert "direktemeldinger" in result.text


async def test_transformer_rejection_shows_an_example(probe_harness: Harness) -> None:
    h = probe_harness
    result = await h.slash(h.alice, "probe count", {"value": "12.5.3K"})
    assert result.ephemeral
    assert "12.5.3K" in result.text
    assert "12.5K" in result.text
    ok = await h.slash(h.alice, "probe count", {"value": "1.2万"})
    assert ok.text == "count=12000"


async def test_unknown_command_is_answered(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "no-such-command", allow_invalid=True)
    assert result.ephemeral
    assert "out of date" in result.text


async def test_dropped_gateway_resumes_and_next_command_works(harness: Harness) -> None:
    before = harness.emu.resume_count
    await harness.emu.drop_gateway()
    await harness.emu.wait_until_connected(10)
    result = await harness.slash(harness.alice, "about")
    assert "CreatorPulse" in result.text
    assert harness.emu.resume_count == before + 1


async def test_reconnect_request_resumes(harness: Harness) -> None:
    await harness.emu.send_reconnect()
    await harness.emu.wait_until_connected(10)
    result = await harness.slash(harness.alice, "about")
    assert "CreatorPulse" in result.text


async def test_followup_429_is_retried_and_delivered_once(probe_harness: Harness) -> None:
    h = probe_harness
    h.emu.fail_next("POST", r"^/webhooks/\d+/[^/]+$", status=429, retry_after=0.05)
    result = await h.slash(h.alice, "probe slow")
    assert result.text == "slow done"
    attempts = h.emu.requests_matching("POST", r"^/webhooks/\d+/[^/]+$")
    assert [r.status for r in attempts] == [429, 200]
    assert len(result.followups) == 1


async def test_harness_fails_a_test_when_the_bot_logs_an_unexpected_error(
    probe_harness: Harness,
) -> None:
    h = probe_harness
    with pytest.raises(AssertionError, match="unexpected error"):
        await h.slash(h.alice, "probe boom")
    result = await h.slash(h.alice, "probe count", {"value": "3"})  # the harness goes on
    assert result.text == "count=3"
