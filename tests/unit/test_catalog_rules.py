"""Wording rules every catalog keeps: plural forms for counts, Chinese typography."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from babel import Locale
from fluent.syntax import FluentSerializer, ast

from bot.benchmarks import BenchmarkLibrary, Localised
from bot.i18n import Catalog
from bot.offsets import describe_offsets
from cogs.availability.render import format_days
from cogs.streaks.render import joined

# Words that may follow a count without being a noun it governs ("3 of 5", "2 more").
_NOT_NOUNS = {"of", "so", "more", "and", "or", "to", "before", "min", "s", "d", "h", "m", "kib"}
_WORD = re.compile(r"^\s+\(?([^\W\d_]+)")


@dataclass(frozen=True)
class Use:
    key: str
    variable: str
    selected: bool  # inside a variant of a select on this variable
    after: str  # the text that follows it


def uses(message: ast.Message) -> Iterator[Use]:
    """Every ``{ $variable }`` of a message, with whether a plural select governs it."""

    def walk(pattern: ast.Pattern, selectors: frozenset[str]) -> Iterator[Use]:
        elements = pattern.elements
        for index, element in enumerate(elements):
            if not isinstance(element, ast.Placeable):
                continue
            expression = element.expression
            if isinstance(expression, ast.SelectExpression):
                selector = expression.selector
                name = selector.id.name if isinstance(selector, ast.VariableReference) else ""
                for variant in expression.variants:
                    yield from walk(variant.value, selectors | {name})
            elif isinstance(expression, ast.VariableReference):
                following = elements[index + 1] if index + 1 < len(elements) else None
                after = following.value if isinstance(following, ast.TextElement) else ""
                name = expression.id.name
                yield Use(message.id.name, name, name in selectors, after)

    if message.value is not None:
        yield from walk(message.value, frozenset())


def counted_nouns(catalog: Catalog) -> dict[str, set[str]]:
    """Per message, the variables English puts right before a noun: "{ $count } results"."""
    found: dict[str, set[str]] = {}
    for key, message in catalog.sources["en-US"].items():
        if key.startswith("cmd-"):
            continue
        for use in uses(message):
            word = _WORD.match(use.after)
            if word and word.group(1).casefold() not in _NOT_NOUNS and use.variable in COUNTS:
                found.setdefault(key, set()).add(use.variable)
    return found


# Placeholders that carry a number (others carry names, dates, formatted figures).
COUNTS = {
    "count", "n", "goal", "rows", "minutes", "maximum", "minimum", "days", "weeks", "total",
    "left", "going", "maybe", "cant", "shown", "sent", "failed", "windows",
    "pages", "needed", "hours", "seconds", "posts", "members", "interactions", "followers",
    "streak",
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en-US", "no"])
def test_every_count_before_a_noun_goes_through_plural_selection(
    catalog: Catalog, locale: str
) -> None:
    missing = []
    for key, variables in sorted(counted_nouns(catalog).items()):
        message = catalog.sources[locale][key]
        selected = {u.variable for u in uses(message) if u.selected}
        selectors = {
            e.selector.id.name
            for e in _selects(message)
            if isinstance(e.selector, ast.VariableReference)
        }
        for variable in sorted(variables - (selected | selectors)):
            missing.append(f"{key}: ${variable}")
    assert not missing, "counts without plural selection:\n" + "\n".join(missing)


def _selects(message: ast.Message) -> Iterator[ast.SelectExpression]:
    found: list[ast.SelectExpression] = []

    def visit(node: object) -> None:
        if isinstance(node, ast.SelectExpression):
            found.append(node)
        if isinstance(node, ast.BaseNode):
            for value in vars(node).values():
                if isinstance(value, list):
                    for item in value:
                        visit(item)
                else:
                    visit(value)

    visit(message)
    return iter(found)


def test_chinese_has_no_plural_forms_to_select() -> None:
    assert Locale.parse("zh_Hans_CN").plural_form.rules == {}


def test_plural_selection_picks_the_singular_for_one(catalog: Catalog) -> None:
    assert "(1 result)" in catalog.render(
        "en-US", "er-history-stats", {"mean": "", "median": "", "best": "", "count": 1}
    )
    assert "(2 results)" in catalog.render(
        "en-US", "er-history-stats", {"mean": "", "median": "", "best": "", "count": 2}
    )


# -- Chinese typography ---------------------------------------------------------------

_ASIDE = re.compile(r"`[^`]*`|<[^>]*>|https?://\S+|\]\([^)]*\)")
_ASCII_PUNCTUATION = ":;,()!?"


def chinese_texts(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """(where, text) for every Chinese text members see: catalog messages, benchmark data."""

    def text_of(pattern: ast.Pattern) -> Iterator[str]:
        for element in pattern.elements:
            if isinstance(element, ast.TextElement):
                yield element.value
            elif isinstance(element.expression, ast.SelectExpression):
                for variant in element.expression.variants:
                    yield from text_of(variant.value)
            else:
                yield "\x00"  # a placeable: neither Latin nor Chinese

    for key, message in catalog.sources["zh-CN"].items():
        if message.value is not None:
            yield key, "".join(text_of(message.value))
    library = BenchmarkLibrary.load()
    for benchmark in library.sets.values():
        for name in ("title", "description", "caveat", "source", "citation"):
            value = getattr(benchmark, name)
            if isinstance(value, Localised):
                yield f"{benchmark.name}.{name}", value.get("zh-CN")
        for industry in benchmark.industries:
            yield f"{benchmark.name}.{industry.key}", industry.name.get("zh-CN")


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def test_chinese_text_uses_full_width_punctuation(catalog: Catalog) -> None:
    found = []
    for where, raw in chinese_texts(catalog):
        text = _ASIDE.sub("\x00", raw)
        for index, char in enumerate(text):
            if char not in _ASCII_PUNCTUATION:
                continue
            before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
            latin = before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
            if not latin:  # "1,000", "18:30", "sat,sun" stay as they are
                found.append(f"{where}: {text[max(0, index - 6) : index + 6]!r}")
    assert not found, "ASCII punctuation in Chinese text:\n" + "\n".join(found)


def test_chinese_text_has_no_space_around_wan_and_yi(catalog: Catalog) -> None:
    found = [
        f"{where}: {text!r}"
        for where, text in chinese_texts(catalog)
        if re.search(r"\d\s+[万亿]|[万亿]\s+(以上|以下)", text)
    ]
    assert not found


def test_chinese_lists_use_the_enumeration_comma(catalog: Catalog) -> None:
    t = catalog.messages("zh-CN")
    assert t.enumerate(["周一", "周三", "周五"]) == "周一、周三、周五"
    assert catalog.messages("en-US").enumerate(["Mon", "Wed"]) == "Mon, Wed"
    assert joined(t, [1, 2, 3]) == "<@1>、<@2>、<@3>"
    assert format_days(frozenset({0, 2}), t) == "周一、周三"
    assert describe_offsets(t, [1440, 60]) == "1 天、1 小时"


# -- Norwegian and English wording ----------------------------------------------------


def norwegian_texts(catalog: Catalog) -> Iterator[tuple[str, str]]:
    for key, message in catalog.sources["no"].items():
        if message.value is not None:
            yield key, FluentSerializer().serialize_entry(message)
    for benchmark in BenchmarkLibrary.load().sets.values():
        for name in ("title", "description", "caveat", "source", "citation"):
            value = getattr(benchmark, name)
            if isinstance(value, Localised):
                yield f"{benchmark.name}.{name}", value.get("no")


def test_norwegian_percentages_have_one_style(catalog: Catalog) -> None:
    t = catalog.messages("no")
    assert t.percent(2.43) == "2,43\u00a0%" and t.percent(3.3) == "3,30\u00a0%"
    assert catalog.messages("en-US").percent(2.43) == "2.43%"
    assert catalog.messages("zh-CN").percent(2.43) == "2.43%"
    found = [
        f"{where}: {text!r}"
        for where, text in norwegian_texts(catalog)
        # typed without the no-break space Babel uses (examples of input aside)
        if not where.startswith("cmd-") and re.search(r"\d(%| %)", _ASIDE.sub("", text))
    ]
    assert not found


def test_norwegian_speaks_of_one_member_in_the_singular(catalog: Catalog) -> None:
    found = [
        where
        for where, text in norwegian_texts(catalog)
        if re.search(r"\bderes\b", text, re.IGNORECASE)
    ]
    assert not found, f"'deres' (their, plural) about one member in {found}"


def test_the_nudge_agrees_with_its_count(catalog: Catalog) -> None:
    def nudge(left: int) -> str:
        return catalog.render(
            "en-US",
            "streak-nudge-dm",
            {"guild": "G", "end": "E", "relative": "R", "bar": "B", "left": left},
        )

    assert nudge(1).endswith("One more post keeps your week.")
    assert nudge(4).endswith("4 more posts keep your week.")
    streak = catalog.render("no", "streak-nudge-dm-streak", {"streak": 1})
    assert "1 uke står" in streak
