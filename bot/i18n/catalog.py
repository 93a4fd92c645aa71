"""Loading Fluent catalogs and rendering messages for one locale."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Literal

import babel.dates
import babel.lists
import babel.numbers
from babel import Locale
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor

from bot.features import feature_packages
from bot.i18n.parsed import ParsedFiles, digest

log = logging.getLogger(__name__)

SUPPORTED_LOCALES: tuple[str, ...] = ("en-US", "zh-CN", "no")
DEFAULT_LOCALE = "en-US"

# Discord locale -> catalog locale. Discord sends e.g. "en-GB", "zh-CN", "no".
_ALIASES = {"en-GB": "en-US", "en": "en-US", "zh": "zh-CN", "nb": "no", "nn": "no", "nb-NO": "no"}
# Catalog locale -> Babel locale used for numbers, dates and plural rules.
_BABEL = {"en-US": "en_US", "zh-CN": "zh_Hans_CN", "no": "nb_NO"}


# Fluent refuses a placeable longer than 2,500 characters (it prints "{???}"); no argument
# needs more than a Discord message holds.
MAX_ARGUMENT = 2000


def _bounded(args: Mapping[str, Any] | None) -> dict[str, Any]:
    return {
        name: value[: MAX_ARGUMENT - 1] + "…"
        if isinstance(value, str) and len(value) > MAX_ARGUMENT
        else value
        for name, value in (args or {}).items()
    }


class CatalogError(Exception):
    """A catalog file is broken: a syntax error or a message defined twice."""


def supported(candidate: str | None) -> str | None:
    """The catalog locale for a Discord locale, or ``None`` when we have no catalog for it."""
    if not candidate:
        return None
    if candidate in SUPPORTED_LOCALES:
        return candidate
    return _ALIASES.get(candidate)


def resolve_locale(*candidates: str | None) -> str:
    """The first supported locale among ``candidates``, else English."""
    for candidate in candidates:
        found = supported(candidate)
        if found:
            return found
    return DEFAULT_LOCALE


def catalog_files(locale: str) -> list[Path]:
    """Every ``.ftl`` file for ``locale``: the shared one, then each feature package's, its
    sub-packages' (a feature's rooms, such as ``cogs/live/scheduling/``) included."""
    files: list[Path] = []
    shared = importlib.resources.files("bot") / "locales" / f"{locale}.ftl"
    if shared.is_file():
        files.append(Path(str(shared)))
    for package in feature_packages():
        root = Path(str(importlib.resources.files(package)))
        files += sorted(root.rglob(f"locales/{locale}.ftl"), key=lambda p: (len(p.parts), str(p)))
    return files


def entries_of(text: str, source: str) -> dict[str, str]:
    """One ``.ftl`` file's messages, each as its own text (key -> the entry's lines); a
    syntax error is refused, naming the file and quoting the broken entry."""
    resource = FluentParser(with_spans=True).parse(text)
    found: dict[str, str] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            annotation = entry.annotations[0].message if entry.annotations else "syntax error"
            raise CatalogError(f"{source}: {annotation}: {(entry.content or '').strip()[:80]!r}")
        if isinstance(entry, ast.Message) and entry.span is not None:
            found[entry.id.name] = text[entry.span.start : entry.span.end]
    return found


# Source positions are not kept: nothing reads them, and they were a fifth of the memory.
_PARSER = FluentParser(with_spans=False)


class CatalogMessages(Mapping[str, ast.Message]):
    """One locale's messages by key, each parsed the first time it is asked for.

    Parsed, the catalogs' 8,000-odd messages took about 11 MiB, an eighth of the bot, of
    which a running bot uses a few hundred; their text takes 0.3 MiB. Every file was parsed
    whole once (``entries_of``), so a message's own text is known to parse.
    """

    def __init__(self) -> None:
        self.text: dict[str, str] = {}
        self._parsed: dict[str, ast.Message] = {}

    def __getitem__(self, key: str) -> ast.Message:
        message = self._parsed.get(key)
        if message is None:
            entry = _PARSER.parse_entry(self.text[key])
            if not isinstance(entry, ast.Message):
                raise CatalogError(f"message {key!r} no longer parses on its own")
            message = self._parsed[key] = entry
        return message

    def __contains__(self, key: object) -> bool:
        return key in self.text

    def __iter__(self) -> Iterator[str]:
        return iter(self.text)

    def __len__(self) -> int:
        return len(self.text)


def placeholders(message: ast.Message) -> set[str]:
    """Names of the ``$variables`` a message uses (for the catalog consistency test)."""
    found: set[str] = set()

    class Visitor(visitor.Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)
            self.generic_visit(node)

    Visitor().visit(message)
    return found


# Texts rendered, kept by (locale, key, arguments): the same titles, labels and thresholds
# are rendered at every command, and Fluent takes 15-35 µs a message. Emptied when full.
RENDERED_KEPT = 4096
KEPT_ARGUMENT_CHARS = 200


def _rendered_key(locale: str, key: str, args: Mapping[str, Any] | None) -> tuple[Any, ...] | None:
    """What ``Catalog.rendered`` keeps a text under; None for arguments not worth keeping
    (a member's long text). Each argument's type is part of it: 1, 1.0 and Decimal("1.0")
    are equal in Python but may be formatted differently."""
    if not args:
        return (locale, key)
    parts: list[Any] = [locale, key]
    for name, value in args.items():
        if isinstance(value, str) and len(value) > KEPT_ARGUMENT_CHARS:
            return None
        parts += (name, type(value), value)
    return tuple(parts)


@dataclass
class Catalog:
    """All messages of all supported locales, loaded once at start-up."""

    bundles: dict[str, FluentBundle] = field(default_factory=dict)
    sources: dict[str, CatalogMessages] = field(default_factory=dict)
    rendered: dict[tuple[Any, ...], str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, files: Mapping[str, Iterable[Path]] | None = None) -> Catalog:
        """The shipped catalogs (each file's messages kept between starts:
        ``bot.i18n.parsed``), or ``files`` (always parsed)."""
        catalog = cls()
        kept = ParsedFiles() if files is None else None
        for locale in SUPPORTED_LOCALES:
            paths = list(files[locale]) if files is not None else catalog_files(locale)
            messages = CatalogMessages()
            origin: dict[str, Path] = {}
            for path in paths:
                text = path.read_text(encoding="utf-8")
                key = digest(text)
                entries = kept.get(key) if kept is not None else None
                if entries is None:
                    entries = entries_of(text, str(path))
                    if kept is not None:
                        kept.add(key, entries)
                for name, entry in entries.items():
                    if name in messages.text:
                        raise CatalogError(
                            f"{path}: message {name!r} is already defined in {origin[name]}"
                        )
                    messages.text[name] = entry
                    origin[name] = path
            catalog.bundles[locale] = FluentBundle(
                [_BABEL[locale].replace("_", "-")], use_isolating=False
            )
            catalog.sources[locale] = messages
        if kept is not None:
            kept.save()
        return catalog

    def has(self, locale: str, key: str) -> bool:
        return key in self.sources.get(locale, {})

    def _bundle_with(self, locale: str, key: str) -> FluentBundle | None:
        """``locale``'s bundle, holding ``key`` (parsed now if this is its first use), or
        None when the locale lacks the message."""
        bundle = self.bundles.get(locale)
        if bundle is None:
            return None
        if not bundle.has_message(key):
            messages = self.sources[locale]
            if key not in messages:
                return None
            bundle.add_resource(ast.Resource([messages[key]]))
        return bundle

    def render(self, locale: str, key: str, args: Mapping[str, Any] | None = None) -> str:
        """The message ``key`` in ``locale``; in English when the locale lacks it or cannot
        format it (a formatting error is logged, never shown as Fluent's ``{???}``)."""
        kept = _rendered_key(locale, key, args)
        if kept is None:
            return self._render(locale, key, args)
        try:
            return self.rendered[kept]
        except KeyError:
            pass
        except TypeError:  # an argument that cannot be a key (a list): rendered every time
            return self._render(locale, key, args)
        text = self._render(locale, key, args)
        if len(self.rendered) >= RENDERED_KEPT:
            self.rendered.clear()
        self.rendered[kept] = text
        return text

    def _render(self, locale: str, key: str, args: Mapping[str, Any] | None) -> str:
        fallback: str | None = None
        values = _bounded(args)
        for candidate in dict.fromkeys((locale, DEFAULT_LOCALE)):
            bundle = self._bundle_with(candidate, key)
            if bundle is None:
                continue
            message = bundle.get_message(key)
            if message.value is None:
                break
            text, errors = bundle.format_pattern(message.value, values)
            if not errors:
                return str(text)
            # The errors name the problem, never the arguments' values (members' text).
            log.error(
                "message %s in %s could not be formatted: %s",
                key,
                candidate,
                "; ".join(type(error).__name__ for error in errors),
            )
            fallback = fallback or str(text)
        # A missing key is a bug caught by the catalog test; show the key, never crash.
        return fallback or key

    def messages(self, locale: str) -> Messages:
        return Messages(self, resolve_locale(locale))


@functools.cache
def babel_locale(locale: str) -> Locale:
    """The Babel locale for a catalog locale (parsed once per process)."""
    return Locale.parse(_BABEL[locale])


_PERCENT_ZERO = re.compile(r"0(?=[^0-9#]*%)")


def _round_half_up(value: float | Decimal, digits: int) -> Decimal:
    quantum = Decimal(1).scaleb(-digits)
    return Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)


@functools.cache
def _percent_pattern(locale: str, digits: int) -> babel.numbers.NumberPattern:
    """The locale's percent pattern with ``digits`` decimals, parsed once (Babel parses a
    pattern given as text at every call: two thirds of formatting one percentage)."""
    decimals = "." + "0" * digits if digits else ""
    pattern = babel_locale(locale).percent_formats[None].pattern
    return babel.numbers.parse_pattern(_PERCENT_ZERO.sub("0" + decimals, pattern, 1))


@functools.cache
def _decimal_pattern(digits: int) -> babel.numbers.NumberPattern:
    return babel.numbers.parse_pattern("#,##0" + ("." + "0" * digits if digits else ""))


def format_percent(locale: str, value: float | Decimal, digits: int = 2) -> str:
    """``Messages.percent`` without a catalog (for the chart process)."""
    rounded = _round_half_up(value, digits) / 100
    return _percent_pattern(locale, digits).apply(
        rounded, babel_locale(locale), decimal_quantization=False
    )


def format_skeleton(locale: str, value: dt.date | dt.datetime, skeleton: str) -> str:
    """``Messages.skeleton`` without a catalog (for the chart process)."""
    return babel.dates.format_skeleton(skeleton, value, locale=babel_locale(locale))


@dataclass(frozen=True)
class Messages:
    """A catalog bound to one locale, with Babel formatting for that locale."""

    catalog: Catalog
    locale: str

    def __call__(self, key: str, /, **args: Any) -> str:
        return self.catalog.render(self.locale, key, args)

    @property
    def babel_locale(self) -> Locale:
        return babel_locale(self.locale)

    def number(self, value: int | float | Decimal, digits: int = 0) -> str:
        """A count or decimal with the locale's grouping and decimal signs."""
        if digits == 0 and isinstance(value, int):
            return babel.numbers.format_decimal(value, locale=self.babel_locale)
        rounded = _round_half_up(value, digits)
        return _decimal_pattern(digits).apply(
            rounded, self.babel_locale, decimal_quantization=False
        )

    def percent(self, value: float | Decimal, digits: int = 2) -> str:
        """``value`` is already in percent units: 10.0 -> "10.00%" (en), "10,00 %" (no).

        The locale's own percent pattern (its sign and spacing), with ``digits`` decimals.
        """
        return format_percent(self.locale, value, digits)

    def compact(self, value: int) -> str:
        """A short count: 12K, 1.2M (en); 1.2万 (zh); 12k (no)."""
        return babel.numbers.format_compact_decimal(
            value, format_type="short", fraction_digits=1, locale=self.babel_locale
        )

    def date(self, value: dt.date | dt.datetime, fmt: str = "medium") -> str:
        return babel.dates.format_date(value, format=fmt, locale=self.babel_locale)

    def ordinal(self, value: int) -> str:
        """The CLDR ordinal category of ``value`` (one, two, few, other) to select on in
        Fluent, which has no ordinal selection of its own: 1st, 2nd, 3rd, 4th."""
        return str(self.babel_locale.ordinal_form(value))

    def enumerate(self, items: Iterable[str]) -> str:
        """Items separated the locale's way, without a final "and": "a, b, c" / "a、b、c"."""
        middle = str(self.babel_locale.list_patterns["standard"]["middle"])
        separator = middle.replace("{0}", "").replace("{1}", "")
        return separator.join(items)

    def join(self, items: Iterable[str], style: Literal["standard", "or"] = "standard") -> str:
        """A list in the locale's words: "a, b and c", "a、b和c"; ``style="or"`` for choices."""
        return babel.lists.format_list(list(items), style=style, locale=self.babel_locale)

    def skeleton(self, value: dt.date | dt.datetime, skeleton: str) -> str:
        """A date by CLDR skeleton in the locale's own order: "MMMd" -> Dec 3, 3. des., 12月3日."""
        return format_skeleton(self.locale, value, skeleton)

    def time(self, value: dt.datetime | dt.time, fmt: str = "short") -> str:
        """A time of day in the locale's own clock: ``6:00 PM`` (en), ``18:00`` (no, zh)."""
        return babel.dates.format_time(value, format=fmt, locale=self.babel_locale)

    def weekday(self, value: dt.date | dt.datetime, width: str = "wide") -> str:
        return babel.dates.format_date(
            value, format="EEEE" if width == "wide" else "EEE", locale=self.babel_locale
        )

    def datetime(self, value: dt.datetime, fmt: str = "medium") -> str:
        return babel.dates.format_datetime(value, format=fmt, locale=self.babel_locale)
