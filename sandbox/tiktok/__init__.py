"""A local TikTok for the tests and the sandbox (never imported by the bot)."""

from sandbox.tiktok.models import Account, Video
from sandbox.tiktok.server import DEFAULT_CLIENT_KEY, DEFAULT_CLIENT_SECRET, FakeTikTok
from sandbox.tiktok.webhooks import WebhookDelivery, signature

__all__ = [
    "DEFAULT_CLIENT_KEY",
    "DEFAULT_CLIENT_SECRET",
    "Account",
    "FakeTikTok",
    "Video",
    "WebhookDelivery",
    "signature",
]
