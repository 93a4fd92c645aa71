"""The consent page a person sees at TikTok: which account, which scopes, Authorize or Cancel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from aiohttp import web

from sandbox.tiktok.models import Account

FORM = "application/x-www-form-urlencoded"
# The authorization request's parameters, carried from the page to the decision.
CARRIED = (
    "client_key",
    "scope",
    "response_type",
    "redirect_uri",
    "state",
    "code_challenge",
    "code_challenge_method",
)
SCOPE_TEXT = {
    "user.info.basic": "Read your profile info (avatar, display name)",
    "user.info.profile": "Read your profile details (username, bio, verified)",
    "user.info.stats": "Read your follower, following, likes and video counts",
    "video.list": "Read your public videos and their views, likes, comments and shares",
}
_STYLE = (
    "body{font-family:sans-serif;background:#111;color:#eee;max-width:28rem;margin:3rem auto;"
    "padding:0 1rem}h1{font-size:1.3rem}label{display:block;margin:.5rem 0}"
    "button{font-size:1rem;padding:.5rem 1.2rem;margin-right:.5rem;border:0;border-radius:4px}"
    ".allow{background:#fe2c55;color:#fff}.local{color:#999;font-size:.85rem}"
)


def _html(title: str, body: str, status: int = 200) -> web.Response:
    text = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )
    return web.Response(text=text, status=status, content_type="text/html")


def page(
    params: Mapping[str, str], asked: Sequence[str], accounts: Sequence[Account]
) -> web.Response:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{escape(params.get(name, ""))}">'
        for name in CARRIED
    )
    options = "".join(
        f'<option value="{escape(a.username)}">{escape(a.display_name)} (@{escape(a.username)})</option>'
        for a in accounts
        if not a.deleted
    )
    scopes = "".join(
        f'<label><input type="checkbox" name="granted" value="{escape(s)}" checked> '
        f"{escape(SCOPE_TEXT.get(s, s))}</label>"
        for s in asked
    )
    body = (
        "<h1>An app wants to access your TikTok account</h1>"
        '<form method="post" action="/v2/auth/authorize/">'
        f'{hidden}<label>Log in as <select name="account">{options}</select></label>'
        f"<p>It asks to:</p>{scopes}"
        '<p><button class="allow" name="decision" value="allow">Authorize</button>'
        '<button name="decision" value="deny">Cancel</button></p></form>'
        '<p class="local">This is the local TikTok of the CreatorPulse sandbox: no data leaves '
        "this machine.</p>"
    )
    return _html("Authorize", body)


def error_page(what: str, text: str) -> web.Response:
    return _html("Error", f"<h1>Something went wrong</h1><p>{escape(text)}</p>", status=400)
