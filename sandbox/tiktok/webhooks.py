"""TikTok's webhook events as TikTok sends them: signed JSON POSTs to the app's callback URL.

``TikTok-Signature: t=<unix seconds>,s=<hex>``, where ``s`` is HMAC-SHA256 over
``"{t}.{raw body}"`` keyed with the app's client secret. A delivery is kept whole (body and
header), so a test can send it again as TikTok's retries (or an attacker's replay) would.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiohttp


@dataclass(frozen=True)
class WebhookDelivery:
    url: str
    body: bytes
    signature: str


def signature(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},s={digest.hexdigest()}"


def signed_delivery(url: str, event: dict[str, Any], secret: str, now: datetime) -> WebhookDelivery:
    body = json.dumps(event, separators=(",", ":")).encode()
    return WebhookDelivery(url, body, signature(secret, int(now.timestamp()), body))


async def deliver(delivery: WebhookDelivery) -> int:
    """POST it; the HTTP status the app answered with."""
    headers = {"Content-Type": "application/json", "TikTok-Signature": delivery.signature}
    async with (
        aiohttp.ClientSession() as session,
        session.post(delivery.url, data=delivery.body, headers=headers) as response,
    ):
        await response.read()
        return response.status
