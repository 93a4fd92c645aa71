"""What a person does on the sandbox page, in Chromium, against the real bot."""

from __future__ import annotations

import re
import statistics

from playwright.async_api import Locator, Page, expect

from sandbox.demo import ANNOUNCEMENTS, GENERAL, RECAPS, member
from tests.browser.conftest import SandboxPage

ER_VIEWS = "/er views views:50000 likes:4500 comments:300 shares:200"


async def as_member(page: Page, name: str) -> None:
    await page.select_option("#member", str(member(name).id))


async def open_channel(page: Page, channel_id: int) -> None:
    await page.click(f"#channels li[data-channel='{channel_id}']")


async def send(page: Page, text: str) -> None:
    composer = page.locator("#composer")
    await composer.fill(text)
    await composer.press("Enter")
    await expect(composer).to_have_value("")


def message(page: Page, text: str) -> Locator:
    return page.locator("#messages .msg").filter(has_text=text)


async def test_the_page_shows_the_demo_server(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await expect(page.locator("#guild-name")).to_have_text("Creator Lounge")
    channels = page.locator("#channels li")
    await expect(channels).to_have_text(["# general", "# live-announcements", "# recaps"])
    options = await page.locator("#member option").all_inner_texts()
    assert [o.split(" ")[0] for o in options] == ["Ola", "Li", "Ana", "Sam", "Noor", "Kari"]
    await expect(page.locator("#dms li")).to_have_text(["CreatorPulse"])
    # The group LIVE next week, announced with its RSVPs, and its scheduled event.
    await open_channel(page, ANNOUNCEMENTS)
    announcement = message(page, "Group LIVE: growing together")
    await expect(announcement.locator("button").first).to_have_text("Going (2)")
    await expect(page.locator("#events .event")).to_contain_text(["Group LIVE: growing together"])
    await expect(page.locator("#events .ev-status")).to_have_text(["Scheduled"])


async def test_typed_er_views_shows_the_rate_and_the_formula(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Ana")
    await open_channel(page, GENERAL)
    await send(page, ER_VIEWS)
    reply = message(page, "Engagement rate by views")
    await expect(reply).to_contain_text("10.00%")
    await expect(reply).to_contain_text("((4,500 + 300 + 200) / 50,000) × 100 = 10.00%")
    await expect(reply.locator(".used")).to_have_text("Ana used /er views")
    await sandbox_page.screenshot("sandbox.png")


async def test_choosing_er_views_from_the_list_and_filling_its_options(
    sandbox_page: SandboxPage,
) -> None:
    page = sandbox_page.page
    await as_member(page, "Sam")
    composer = page.locator("#composer")
    await composer.press_sequentially("/er")
    items = page.locator("#popup .item[data-kind='commands']")
    await expect(items.filter(has_text="/er views")).to_contain_text(
        "Engagement rate of one video, by views"
    )
    await items.filter(has_text="/er views").click()
    await expect(composer).to_have_value("/er views ")
    await expect(page.locator("#options-help")).to_contain_text("views*")
    for name, value in (("views", "50000"), ("likes", "4500"), ("comments", "300")):
        await (
            page.locator("#popup .item[data-kind='options']")
            .filter(has_text=re.compile(rf"^{name}\*"))
            .click()
        )
        await composer.press_sequentially(f"{value} ")
    await (
        page.locator("#popup .item[data-kind='options']")
        .filter(has_text=re.compile(r"^shares\*"))
        .click()
    )
    await composer.press_sequentially("200")
    await expect(composer).to_have_value(ER_VIEWS)
    await composer.press("Enter")
    await expect(message(page, "Engagement rate by views")).to_contain_text("10.00%")


async def test_timezone_set_autocomplete_offers_cities(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Sam")
    await page.locator("#composer").press_sequentially("/timezone set zone:Osl")
    suggestions = page.locator("#popup .item[data-kind='autocomplete']")
    await expect(suggestions.first).to_contain_text("Europe/Oslo")
    await suggestions.first.click()
    await expect(page.locator("#composer")).to_have_value("/timezone set zone:Europe/Oslo ")
    await page.locator("#composer").press("Enter")
    await expect(message(page, "Europe/Oslo")).to_be_visible()


async def test_as_li_the_reply_is_in_chinese(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Li")
    await send(page, ER_VIEWS)
    reply = message(page, "按观看计算的互动率")
    await expect(reply).to_contain_text("10.00%")
    await expect(page.locator("html")).to_have_attribute("lang", "zh-CN")


async def test_an_error_is_an_ephemeral_reply(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Ana")
    await send(page, "/er views views:0 likes:1 comments:1 shares:1")
    reply = message(page, "Views must be at least 1")
    await expect(reply.locator(".only-you")).to_contain_text("Only you can see this")
    await as_member(page, "Sam")  # nobody else sees it
    await expect(message(page, "Views must be at least 1")).to_have_count(0)
    await as_member(page, "Ana")
    await reply.locator(".dismiss").click()
    await expect(message(page, "Views must be at least 1")).to_have_count(0)


async def test_a_chart_renders(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Ola")
    await send(page, "/er history")
    image = page.locator("#messages .msg img").last
    # The first chart of a process starts the render process: give it time on a busy machine
    # (a bound on the wait, not a measure of speed).
    await expect(image).to_be_visible(timeout=30_000)
    width = await image.evaluate("img => img.complete ? img.naturalWidth : 0")
    assert width > 300


async def test_schedule_rsvp_and_the_reminder_a_day_later(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    # 2026-11-25 10:00 in London is 46 hours after the sandbox's start; the 24-hour
    # reminder is due 22 hours in.
    await as_member(page, "Noor")
    await send(
        page,
        "/live schedule title:Sandbox Q&A when:2026-11-25 10:00 duration:1h host1:Sam",
    )
    preview = message(page, "Sandbox Q&A").filter(has=page.locator(".only-you"))
    await expect(preview.locator("button", has_text="Confirm")).to_be_enabled()
    await preview.locator("button", has_text="Confirm").click()
    await expect(message(page, "Saved LIVE #2")).to_be_visible()
    await expect(page.locator("#events .event")).to_have_count(2)
    await expect(page.locator("#events")).to_contain_text("Sandbox Q&A")

    await as_member(page, "Ana")
    await open_channel(page, ANNOUNCEMENTS)
    announcement = message(page, "Sandbox Q&A").filter(has=page.locator("button"))
    await expect(announcement.locator("button").first).to_have_text("Going (0)")
    await announcement.locator("button").first.click()
    await expect(announcement.locator("button").first).to_have_text("Going (1)")
    await sandbox_page.screenshot("sandbox-live.png")

    await page.click("#plus-day")
    reminder = message(page, "LIVE reminder")
    await expect(reminder).to_contain_text("Sandbox Q&A")
    await expect(reminder.locator(".mention")).to_contain_text(["@Ana"])


async def test_connecting_a_demo_tiktok_account(sandbox_page: SandboxPage) -> None:
    """As Ana: /tiktok connect, the link opens the local TikTok in a new tab, she authorizes
    as her account, and the reply in the sandbox turns into what the sync imported."""
    page = sandbox_page.page
    await as_member(page, "Ana")
    await send(page, "/tiktok connect")
    reply = message(page, "Press the button to connect your TikTok account")
    async with page.expect_popup() as opened:
        await reply.locator("button", has_text="Connect TikTok").click()
    consent = await opened.value
    await consent.wait_for_load_state()
    await expect(consent.locator("h1")).to_have_text("An app wants to access your TikTok account")
    await consent.select_option("select[name=account]", "ana.cria")
    await consent.locator("button", has_text="Authorize").click()
    await expect(consent.locator("h1")).to_have_text("Connected")
    await expect(consent.locator("p")).to_contain_text(
        "TikTok account Ana is connected for Ana in Creator Lounge"
    )
    await consent.close()

    synced = message(page, "Connected as")
    await expect(synced).to_contain_text("TikTok sync")
    await expect(synced).to_contain_text("new")
    await expect(synced.locator(".only-you")).to_contain_text("Only you can see this")
    await send(page, "/er history")
    await expect(message(page, "Engagement history")).to_contain_text("♪ TikTok")


# Types a command and presses Enter in the page, resolving with the milliseconds until the
# reply is drawn (the messages list holds ``count`` messages).
TIME_TO_REPLY = """([text, count]) => new Promise((resolve) => {
  const box = document.querySelector("#messages");
  const composer = document.querySelector("#composer");
  const started = performance.now();
  const seen = new MutationObserver(() => {
    if (box.querySelectorAll(".msg").length >= count) {
      seen.disconnect();
      resolve(performance.now() - started);
    }
  });
  seen.observe(box, { childList: true });
  composer.value = text;
  composer.dispatchEvent(new Event("input"));
  composer.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
})"""


async def test_command_to_reply_time_is_printed(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Sam")
    timings = []
    for number in range(1, 13):
        text = f"/er views views:{50000 + number} likes:4500 comments:300 shares:200"
        timings.append(await page.evaluate(TIME_TO_REPLY, [text, number]))
        await expect(page.locator("#messages .msg")).to_have_count(number)
    await expect(page.locator("#messages .msg").last).to_contain_text("Engagement rate by views")
    print(
        f"\nsandbox start to ready {sandbox_page.sandbox.ready_seconds:.2f} s; "
        f"command typed to reply drawn: median {statistics.median(timings):.1f} ms "
        f"over {len(timings)}"
    )


async def test_to_whats_due_next_stops_at_the_recap_and_says_so(
    sandbox_page: SandboxPage,
) -> None:
    page = sandbox_page.page
    await as_member(page, "Ana")
    for when in ("today 07:00", "today 07:30", "today 08:00"):
        await send(page, f"/post log when:{when}")
    await expect(message(page, "Post logged")).to_have_count(3)
    await page.click("#next-due")
    told = page.locator("#notices .notice.info")
    await expect(told.first).to_contain_text("the weekly streak recap of Creator Lounge")
    await expect(told.first).to_contain_text("November 30, 2026")
    await expect(page.locator("#notices .notice:not(.info)")).to_have_count(0)
    await open_channel(page, RECAPS)
    await expect(message(page, "Weekly recap").last).to_contain_text("@Ana")


async def test_a_members_typing_mistake_is_a_grey_hint_not_a_red_rule(
    sandbox_page: SandboxPage,
) -> None:
    page = sandbox_page.page
    await as_member(page, "Ana")
    await send(page, "/er views views:50000 likes:4500")
    hint = page.locator("#notices .notice.info")
    await expect(hint.first).to_contain_text("required option 'comments' missing")
    assert (await hint.first.inner_text()).count("/er views") == 1
    await expect(page.locator("#notices .notice:not(.info)")).to_have_count(0)


async def test_a_choice_is_found_by_the_start_of_its_name(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Kari")  # English: the choice is "Norsk (Norwegian)"
    await send(page, "/config language language:Norsk")
    await expect(message(page, "Server language")).to_contain_text("Norsk")
    await expect(page.locator("#notices .notice")).to_have_count(0)


async def test_links_to_messages_and_events_stay_in_the_page(sandbox_page: SandboxPage) -> None:
    page = sandbox_page.page
    await as_member(page, "Noor")
    await send(page, "/live schedule title:Sandbox Q&A when:2026-11-25 10:00 duration:1h host1:Sam")
    preview = message(page, "Sandbox Q&A").filter(has=page.locator(".only-you"))
    await preview.locator("button", has_text="Confirm").click()
    saved = message(page, "Saved LIVE #2")
    await expect(saved).to_be_visible()
    assert await page.locator("#messages a[href*='discord.com']").count() == 0
    await saved.locator("a.jump[data-message]").click()
    await expect(page.locator("#channel-title")).to_have_text("# live-announcements")
    await expect(page.locator("#messages .msg.flash")).to_contain_text("Sandbox Q&A")
    await open_channel(page, GENERAL)
    await message(page, "Saved LIVE #2").locator("a.jump[data-event]").click()
    await expect(page.locator("#events .event.flash")).to_contain_text("Sandbox Q&A")
