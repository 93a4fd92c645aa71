"""TikTok links and handles."""

from __future__ import annotations

import pytest

from bot.errors import BadInput
from bot.tiktok import normalise_handle, normalise_video_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://www.tiktok.com/@creator.name/video/7234567890123456789?is_from_webapp=1",
            "https://www.tiktok.com/@creator.name/video/7234567890123456789",
        ),
        ("tiktok.com/@a_b/video/7234567890123", "https://www.tiktok.com/@a_b/video/7234567890123"),
        ("https://vm.tiktok.com/ZMabc123/", "https://vm.tiktok.com/ZMabc123/"),
        ("vt.tiktok.com/ZSxyz987?x=1", "https://vt.tiktok.com/ZSxyz987/"),
        (
            "<https://m.tiktok.com/@x_y/video/12345678>",
            "https://www.tiktok.com/@x_y/video/12345678",
        ),
    ],
)
def test_video_links(text: str, expected: str) -> None:
    assert normalise_video_url(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "https://youtube.com/watch?v=1",
        "tiktok.com/@user",
        "not a url",
        "ftp://tiktok.com/@a/video/123456",
        "https://tiktok.com.evil.example/@a/video/123456",
    ],
)
def test_other_links_are_refused(text: str) -> None:
    with pytest.raises(BadInput):
        normalise_video_url(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@creator", "creator"),
        ("creator.name", "creator.name"),
        ("https://www.tiktok.com/@c_1?lang=en", "c_1"),
    ],
)
def test_handles(text: str, expected: str) -> None:
    assert normalise_handle(text) == expected


@pytest.mark.parametrize("text", ["has space", "a" * 40, "x", "@", "bad!name"])
def test_bad_handles(text: str) -> None:
    with pytest.raises(BadInput):
        normalise_handle(text)
