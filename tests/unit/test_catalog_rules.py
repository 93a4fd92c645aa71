"""Wording rules every catalog keeps: plural forms for counts, Chinese typography."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from babel import Locale
from fluent.syntax import ast

from bot.i18n import Catalog

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
