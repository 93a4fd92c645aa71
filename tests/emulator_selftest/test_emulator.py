"""End-to-end self-test: the real discord.py client against the local Discord emulator."""

from __future__ import annotations

import asyncio
import datetime as dt
import io

import discord
import pytest
import yarl

from sandbox.emulator import (
    SEND_MESSAGES,
    VIEW_CHANNEL,
    DiscordEmulator,
    patched_discord_urls,
    run_client,
    snowflake_time,
)
from tests.support.clock import DEFAULT_NOW, ManualClock

from .selftest_bot import World, build_client


async def test_login_ready_and_urls_restored(world: World) -> None:
    emu = world.emu
    client = build_client(world.guild.id)
    async with run_client(client, emu):
        assert client.ready_count == 1  # type: ignore[attr-defined]
        assert client.user is not None
        assert client.user.id == emu.bot_user_id
        guild = client.get_guild(world.guild.id)
        assert guild is not None
        assert guild.name == "Creators"
        assert guild.me is not None
        assert guild.get_channel(world.channel.id) is not None
        assert guild.default_role.id == guild.id
        text_channel = guild.get_channel(world.channel.id)
        assert isinstance(text_channel, discord.TextChannel)
        perms = text_channel.permissions_for(guild.me)
        assert perms.send_messages
        assert perms.embed_links
    assert emu.gateway_sessions == 1
    assert [r.path for r in emu.requests[:2]] == ["/users/@me", "/oauth2/applications/@me"]
    assert all(r.headers.get("Authorization") == f"Bot {emu.token}" for r in emu.requests[:2])


async def test_urls_are_restored_after_patch() -> None:
    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        with patched_discord_urls(emu):
            assert emu.api_base_url == discord.http.Route.BASE
            assert yarl.URL(emu.gateway_url) == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    after = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    assert after == before


async def test_bad_token_is_login_failure(world: World) -> None:
    client = build_client(world.guild.id)
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    assert world.emu.requests[-1].status == 401


async def test_sync_stores_definitions(world: World, bot: discord.Client) -> None:
    emu = world.emu
    assert emu.sync_count == 1
    cmds = {c["name"]: c for c in emu.commands(world.guild.id)}
    assert {"ping", "slow", "stats", "counter", "report", "askname", "announce"} <= set(cmds)
    stats = cmds["stats"]
    assert stats["guild_id"] == str(world.guild.id)
    assert stats["application_id"] == str(emu.app_id)
    subs = {o["name"]: o for o in stats["options"]}
    show_opts = {o["name"]: o for o in subs["show"]["options"]}
    assert show_opts["user"]["type"] == 6
    assert show_opts["days"]["type"] == 4
    assert subs["search"]["options"][0]["autocomplete"] is True
    # a second sync keeps ids stable, like Discord
    ids = {c["name"]: c["id"] for c in emu.commands(world.guild.id)}
    await bot.tree.sync(guild=discord.Object(world.guild.id))  # type: ignore[attr-defined]
    assert {c["name"]: c["id"] for c in emu.commands(world.guild.id)} == ids
    assert emu.sync_count == 2
    assert emu.commands() == []


async def test_slash_ephemeral_reply(world: World, bot: discord.Client) -> None:
    result = await world.emu.slash(world.guild.id, world.alice.id, "ping")
    assert result.callback_type == 4
    assert result.content == "pong"
    assert result.ephemeral
    assert world.emu.channel_messages(world.channel.id) == []  # ephemeral: not in channel
    created = snowflake_time(result.interaction_id)
    # ids are stamped with the emulator's clock, not the machine's
    assert abs((world.emu.now() - created).total_seconds()) < 1


async def test_group_subcommand_with_user_and_int(world: World, bot: discord.Client) -> None:
    emu = world.emu
    result = await emu.slash(
        world.guild.id, world.alice.id, "stats show", {"user": world.alice.id, "days": 30}
    )
    assert not result.ephemeral
    assert "Stats for alice" in result.text
    assert "last 30 days" in result.text
    assert emu.channel_messages(world.channel.id) == [result.message]
    with pytest.raises(AssertionError, match="required option 'user'"):
        await emu.slash(world.guild.id, world.alice.id, "stats show", {"days": 3})
    with pytest.raises(AssertionError, match="outside"):
        await emu.slash(
            world.guild.id, world.alice.id, "stats show", {"user": world.alice.id, "days": 91}
        )
    with pytest.raises(AssertionError, match="not synced"):
        await emu.slash(world.guild.id, world.alice.id, "nope")


async def test_unknown_command_is_reported_by_bot(world: World, bot: discord.Client) -> None:
    # discord.py answers nothing for an unknown command: the emulator must not hang.
    with pytest.raises(AssertionError, match=r"got no answer within 0\.3s"):
        await world.emu.slash(
            world.guild.id, world.alice.id, "ghost", allow_invalid=True, timeout=0.3
        )


async def test_defer_then_followup(world: World, bot: discord.Client) -> None:
    result = await world.emu.slash(world.guild.id, world.alice.id, "slow")
    assert result.callback_type == 5
    assert result.content == "done slowly"
    assert not result.ephemeral
    assert len(result.followups) == 1
    assert world.emu.channel_messages(world.channel.id)[-1]["content"] == "done slowly"


async def test_autocomplete_choices(world: World, bot: discord.Client) -> None:
    choices = await world.emu.autocomplete(
        world.guild.id, world.alice.id, "stats search", {}, "query"
    )
    assert 0 < len(choices) <= 25
    choices = await world.emu.autocomplete(
        world.guild.id, world.alice.id, "stats search", {"query": "ti"}, "query"
    )
    assert choices[0] == {"name": "ticreator0", "value": "ticreator0"}


async def test_button_click_updates_message(world: World, bot: discord.Client) -> None:
    emu = world.emu
    result = await emu.slash(world.guild.id, world.alice.id, "counter")
    assert [b["custom_id"] for b in result.buttons] == ["counter:add", "counter:stop"]
    clicked = await emu.click(world.guild.id, world.alice.id, result.message, "counter:add")  # type: ignore[arg-type]
    assert clicked.callback_type == 7
    assert clicked.content == "count: 1"
    clicked = await emu.click(world.guild.id, world.alice.id, clicked.message, "counter:add")  # type: ignore[arg-type]
    assert clicked.content == "count: 2"
    stopped = await emu.click(world.guild.id, world.alice.id, result.message, "counter:stop")  # type: ignore[arg-type]
    assert all(b["disabled"] for b in stopped.buttons)
    assert emu.channel_messages(world.channel.id)[0]["content"] == "stopped"
    with pytest.raises(AssertionError, match="disabled"):
        await emu.click(world.guild.id, world.alice.id, stopped.message, "counter:add")  # type: ignore[arg-type]


async def test_file_attachment_captured(world: World, bot: discord.Client) -> None:
    result = await world.emu.slash(world.guild.id, world.alice.id, "report")
    assert result.files == [("report.csv", b"a,b\n1,2\n")]
    assert "Report" in result.text
    assert "rows" in result.text
    att = result.message["attachments"][0]  # type: ignore[index]
    assert world.emu.attachment_data(att) == b"a,b\n1,2\n"


async def test_modal_roundtrip(world: World, bot: discord.Client) -> None:
    shown = await world.emu.slash(world.guild.id, world.alice.id, "askname")
    assert shown.callback_type == 9
    assert shown.modal is not None
    answered = await world.emu.submit_modal(
        world.guild.id, world.alice.id, shown.modal, {"name": "Ana"}
    )
    assert answered.content == "hello Ana"
    assert answered.ephemeral


async def test_followup_429_retried_once(world: World, bot: discord.Client) -> None:
    emu = world.emu
    emu.fail_next("POST", r"^/webhooks/\d+/[^/]+$", status=429, retry_after=0.05)
    result = await emu.slash(world.guild.id, world.alice.id, "slow")
    assert result.content == "done slowly"
    posts = emu.requests_matching("POST", r"^/webhooks/\d+/[^/]+$")
    assert [r.status for r in posts] == [429, 200]
    assert len(emu.requests_matching("POST", r"^/webhooks/", status=200)) == 1


async def test_channel_post_500_retried(world: World, bot: discord.Client) -> None:
    emu = world.emu
    emu.fail_next("POST", r"^/channels/\d+/messages$", status=500)
    result = await emu.slash(world.guild.id, world.alice.id, "announce", {"text": "live at 8"})
    assert result.content == "announced"
    assert result.ephemeral
    posts = emu.requests_matching("POST", r"^/channels/\d+/messages$")
    assert [r.status for r in posts] == [500, 200]
    assert [m["content"] for m in emu.channel_messages(world.channel.id)] == ["live at 8"]


async def test_channel_permissions_and_deleted_channel(world: World, bot: discord.Client) -> None:
    emu = world.emu
    muted = emu.add_channel(world.guild.id, name="muted", bot_can_send=False)
    await asyncio.sleep(0.05)
    channel = bot.get_channel(muted.id)
    assert isinstance(channel, discord.TextChannel)
    assert not channel.permissions_for(channel.guild.me).send_messages
    with pytest.raises(discord.Forbidden) as forbidden:
        await channel.send("hi")
    assert forbidden.value.code == 50013
    emu.delete_channel(world.channel.id)
    with pytest.raises(discord.NotFound) as missing:
        await bot.http.send_message(
            world.channel.id, params=discord.http.handle_message_parameters("x")
        )
    assert missing.value.code == 10003


async def test_dm_messages(world: World, bot: discord.Client) -> None:
    emu = world.emu
    bob = emu.add_member(world.guild.id, name="bob", dm_open=False)
    user = await bot.fetch_user(world.alice.id)
    await user.send("psst")
    assert [m["content"] for m in emu.dm_messages(world.alice.id)] == ["psst"]
    with pytest.raises(discord.Forbidden) as closed:
        await (await bot.fetch_user(bob.id)).send("hello")
    assert closed.value.code == 50007


async def test_drop_gateway_then_resume(world: World, bot: discord.Client) -> None:
    emu = world.emu
    await emu.drop_gateway()
    await emu.wait_until_connected(5)
    assert emu.resume_count == 1
    assert emu.gateway_sessions == 1
    result = await emu.slash(world.guild.id, world.alice.id, "ping")
    assert result.content == "pong"


async def test_events_missed_while_down_are_replayed(world: World, bot: discord.Client) -> None:
    emu = world.emu
    await emu.drop_gateway()
    result = await emu.slash(world.guild.id, world.alice.id, "ping")  # sent while disconnected
    assert result.content == "pong"
    assert emu.resume_count == 1


async def test_reconnect_op7(world: World, bot: discord.Client) -> None:
    emu = world.emu
    await emu.send_reconnect()
    await emu.wait_until_connected(5)
    assert emu.resume_count == 1
    assert emu.gateway_connections == 2
    result = await emu.slash(world.guild.id, world.alice.id, "ping")
    assert result.content == "pong"


async def test_scheduled_events_roundtrip_and_validation(world: World, bot: discord.Client) -> None:
    emu = world.emu
    guild = bot.get_guild(world.guild.id)
    assert guild is not None
    start = emu.now() + dt.timedelta(days=1)
    live_url = "https://tiktok.com/@team/live"

    async def create(location: str = live_url, when: dt.datetime = start) -> discord.ScheduledEvent:
        return await guild.create_scheduled_event(
            name="Group LIVE",
            start_time=when,
            end_time=when + dt.timedelta(hours=1),
            entity_type=discord.EntityType.external,
            location=location,
            privacy_level=discord.PrivacyLevel.guild_only,
        )

    event = await create()
    assert event.name == "Group LIVE"
    assert event.location == live_url
    assert event.creator_id == emu.bot_user_id
    assert emu.scheduled_events(guild.id)[0]["id"] == str(event.id)
    edited = await event.edit(name="Group LIVE v2", description="bring friends")
    assert edited.name == "Group LIVE v2"
    assert emu.scheduled_events(guild.id)[0]["description"] == "bring friends"
    await event.delete()
    assert emu.scheduled_events(guild.id) == []

    with pytest.raises(discord.HTTPException) as long_location:
        await create(location="x" * 101)
    assert long_location.value.code == 50035
    assert "location" in str(long_location.value)
    with pytest.raises(discord.HTTPException) as past:
        await create(when=emu.now() - dt.timedelta(hours=1))
    assert past.value.code == 50035

    emu.max_scheduled_events = 1
    await create()
    with pytest.raises(discord.HTTPException) as capped:
        await create()
    assert capped.value.code == 30038

    emu.set_bot_permissions(guild.id, VIEW_CHANNEL | SEND_MESSAGES)
    with pytest.raises(discord.Forbidden) as forbidden:
        await create()
    assert forbidden.value.code == 50013


async def test_double_ack_and_unhandled_are_reported(world: World) -> None:
    emu = world.emu
    client = build_client(world.guild.id)

    @client.tree.command(description="acks twice", guild=discord.Object(world.guild.id))  # type: ignore[attr-defined]
    async def twice(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("one")
        try:
            await interaction.response.send_message("two")
        except discord.InteractionResponded:
            # discord.py guards this locally; go around it the way a buggy bot might
            adapter = discord.webhook.async_.async_context.get()
            params = discord.webhook.async_.interaction_response_params(4, {"content": "two"})
            await adapter.create_interaction_response(
                interaction.id, interaction.token, session=interaction._session, params=params
            )

    async with run_client(client, emu, check_clean=False):
        await client.tree.sync(guild=discord.Object(world.guild.id))  # type: ignore[attr-defined]
        result = await emu.slash(world.guild.id, world.alice.id, "twice", timeout=2)
        assert result.content == "one"
        await asyncio.sleep(0.1)
        with pytest.raises(discord.NotFound):
            await client.http.request(discord.http.Route("GET", "/no/such/route"))
    assert any("second callback" in e for e in emu.protocol_errors)
    assert [r.path for r in emu.unhandled] == ["/no/such/route"]
    with pytest.raises(AssertionError, match="unhandled route GET /no/such/route"):
        emu.assert_clean()


async def test_run_client_fails_fast_when_client_crashes(world: World) -> None:
    client = build_client(world.guild.id)
    loop = asyncio.get_running_loop()
    started = loop.time()

    async def crash_inside() -> None:
        async with run_client(client, world.emu, check_clean=False):
            world.emu._dispatch("MESSAGE_CREATE", {"id": "1"})  # malformed: no channel_id
            await asyncio.sleep(10)

    with pytest.raises(AssertionError, match=r"client\.start"):
        await crash_inside()
    assert loop.time() - started < 5


async def test_wait_for_background_request(world: World, bot: discord.Client) -> None:
    emu = world.emu
    channel = bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)

    async def later() -> None:
        await asyncio.sleep(0.05)
        await channel.send("reminder!")

    task = asyncio.create_task(later())
    rec = await emu.wait_for(lambda r: r.method == "POST" and r.path.endswith("/messages"), 3)
    await task
    assert rec.json["content"] == "reminder!"
    assert rec.status == 200


async def test_nonce_rule_returns_the_first_message(world: World, bot: discord.Client) -> None:
    emu = world.emu
    channel = bot.get_partial_messageable(world.channel.id)
    first = await channel.send("reminder", nonce="r1")
    again = await channel.send("reminder, again", nonce="r1")
    assert again.id == first.id
    assert emu.nonce_hits == 1
    assert [m["content"] for m in emu.channel_messages(world.channel.id)] == ["reminder"]
    other = await channel.send("another", nonce="r2")
    assert other.id != first.id
    clock = emu.clock
    assert isinstance(clock, ManualClock)
    await clock.advance(emu.nonce_window + dt.timedelta(seconds=1))
    late = await channel.send("reminder, much later", nonce="r1")  # outside the window
    assert late.id != first.id
    assert len(emu.channel_messages(world.channel.id)) == 3


async def test_lost_response_is_carried_out_but_never_answered(
    world: World, bot: discord.Client
) -> None:
    emu = world.emu
    emu.lose_next_response("POST", r"^/channels/\d+/messages$")
    channel = bot.get_partial_messageable(world.channel.id)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(channel.send("accepted", nonce="x1"), 0.5)
    assert [m["content"] for m in emu.channel_messages(world.channel.id)] == ["accepted"]
    assert len(emu.lost_responses) == 1
    resent = await channel.send("accepted", nonce="x1")  # the retry after a crash
    assert resent.content == "accepted"
    assert len(emu.channel_messages(world.channel.id)) == 1


async def test_a_held_request_is_carried_out_and_answered_when_released(
    world: World, bot: discord.Client
) -> None:
    emu = world.emu
    held = emu.hold_next("POST", r"^/channels/\d+/messages$")
    channel = bot.get_partial_messageable(world.channel.id)
    sending = asyncio.ensure_future(channel.send("accepted, answer held"))
    await held.arrived.wait()
    assert [m["content"] for m in emu.channel_messages(world.channel.id)] == [
        "accepted, answer held"
    ]
    assert not sending.done()
    held.release()
    message = await sending
    assert message.content == "accepted, answer held"
    assert held.request is not None and held.request.status == 200


async def test_an_upload_over_the_limit_is_refused_as_discord_does(
    world: World, bot: discord.Client
) -> None:
    emu = world.emu
    emu.upload_limit = 1000
    channel = bot.get_partial_messageable(world.channel.id)
    with pytest.raises(discord.HTTPException) as refused:
        await channel.send(file=discord.File(io.BytesIO(b"x" * 1001), filename="big.json"))
    assert (refused.value.status, refused.value.code) == (413, 40005)
    assert emu.channel_messages(world.channel.id) == []
    sent = await channel.send(file=discord.File(io.BytesIO(b"x" * 1000), filename="fits.json"))
    assert sent.attachments[0].filename == "fits.json"
