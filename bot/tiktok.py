"""TikTok handles and video links as members paste them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.errors import BadInput
from bot.text import clean_text

_HANDLE = re.compile(r"^[A-Za-z0-9_.]{2,24}$")
_VIDEO_PATH = re.compile(r"^/@(?P<user>[A-Za-z0-9_.]{2,24})/(?:video|photo)/(?P<id>\d{5,25})/?$")
_SHORT_PATH = re.compile(r"^/(?:t/)?(?P<code>[A-Za-z0-9]{5,20})/?$")
_PROFILE_PATH = re.compile(r"^/@(?P<user>[^/]+)/?$")
_MAIN_HOSTS = {"tiktok.com", "www.tiktok.com", "m.tiktok.com"}
_SHORT_HOSTS = {"vm.tiktok.com", "vt.tiktok.com"}


def normalise_video_url(text: str) -> str:
    """A canonical TikTok video link, query string and fragment removed.

    Accepts ``tiktok.com/@user/video/<id>`` (with or without scheme or ``www.``),
    and the short ``vm.tiktok.com/<code>`` and ``vt.tiktok.com/<code>`` links.
    """
    raw = clean_text(text).strip("<>")
    candidate = raw if "://" in raw else f"https://{raw}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        raise BadInput("error-video-url", value=raw[:100]) from None
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https"):
        raise BadInput("error-video-url", value=raw[:100])
    if host in _MAIN_HOSTS:
        match = _VIDEO_PATH.match(parts.path)
        if match:
            return f"https://www.tiktok.com/@{match['user']}/video/{match['id']}"
    elif host in _SHORT_HOSTS:
        match = _SHORT_PATH.match(parts.path)
        if match:
            return f"https://{host}/{match['code']}/"
    raise BadInput("error-video-url", value=raw[:100])


def normalise_handle(text: str) -> str:
    """A TikTok handle without ``@``, from ``@name``, ``name`` or a profile link."""
    raw = clean_text(text)
    value = raw
    if "tiktok.com" in raw.lower():
        parts = urlsplit(raw if "://" in raw else f"https://{raw}")
        match = _PROFILE_PATH.match(parts.path)
        if not match:
            raise BadInput("error-handle", value=raw[:100])
        value = match["user"]
    value = value.removeprefix("@")
    if not _HANDLE.match(value):
        raise BadInput("error-handle", value=raw[:100])
    return value


def profile_url(handle: str) -> str:
    return f"https://www.tiktok.com/@{handle}"
