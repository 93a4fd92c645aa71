"""A small font with Chinese glyphs, built on the spot (fontTools comes with matplotlib), so a
test can install a CJK font without the machine having one."""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

# Every CJK ideograph, CJK punctuation and the full-width forms: one box glyph draws them all
# (a full em wide, as in real CJK fonts); printable ASCII gets a narrower box.
CJK_RANGES = ((0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def _box(width: int, height: int) -> object:
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, height))
    pen.lineTo((width - 50, height))
    pen.lineTo((width - 50, 0))
    pen.closePath()
    return pen.glyph()


def build_cjk_font(path: Path, family: str) -> Path:
    """A TrueType font named ``family`` at ``path`` that has a glyph for every Chinese
    character (the same box for each: enough for a chart to be drawn without fallbacks)."""
    names = [".notdef", "space", "latin", "box"]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    cmap = {0x20: "space"} | dict.fromkeys(range(0x21, 0x7F), "latin")  # digits, ASCII
    for first, last in CJK_RANGES:
        cmap.update(dict.fromkeys(range(first, last + 1), "box"))
    builder.setupCharacterMap(cmap)
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf(
        {".notdef": _box(500, 700), "space": empty, "latin": _box(560, 700), "box": _box(1000, 800)}
    )
    builder.setupHorizontalMetrics(
        {".notdef": (500, 50), "space": (300, 0), "latin": (560, 50), "box": (1000, 50)}
    )
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path
