"""Every slash command of the synced tree, fed adversarial values built from its definition.

For each example: the interaction is answered (the emulator's 3 s deadline), never with
the unexpected-error apology nor a logged error, and a rejection leaves the database as
it was. The number of examples is the hypothesis profile's (100 in the normal suite; run
``pytest tests/e2e/test_fuzz_commands.py --hypothesis-profile=long`` for a soak).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from fluent.syntax import ast
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.i18n import Catalog
from tests.support.commands import Leaf, leaves, snapshot
from tests.support.harness import Harness

STRINGS = [
    "",
    " ",
    "\t\n",
    "\x00",
    "\x00title",
    "\u200b\u2060\ufeff",
    "\u202eevil",
    "مرحبا بالعالم",
    "שלום",
    "🔥" * 30,
    "@everyone",
    "@here",
    "<@&1>",
    "<@1> <#1>",
    "post:²",
    "post:99999999999999999999999",
    "١٢٣",
    "１２K",
    "²³",
    "-1",
    "1e309",
    "NaN",
    "9" * 40,
    "9999-12-31 23:59",
    "0001-01-01 00:00",
    "2027-03-28 02:30",  # a time that does not exist in Oslo
    "2026-10-25 02:30",  # a time that happens twice in Oslo
    "31.02.2027 20:00",
    "25:61",
    "<t:99999999999999999>",
    "in 99999999999 minutes",
    "Europe/Nowhere",
    "https://www.tiktok.com/@a/video/1234567890123456789?x=" + "y" * 200,
    "'; DROP TABLE lives; --",
    "%_\\",
    "{ $value }",
]


def string_values(option: dict[str, Any]) -> st.SearchStrategy[Any]:
    limit = int(option.get("max_length", 6000))
    return st.one_of(
        st.sampled_from(STRINGS),
        st.text(max_size=min(limit, 200)),
        st.just("x" * limit),
        st.just("x" * (limit + 1)),  # beyond what Discord would send
        st.just("界" * 10_000),
    )


def integer_values(option: dict[str, Any]) -> st.SearchStrategy[Any]:
    edges = [0, -1, 1, 2**31, 2**53, 2**53 + 1, 2**63, -(2**63)]
    for key in ("min_value", "max_value"):
        if key in option:
            edges += [option[key] - 1, option[key], option[key] + 1]
    return st.one_of(st.sampled_from(edges), st.integers(-(2**70), 2**70))


def option_values(h: Harness, option: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = option["type"]
    if option.get("choices"):
        return st.sampled_from([c["value"] for c in option["choices"]] + ["not-a-choice"])
    if kind == 3:
        return string_values(option)
    if kind == 4:
        return integer_values(option)
    if kind == 10:
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == 5:
        return st.booleans()
    if kind in (6, 9):
        return st.sampled_from([h.alice.id, h.bob.id, h.mod.id, h.emu.bot_user_id])
    if kind == 7:
        return st.just(h.channel.id)
    if kind == 8:
        return st.just(h.guild.id)  # @everyone
    raise AssertionError(f"no strategy for option type {kind}")


def invocation(h: Harness, leaf: Leaf) -> st.SearchStrategy[dict[str, Any]]:
    required = {o["name"]: option_values(h, o) for o in leaf.options if o.get("required")}
    optional = {o["name"]: option_values(h, o) for o in leaf.options if not o.get("required")}
    return st.fixed_dictionaries(required, optional=optional)


def rejection_prefixes(catalog: Catalog) -> list[str]:
    """The fixed start of every error message, to tell a rejection from an answer."""
    prefixes = []
    for key, message in catalog.sources["en-US"].items():
        if "error" not in key or message.value is None:
            continue
        first = message.value.elements[0]
        if isinstance(first, ast.TextElement):
            head = re.split(r"[“{]", first.value)[0].strip()
            if len(head) >= 8:
                prefixes.append(head)
    return prefixes


async def test_every_command_survives_adversarial_options(harness: Harness) -> None:
    h = harness
    tree = leaves(h.emu.commands())
    assert len(tree) >= 30
    prefixes = rejection_prefixes(h.catalog)
    loop = asyncio.get_running_loop()
    members = [h.alice, h.mod]

    def run(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=30)

    @settings(suppress_health_check=list(HealthCheck), database=None)
    @given(data=st.data())
    def one_interaction(data: st.DataObject) -> None:
        leaf = data.draw(st.sampled_from(tree), label="command")
        options = data.draw(invocation(h, leaf), label="options")
        member = data.draw(st.sampled_from(members), label="member")
        before = run(asyncio.to_thread(snapshot, h))
        result = run(h.slash(member, leaf.path, options, allow_invalid=True))
        assert result.callback_type is not None, f"/{leaf.path} {options} got no answer"
        assert "Sorry, something went wrong" not in result.text, (leaf.path, options)
        if result.ephemeral and any(result.text.startswith(p) for p in prefixes):
            assert run(asyncio.to_thread(snapshot, h)) == before, (leaf.path, options)

    await asyncio.to_thread(one_interaction)
