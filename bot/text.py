"""Free text members type (titles, descriptions, handles, links): one rule for all.

Reading it: ``clean_text`` strips, at both edges, whitespace and every character a reader
cannot see (control and format characters: NUL, U+200B zero-width space, U+2060 word
joiner, U+FEFF, the bidirectional overrides such as U+202E; the fillers that draw nothing:
U+2800 braille blank, U+3164 and the other Hangul fillers), and drops control characters
and lone surrogates inside (SQLite's ``length()`` stops at a NUL; a lone surrogate cannot
be stored or sent). A field that must not be empty takes ``required_text``: it refuses
what looks blank (nothing left after cleaning, or only combining marks with nothing to
sit on) and text that was broken (a lone surrogate), so each gets the reply an empty field
gets. User text quoted back in a reply is cut by ``bot.errors.echo``.

Showing it: ``shown`` is the one rule for user text put into a message or an embed, where
Discord renders markdown: its markdown is escaped, so a title shows as typed and can carry
no masked link, timestamp, mention, heading or spoiler. Where text is not rendered as
markdown (a scheduled event's name, a select option, a calendar file) it goes as it is. A
LIVE's description is the announcement's body, written by its moderators: there its
formatting is intended and kept.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"})
_MARKS = frozenset({"Mn", "Mc", "Me"})
# Letters and symbols that draw nothing: the Hangul fillers, the braille blank, the combining
# grapheme joiner, the Khmer inherent vowels, the Mongolian variation selectors.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f")
_KEPT_INSIDE = frozenset("\n\t")
_TAGS = range(0xE0020, 0xE0080)  # the end of a flag sequence (England's, Scotland's)


def _invisible(char: str) -> bool:
    if char in _BLANK or char.isspace():
        return True
    return unicodedata.category(char) in _INVISIBLE and ord(char) not in _TAGS


def clean_text(text: str) -> str:
    """``text`` without invisible edges, and without control characters or lone
    surrogates inside."""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return "".join(
        char
        for char in text[start:end]
        if char in _KEPT_INSIDE or unicodedata.category(char) not in ("Cc", "Cs")
    )


def looks_blank(text: str) -> bool:
    """True when nothing in ``text`` draws on its own: only invisible characters, fillers
    and combining marks (which need a letter to sit on)."""
    return all(
        _invisible(char) or ord(char) in _TAGS or unicodedata.category(char) in _MARKS
        for char in text
    )


def broken(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (not text Discord or a database takes)."""
    return any(unicodedata.category(char) == "Cs" for char in text)


def required_text(text: str) -> str | None:
    """``clean_text(text)``, or None when it looks blank or was broken: the field is then
    refused like an empty one."""
    if broken(text):
        return None
    cleaned = clean_text(text)
    return None if looks_blank(cleaned) else cleaned


def optional_text(text: str | None) -> str | None:
    """``clean_text(text)``, or None when there is no text, nothing visible is left, or it
    was broken."""
    if text is None:
        return None
    return required_text(text) or None


# -- showing ------------------------------------------------------------------------------

# A link Discord shows as a link: left as it is (escaping inside would change the address).
_URL = re.compile(r"https?://[^\s<]+[^<.,:;\"'\]\s]")
# Characters that start markdown anywhere, and the markers that do at the start of a line
# (a heading, subtext, a list item: each followed by a space).
_ANYWHERE = re.compile(r"[\\*_~`|\[\]<>]")
_LINE_START = re.compile(r"^([ \t]*)(#{1,3} |-# |[-+] |\d+\. )", re.MULTILINE)


def _escape(part: str) -> str:
    part = _ANYWHERE.sub(lambda m: "\\" + m.group(0), part)
    return _LINE_START.sub(_line_start, part)


def _line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():  # "1. ": the dot is what makes it a list
        return match.group(1) + marker[:-2] + "\\. "
    return match.group(1) + "\\" + marker


def shown(text: str) -> str:
    """User text as it goes into a message or an embed: Discord's markdown escaped, so it
    shows as typed (links stay links, never masked)."""
    pieces: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        pieces.append(_escape(text[last : match.start()]))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(_escape(text[last:]))
    return "".join(pieces)
