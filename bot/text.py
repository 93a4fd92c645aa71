"""Free text members type (titles, descriptions, handles, links): one cleaning rule for all.

``clean_text`` strips, at both edges, whitespace and every character a reader cannot see
(control and format characters: NUL, U+200B zero-width space, U+2060 word joiner, U+FEFF,
the bidirectional overrides such as U+202E), and drops the control characters inside
(SQLite's ``length()`` stops at a NUL). A field that must not be empty refuses what is
empty after cleaning; user text quoted back in a reply is cut by ``bot.errors.echo``.
"""

from __future__ import annotations

import unicodedata

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
_KEPT_INSIDE = frozenset("\n\t")


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in _INVISIBLE


def clean_text(text: str) -> str:
    """``text`` without invisible edges and without control characters inside."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return "".join(
        char
        for char in text[start:end]
        if char in _KEPT_INSIDE or unicodedata.category(char) != "Cc"
    )


def optional_text(text: str | None) -> str | None:
    """``clean_text(text)``, or None when there is no text or nothing visible is left."""
    if text is None:
        return None
    return clean_text(text) or None
