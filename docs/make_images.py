"""Regenerate the README's pictures from real bot output.

Runs the real bot against the local Discord emulator, types the commands a member
would, and saves the PNG attachments the bot replied with:

    .venv/bin/python docs/make_images.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from tests.support.harness import Harness, running_harness

HERE = Path(__file__).resolve().parent

# A creator's ten weeks of videos: (views, likes, comments, shares).
VIDEOS = [
    (12_400, 910, 64, 31),
    (18_900, 1_350, 88, 52),
    (9_800, 610, 41, 18),
    (25_300, 2_020, 150, 96),
    (15_100, 1_090, 77, 40),
    (41_000, 4_480, 310, 260),
    (16_700, 1_180, 95, 47),
    (21_900, 1_760, 120, 71),
    (19_400, 1_420, 99, 58),
    (27_800, 2_300, 171, 102),
]


async def er_history(h: Harness) -> bytes:
    await h.slash(h.alice, "profile set", {"followers": "14.2K"})
    for number, (views, likes, comments, shares) in enumerate(VIDEOS):
        await h.slash(
            h.alice,
            "er views",
            {
                "views": str(views),
                "likes": str(likes),
                "comments": str(comments),
                "shares": str(shares),
                "video": f"https://www.tiktok.com/@alice.creates/video/72345678901234{number:05d}",
            },
        )
        if number % 3 == 0:
            await h.slash(
                h.alice,
                "er followers",
                {
                    "followers": "14.2K",
                    "posts": "10",
                    "likes": str(likes * 9),
                    "comments": str(comments * 9),
                },
            )
        await h.clock.advance(timedelta(days=7))
    result = await h.slash(h.alice, "er history", {"limit": 20})
    return result.files[0][1]


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(Path(folder), Catalog.load()) as h:
            with patched_discord_urls(h.emu):
                (HERE / "er-history.png").write_bytes(await er_history(h))
    print(f"wrote {HERE / 'er-history.png'}")


if __name__ == "__main__":
    asyncio.run(main())
