"""Every cog loads; commands are unique, described, localised and within Discord's limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord import app_commands
from pydantic import SecretStr

from bot.client import CreatorBot, discover_extensions
from bot.deliveries import RULES
from bot.i18n import SUPPORTED_LOCALES, Catalog
from bot.i18n.translator import key_for
from bot.settings import Settings
from storage import Database

TRANSLATED = [locale for locale in SUPPORTED_LOCALES if locale != "en-US"]


@pytest.fixture
async def bot(db: Database, tmp_path: Path, catalog: Catalog) -> AsyncIterator[CreatorBot]:
    settings = Settings(
        _env_file=None, discord_token=SecretStr("x"), database_path=tmp_path / "x.sqlite3"
    )  # type: ignore[call-arg]
    async with CreatorBot(settings, db, catalog=catalog) as client:
        await client.load_features()
        yield client


def walk(command: app_commands.Command | app_commands.Group) -> list[app_commands.Command]:
    if isinstance(command, app_commands.Group):
        return [leaf for child in command.commands for leaf in walk(child)]
    return [command]


def test_every_feature_is_an_extension() -> None:
    names = discover_extensions()
    assert "cogs.about" in names
    assert len(names) == len(set(names))


async def test_names_are_unique_and_valid(bot: CreatorBot) -> None:
    top = [c.name for c in bot.tree.get_commands()]
    assert len(top) == len(set(top)), top
    for command in bot.tree.get_commands():
        for leaf in walk(command):  # type: ignore[arg-type]
            assert 1 <= len(leaf.name) <= 32
            assert leaf.name == leaf.name.lower()


async def test_every_command_and_option_is_described(bot: CreatorBot) -> None:
    for command in bot.tree.get_commands():
        assert command.description and command.description != "…", command.name
        for leaf in walk(command):  # type: ignore[arg-type]
            assert leaf.description and leaf.description != "…", leaf.qualified_name
            for parameter in leaf.parameters:
                assert parameter.description and parameter.description != "…", (
                    f"{leaf.qualified_name} {parameter.name} has no description"
                )


async def test_every_description_and_choice_is_localised(bot: CreatorBot, catalog: Catalog) -> None:
    missing: list[str] = []

    def need(key: str | None, where: str) -> None:
        for locale in TRANSLATED:
            if key is None or not catalog.has(locale, key):
                missing.append(f"{locale}: {key} ({where})")

    location = app_commands.TranslationContextLocation
    for command in bot.tree.get_commands():
        groups = [command] if isinstance(command, app_commands.Group) else []
        for group in groups:
            need(
                key_for(app_commands.TranslationContext(location.group_description, group)),
                group.qualified_name,
            )
        for leaf in walk(command):  # type: ignore[arg-type]
            need(
                key_for(app_commands.TranslationContext(location.command_description, leaf)),
                leaf.qualified_name,
            )
            for parameter in leaf.parameters:
                need(
                    key_for(
                        app_commands.TranslationContext(location.parameter_description, parameter)
                    ),
                    f"{leaf.qualified_name} {parameter.name}",
                )
                for choice in parameter.choices:
                    key = choice._locale_name.extras.get("key") if choice._locale_name else None
                    need(key, f"{leaf.qualified_name} {parameter.name} choice {choice.value}")
    assert not missing, "\n".join(missing)


def combined_characters(node: dict[str, Any]) -> int:
    """Discord's size of a command: the characters of every name, description and choice
    value of the command, its options and choices, counting for each field the longest of
    its default text and its localizations."""

    def longest(field: str) -> int:
        texts = [str(node.get(field) or ""), *(node.get(f"{field}_localizations") or {}).values()]
        return max(len(text) for text in texts)

    size = longest("name") + longest("description")
    for choice in node.get("choices") or []:
        size += max(
            len(choice["name"]), *map(len, (choice.get("name_localizations") or {}).values()), 0
        )
        size += len(str(choice["value"]))
    return size + sum(combined_characters(option) for option in node.get("options") or [])


async def test_payloads_fit_discords_limits(bot: CreatorBot) -> None:
    payload = await bot.command_payload()
    for command in payload:
        size = combined_characters(command)
        assert size <= 4000, f"{command['name']} is {size} characters (Discord allows 4,000)"

        def check(node: dict[str, object], path: str) -> None:
            assert 1 <= len(str(node["description"])) <= 100, path
            for text in (node.get("description_localizations") or {}).values():  # type: ignore[union-attr]
                assert 1 <= len(text) <= 100, f"{path}: {text!r}"
            options = node.get("options") or []
            assert len(options) <= 25, path  # type: ignore[arg-type]
            for option in options:  # type: ignore[union-attr]
                assert len(option.get("choices") or []) <= 25, path
                for choice in option.get("choices") or []:
                    assert 1 <= len(choice["name"]) <= 100
                    for text in (choice.get("name_localizations") or {}).values():
                        assert 1 <= len(text) <= 100
                check(option, f"{path} {option['name']}")

        check(command, command["name"])


async def test_allowed_mentions_default_to_none(bot: CreatorBot) -> None:
    mentions = bot.allowed_mentions
    assert mentions is not None
    assert mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert bot.intents.members is False
    assert bot.intents.presences is False
    assert bot.intents.message_content is False


async def test_every_scheduled_kind_is_sent_by_the_feature_its_rule_names(bot: CreatorBot) -> None:
    # TikTok is not set up for this bot, so its feature does not run (and sends nothing);
    # tests/e2e/test_tiktok_daily.py checks it names its kind when it is set up.
    assert bot.senders.unsent() == ["tiktok_sync"]
    for kind, rule in RULES.items():
        if kind == "tiktok_sync":
            continue
        assert bot.senders.sender(kind) == rule.feature, kind
