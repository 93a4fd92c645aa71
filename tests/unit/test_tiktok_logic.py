"""/tiktok's pure rules, the vault and the TikTok settings, with a fixed ``now``."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr

from bot.settings import Settings
from bot.tiktok import normalise_video_url
from bot.vault import Vault, VaultError
from cogs.er.logic import rate_by_followers
from cogs.tiktok import logic

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
SECRET = "client-secret"


def signed(body: bytes, at: datetime, secret: str = SECRET) -> str:
    stamp = int(at.timestamp())
    digest = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={stamp},s={digest}"


def test_the_pkce_challenge_is_the_hex_sha256_not_base64url() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    challenge = logic.code_challenge(verifier)
    assert challenge == hashlib.sha256(verifier.encode()).hexdigest()
    assert len(challenge) == 64 and set(challenge) <= set("0123456789abcdef")
    rfc = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert challenge != rfc.decode()


def test_the_authorize_link_carries_what_tiktok_asks_for() -> None:
    url = logic.authorize_url(
        "https://www.tiktok.com/v2/auth/authorize/",
        "key",
        "https://bot.example/tiktok/callback",
        "st",
        "ab" * 32,
    )
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert parts.netloc == "www.tiktok.com" and parts.path == "/v2/auth/authorize/"
    assert query == {
        "client_key": "key",
        "scope": "user.info.basic,user.info.stats,video.list",
        "response_type": "code",
        "redirect_uri": "https://bot.example/tiktok/callback",
        "state": "st",
        "code_challenge": "ab" * 32,
        "code_challenge_method": "S256",
    }


def test_granted_scopes_are_the_known_ones() -> None:
    assert logic.granted("user.info.basic, video.list,user.info.profile,") == (
        "user.info.basic",
        "video.list",
    )


@pytest.mark.parametrize(
    ("header", "body", "valid"),
    [
        (signed(b'{"a":1}', NOW), b'{"a":1}', True),
        (
            signed(b'{"a":1}', NOW).upper().replace("T=", "t=").replace(",S=", ",s="),
            b'{"a":1}',
            True,
        ),
        (signed(b'{"a":1}', NOW - timedelta(minutes=4, seconds=59)), b'{"a":1}', True),
        (signed(b'{"a":1}', NOW - timedelta(minutes=5, seconds=1)), b'{"a":1}', False),
        (signed(b'{"a":1}', NOW + timedelta(minutes=6)), b'{"a":1}', False),
        (signed(b'{"a":1}', NOW), b'{"a":2}', False),
        (signed(b'{"a":1}', NOW, "other"), b'{"a":1}', False),
        ("", b"{}", False),
        ("t=,s=", b"{}", False),
        ("t=99999999999999999999,s=00", b"{}", False),
        ("s=abc", b"{}", False),
    ],
)
def test_webhook_signatures(header: str, body: bytes, valid: bool) -> None:
    assert logic.signature_valid(header, body, SECRET, NOW) is valid


def test_how_far_back_a_sync_reads() -> None:
    assert logic.read_since(NOW, None) == NOW - timedelta(days=90)
    assert logic.read_since(NOW, NOW - timedelta(days=2)) == NOW - timedelta(days=30)
    assert logic.read_since(NOW, NOW - timedelta(days=45)) == NOW - timedelta(days=45)


@pytest.mark.parametrize(
    ("share", "handle"),
    [
        ("https://www.tiktok.com/@ana.cria/video/7300000000000000001?is_from_webapp=1", "ana.cria"),
        ("https://www.tiktok.com/@a/video/1", None),
        ("https://www.tiktok.com/video/7300000000000000001", None),
        ("not a link", None),
    ],
)
def test_the_handle_in_a_share_link(share: str, handle: str | None) -> None:
    assert logic.handle_from(share) == handle


def test_a_videos_link_is_the_one_post_log_and_er_views_store() -> None:
    share = "https://www.tiktok.com/@ana.cria/video/7300000000000000001?is_from_webapp=1&lang=en"
    url = logic.video_url("7300000000000000001", share, None)
    assert url == normalise_video_url(share)
    assert logic.video_url("7300000000000000001", None, "ana.cria") == url
    assert logic.video_url("x9", None, None) == "tiktok:x9"


def numbers(
    days_ago: int, views: int = 1000, likes: int = 100, comments: int = 10
) -> logic.Numbers:
    return logic.Numbers(
        str(days_ago),
        f"u{days_ago}",
        None,
        NOW - timedelta(days=days_ago),
        views,
        likes,
        comments,
        5,
    )


def test_summary_figures() -> None:
    videos = [numbers(d, views=1000 * (d + 1)) for d in range(12)] + [numbers(20, views=0)]
    assert numbers(3, views=0).rate is None
    best = logic.best(videos)
    assert best is not None and best.video_id == "0"  # 115 / 1000
    median = logic.median_rate(videos)
    assert median is not None and 1.5 < median < 2.5
    rate, counted = logic.follower_rate(2000, videos) or (None, 0)
    assert counted == 10 and rate == rate_by_followers(2000, 10, 1000, 100)
    assert logic.follower_rate(0, videos) is None and logic.follower_rate(2000, []) is None
    assert logic.median_rate([numbers(1, views=0)]) is None


def test_titles_are_cut_for_a_line() -> None:
    assert logic.cut("  many   spaces ") == "many spaces"
    assert logic.cut("x" * 80) == "x" * 59 + "…"
    assert logic.cut(None) == ""


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=0, max_value=10**6))
def test_daily_slots(connection_id: int, seconds: int) -> None:
    after = NOW + timedelta(seconds=seconds)
    slot = logic.slot(connection_id)
    assert timedelta(0) <= slot < timedelta(days=1)
    moment = logic.next_slot(after, connection_id)
    assert after < moment <= after + timedelta(days=1)
    assert (moment - datetime(moment.year, moment.month, moment.day, tzinfo=UTC)) == slot
    daily = logic.next_daily(after, connection_id)
    assert after + timedelta(hours=12) < daily <= after + timedelta(hours=36)


def test_slots_spread_over_the_day() -> None:
    hours = {int(logic.slot(n).total_seconds()) // 3600 for n in range(1, 500)}
    assert len(hours) == 24


def test_backoff_grows_and_stops() -> None:
    assert [logic.backoff(n) for n in (1, 2, 3, 5, 20)] == [
        timedelta(minutes=30),
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=6),
        timedelta(hours=6),
    ]


# -- the vault --------------------------------------------------------------------------


def test_the_vault_seals_and_opens() -> None:
    vault = Vault("k" * 40, "tiktok-tokens")
    sealed = vault.seal("act.secret-token", NOW)
    assert "secret-token" not in sealed
    assert vault.open(sealed) == "act.secret-token"
    assert vault.seal("act.secret-token", NOW) != sealed  # a fresh IV each time
    assert "k" * 40 not in repr(vault)


@pytest.mark.parametrize(
    "other",
    [Vault("x" * 40, "tiktok-tokens"), Vault("k" * 40, "another-purpose")],
    ids=["another key", "another purpose"],
)
def test_a_vault_opens_only_its_own(other: Vault) -> None:
    sealed = Vault("k" * 40, "tiktok-tokens").seal("act.secret", NOW)
    with pytest.raises(VaultError):
        other.open(sealed)


def test_a_changed_sealed_value_is_refused() -> None:
    vault = Vault("k" * 40, "tiktok-tokens")
    sealed = vault.seal("act.secret", NOW)
    changed = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
    with pytest.raises(VaultError):
        vault.open(changed)
    with pytest.raises(VaultError):
        vault.open("not sealed at all")


# -- the settings -----------------------------------------------------------------------


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, discord_token=SecretStr("t"), **values)  # type: ignore[call-arg]


def test_tiktok_is_off_without_its_settings() -> None:
    plain = settings()
    assert not plain.tiktok_enabled and plain.tiktok_problem() is None
    assert plain.tiktok_auth_url == "https://www.tiktok.com/v2/auth/authorize/"
    assert plain.tiktok_api_base_url == "https://open.tiktokapis.com"
    assert not settings(tiktok_client_key="  ").tiktok_enabled


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"tiktok_client_key": "k"}, "go together"),
        ({"tiktok_client_secret": SecretStr("s")}, "go together"),
        (
            {"tiktok_client_key": "k", "tiktok_client_secret": SecretStr("s")},
            "SECRET_KEY is not set",
        ),
        (
            {
                "tiktok_client_key": "k",
                "tiktok_client_secret": SecretStr("s"),
                "secret_key": SecretStr("short"),
            },
            "shorter than 32",
        ),
        (
            {
                "tiktok_client_key": "k",
                "tiktok_client_secret": SecretStr("s"),
                "secret_key": SecretStr("x" * 32),
            },
            "WEB_PORT",
        ),
    ],
)
def test_tiktok_settings_that_cannot_work(values: dict[str, object], problem: str) -> None:
    found = settings(**values).tiktok_problem()
    assert found is not None and problem in found and "\n" not in found


def test_tiktok_settings_that_work() -> None:
    ready = settings(
        tiktok_client_key="k",
        tiktok_client_secret=SecretStr("s"),
        secret_key=SecretStr("x" * 32),
        web_port=8080,
        public_base_url="https://bot.example.org/",
    )
    assert ready.tiktok_problem() is None and ready.tiktok_enabled
    assert ready.tiktok_redirect_uri == "https://bot.example.org/tiktok/callback"
