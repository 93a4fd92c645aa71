"""Free text is cleaned one way everywhere; numbers typed as text are read the plain way."""

from __future__ import annotations

import pytest

from bot.errors import BadInput, echo
from bot.parsing import plain_number
from bot.text import clean_text, looks_blank, optional_text, required_text, shown
from bot.tiktok import normalise_handle
from cogs.live.scheduling.logic import clean_title

INVISIBLE = ["\u200b", "\u2060", "\ufeff", "\u202e", "\x00", "\u00a0", "\t", "\u200e"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_edges_are_stripped(char: str) -> None:
    assert clean_text(f"{char}{char}Friday LIVE{char}") == "Friday LIVE"


def test_controls_inside_are_dropped_but_lines_are_kept() -> None:
    assert clean_text("a\x00b\x07c\nd") == "abc\nd"


def test_a_title_of_only_invisible_characters_is_refused() -> None:
    assert clean_title("".join(INVISIBLE)) is None
    assert clean_title("\x00Friday") == "Friday"
    assert optional_text("\u200b\u2060") is None


@pytest.mark.parametrize(
    "text",
    ["\u2800", "\u3164 \u3164", "\u115f\u1160", "\u0301\u0302", "\u200d\u0301", "\U000e0041"],
)
def test_blank_looking_text_is_refused_like_empty_text(text: str) -> None:
    assert looks_blank(text)
    assert required_text(text) is None and optional_text(text) is None
    assert clean_title(text) is None


@pytest.mark.parametrize(
    "text", ["e\u0301", "❤\ufe0f", "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"]
)
def test_marks_and_sequences_on_a_letter_are_kept(text: str) -> None:
    assert not looks_blank(text)
    assert required_text(f"\u2800{text}\u3164") == text


def test_a_lone_surrogate_breaks_a_required_field_and_is_dropped_elsewhere() -> None:
    assert required_text("Friday \ud800 LIVE") is None
    assert clean_title("Friday \udc00") is None
    assert clean_text("Friday \ud800LIVE") == "Friday LIVE"


def test_a_handle_with_invisible_edges_is_read() -> None:
    assert normalise_handle("\u200b@creator\ufeff") == "creator"


@pytest.mark.parametrize("text", ["²", "post²", "١٢", "１２", "", "1" * 19, "-1", "+1", " 1"])
def test_plain_number_refuses_what_is_not_ascii_digits(text: str) -> None:
    assert plain_number(text) is None


def test_plain_number_reads_ascii_digits() -> None:
    assert plain_number("0042") == 42
    assert plain_number("9" * 18) == 10**18 - 1


def test_echoed_values_are_cut() -> None:
    error = BadInput("error-bad-value", value="x" * 5000, maximum=10**12)
    assert len(error.args_["value"]) == 100
    assert error.args_["value"].endswith("…")
    assert error.args_["maximum"] == 10**12
    assert echo("short") == "short"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("[click](https://evil.example)", r"\[click\](https://evil.example)"),
        ("<t:1700000000:F> <@1> <#2>", r"\<t:1700000000:F\> \<@1\> \<#2\>"),
        (
            "**bold** __under__ ~~gone~~ ||spoiler|| `code`",
            r"\*\*bold\*\* \_\_under\_\_ \~\~gone\~\~ \|\|spoiler\|\| \`code\`",
        ),
        ("# Heading", r"\# Heading"),
        ("-# small\n> quote\n- item\n1. first", "\\-# small\n\\> quote\n\\- item\n1\\. first"),
        ("a\\", "a\\\\"),
        ("see https://x.example/a_b_c", "see https://x.example/a_b_c"),
        ("-5, 12.5.3K, Q&A #1", "-5, 12.5.3K, Q&A #1"),
    ],
)
def test_shown_escapes_markdown_and_nothing_else(typed: str, expected: str) -> None:
    assert shown(typed) == expected


def test_echoed_values_are_escaped_only_where_shown() -> None:
    error = BadInput("error-bad-value", value="[x](https://e.example)", when="<t:1:D>")
    assert error.args_["value"] == "[x](https://e.example)"
    assert error.shown_args() == {"value": r"\[x\](https://e.example)", "when": "<t:1:D>"}
