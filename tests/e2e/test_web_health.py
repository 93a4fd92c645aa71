"""The bot's web server: /healthz and /metrics as an operator's monitoring reads them, and a
port already taken."""

from __future__ import annotations

import json
import socket

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.harness import Harness


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus exposition, parsed by prometheus-client's own parser."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_health_and_metrics_answer_and_move_with_interactions(harness: Harness) -> None:
    h = harness
    port = free_port()
    h.settings_overrides["web_port"] = port
    await h.restart()
    base = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/healthz") as response:
            assert response.status == 200
            health = json.loads(await response.text())
        assert health["status"] == "ok" and health["database"] == "ok"
        assert health["shards"]["0"]["state"] == "connected"
        async with session.get(f"{base}/metrics") as response:
            assert response.status == 200
            before = samples(await response.text())

        await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
        await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
        refused = await h.slash(
            h.alice, "er views", {"views": "0", "likes": "1", "comments": "1", "shares": "1"}
        )
        assert refused.ephemeral

        async with session.get(f"{base}/metrics") as response:
            after = samples(await response.text())
    ok = ("creatorpulse_interactions_total", (("command", "timezone set"), ("outcome", "ok")))
    assert after[ok] - before.get(ok, 0.0) == 2
    no = ("creatorpulse_interactions_total", (("command", "er views"), ("outcome", "refused")))
    assert after[no] - before.get(no, 0.0) == 1
    count = ("creatorpulse_interaction_seconds_count", (("command", "timezone set"),))
    assert after[count] == 2
    assert after[("process_resident_memory_bytes", ())] > 10_000_000
    assert ("creatorpulse_shard_connected", (("shard", "0"),)) in after


async def test_health_is_503_while_the_gateway_is_down(harness: Harness) -> None:
    h = harness
    port = free_port()
    h.settings_overrides["web_port"] = port
    await h.restart()
    await h.bot.close()  # the gateway closed, the web server still up a moment
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 503
                assert json.loads(await response.text())["status"] == "unhealthy"
        except aiohttp.ClientConnectionError:
            pass  # or already stopped with the bot: either way, never a healthy answer


async def test_a_port_already_taken_is_one_line_and_the_bot_runs(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        h.settings_overrides["web_port"] = squatter.getsockname()[1]
        with h.expect_errors() as logged:
            await h.restart()
        answered = await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    assert "Europe/Oslo" in answered.text
    lines = [r.getMessage() for r in logged if r.name == "bot.web"]
    assert len(lines) == 1 and "cannot listen" in lines[0] and "WEB_PORT" in lines[0]
    assert all(r.exc_info is None for r in logged)
    assert not caplog.records or all("Traceback" not in r.getMessage() for r in caplog.records)
