"""Discord-side validation of message and command payloads (the limits Discord enforces)."""

from __future__ import annotations

import re
from typing import Any

from .state import ApiError, invalid_form

COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


def _length(path: list[str], value: Any, low: int, high: int) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise invalid_form(path, "BASE_TYPE_STRING", "Must be a string.")
    if not low <= len(value) <= high:
        if low == 0:
            raise invalid_form(path, "BASE_TYPE_MAX_LENGTH", f"Must be {high} or fewer in length.")
        raise invalid_form(
            path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length."
        )


def validate_message(payload: dict[str, Any], *, has_files: bool, edit: bool = False) -> None:
    """Raise ApiError like Discord would for a bad message body."""
    content = payload.get("content")
    _length(["content"], content, 0, 2000)
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        raise invalid_form(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for i, embed in enumerate(embeds):
        base = ["embeds", str(i)]
        limits = {"title": 256, "description": 4096}
        for key, high in limits.items():
            _length([*base, key], embed.get(key), 0, high)
            total += len(embed.get(key) or "")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            raise invalid_form(
                [*base, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        for j, fld in enumerate(fields):
            _length([*base, "fields", str(j), "name"], fld.get("name"), 1, 256)
            _length([*base, "fields", str(j), "value"], fld.get("value"), 1, 1024)
            total += len(fld.get("name") or "") + len(fld.get("value") or "")
        footer = (embed.get("footer") or {}).get("text")
        _length([*base, "footer", "text"], footer, 0, 2048)
        author = (embed.get("author") or {}).get("name")
        _length([*base, "author", "name"], author, 0, 256)
        total += len(footer or "") + len(author or "")
    if total > 6000:
        raise invalid_form(
            ["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000"
        )
    components = payload.get("components") or []
    flags = int(payload.get("flags") or 0)
    if not flags & (1 << 15) and len(components) > 5:
        raise invalid_form(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    for i, row in enumerate(components):
        _validate_component(["components", str(i)], row)
    if not edit and not (
        content
        or embeds
        or components
        or has_files
        or payload.get("sticker_ids")
        or payload.get("poll")
    ):
        raise ApiError(400, 50006, "Cannot send an empty message")


def _validate_component(path: list[str], comp: dict[str, Any]) -> None:
    ctype = comp.get("type")
    children = comp.get("components") or []
    if ctype == 1 and len(children) > 5:
        raise invalid_form(
            [*path, "components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."
        )
    if "custom_id" in comp:
        _length([*path, "custom_id"], comp.get("custom_id"), 1, 100)
    if ctype == 2:
        _length([*path, "label"], comp.get("label"), 0, 80)
        if comp.get("style") != 5 and comp.get("style") != 6 and not comp.get("custom_id"):
            raise invalid_form([*path, "custom_id"], "BASE_TYPE_REQUIRED", "This field is required")
    if ctype == 3 and len(comp.get("options") or []) > 25:
        raise invalid_form(
            [*path, "options"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
        )
    for j, child in enumerate(children):
        _validate_component([*path, "components", str(j)], child)


def validate_choices(choices: list[dict[str, Any]]) -> None:
    """Autocomplete results: at most 25 choices, names 1-100 chars."""
    if len(choices) > 25:
        raise invalid_form(
            ["data", "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
        )
    for i, choice in enumerate(choices):
        _length(["data", "choices", str(i), "name"], choice.get("name"), 1, 100)
        value = choice.get("value")
        if isinstance(value, str):
            _length(["data", "choices", str(i), "value"], value, 0, 100)


def validate_commands(commands: list[dict[str, Any]]) -> None:
    """Bulk-overwrite body: names, descriptions, option counts and ordering."""
    if len(commands) > 100:
        raise invalid_form([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
    seen: set[tuple[str, int]] = set()
    for i, cmd in enumerate(commands):
        key = (cmd.get("name", ""), int(cmd.get("type", 1)))
        if key in seen:
            raise invalid_form(
                [str(i), "name"],
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                f"Application command names must be unique: {key[0]}",
            )
        seen.add(key)
        _validate_command([str(i)], cmd, chat=key[1] == 1)


def _validate_command(path: list[str], cmd: dict[str, Any], *, chat: bool) -> None:
    name = cmd.get("name") or ""
    if chat and (not COMMAND_NAME.match(name) or name != name.lower()):
        raise invalid_form(
            [*path, "name"],
            "APPLICATION_COMMAND_INVALID_NAME",
            f"Command name is invalid: {name!r}",
        )
    if chat:
        _length([*path, "description"], cmd.get("description") or "", 1, 100)
    options = cmd.get("options") or []
    if len(options) > 25:
        raise invalid_form(
            [*path, "options"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
        )
    optional_seen = False
    names: set[str] = set()
    for j, opt in enumerate(options):
        opath = [*path, "options", str(j)]
        if opt.get("name") in names:
            raise invalid_form(
                [*opath, "name"],
                "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
                "Option names must be unique",
            )
        names.add(opt.get("name", ""))
        if opt.get("type") in (1, 2):
            _validate_command(opath, opt, chat=True)
            continue
        _validate_command(opath, {**opt, "options": []}, chat=True)
        if opt.get("required"):
            if optional_seen:
                raise invalid_form(
                    [*opath, "required"],
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            optional_seen = True
        if len(opt.get("choices") or []) > 25:
            raise invalid_form(
                [*opath, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        if opt.get("choices") and opt.get("autocomplete"):
            raise invalid_form(
                [*opath, "autocomplete"],
                "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                "Autocomplete cannot be set with choices",
            )
