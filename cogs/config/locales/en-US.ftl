## /config

config-not-allowed = Only members with the Manage Server permission can change CreatorPulse's settings. Nothing was changed.
config-choice-live = LIVE announcements
config-choice-recap = Streak recaps
config-choice-member = Each member's Discord language
config-choice-en-US = English
config-choice-zh-CN = 简体中文 (Simplified Chinese)
config-choice-no = Norsk (Norwegian)
config-channel-set-live = LIVE announcements will be posted in { $channel }.
config-channel-set-recap = Streak recaps will be posted in { $channel }.
config-channel-warning = ⚠️ Saved, but I can't post properly in { $channel } yet: I'm missing { $permissions }. Give my role these permissions in that channel.
config-reminders-set = LIVE reminders by default: { $offsets } before the start.
config-reminders-empty = Type 1 to 5 reminder times separated by commas, like `24h, 1h, 15m`.
config-reminders-format = “{ $value }” is not a reminder time I can read. Use times like `24h, 1h, 15m`.
config-reminders-range = “{ $value }” is out of range: each reminder must be between 5 minutes and 7 days before the LIVE.
config-reminders-too-many = That is { $count ->
    [one] { $count } reminder time
   *[other] { $count } reminder times
}; the most is { $maximum }.
config-reminders-duplicate = “{ $value }” is given twice. Give each reminder time once.
config-reminders-none-mixed = “none” means no reminders, so it cannot be mixed with reminder times.
config-modrole-set = Members with { $role } can now schedule LIVEs, as can members with the Manage Events permission.
config-modrole-cleared = LIVE moderator role cleared: only members with the Manage Events permission can schedule LIVEs.
config-modrole-everyone = @everyone can't be the LIVE moderator role. Pick a role given to your moderators.
config-language-set = Server language: { $language }.
config-language-member = Each member's Discord language (English when the bot doesn't speak it)
config-language-en-US = English
config-language-zh-CN = 简体中文 (Simplified Chinese)
config-language-no = Norsk (Norwegian)
config-field-public-language = Announcements, reminders and recaps
config-public-set = { $language }, as set with `/config language`.
config-public-members = { $language }: the language most members used with the bot in the last 30 days. `/config language` fixes one instead.
config-public-actor = { $language }: no language leads among members yet, so posts follow the member whose action causes them.
config-public-default = { $language }: no member has used the bot yet.
config-title = CreatorPulse settings
config-field-language = Language
config-field-live = LIVE announcements
config-field-recap = Streak recaps
config-field-modrole = LIVE moderator role
config-field-reminders = Default LIVE reminders
config-field-timezone = Server timezone
config-timezone-unset = UTC (not set: `/config timezone`)
config-timezone-set = The server's timezone is now { $zone }. The weekly recap goes out on Monday at 09:00 there, and moderators without a timezone of their own schedule LIVEs in it.
config-calendar-off = The calendar feed is off on this bot. Whoever runs it can turn it on by setting `CALENDAR_PORT` (see the README). Members can still use `/live calendar`.
config-calendar-url = Subscribe to this address in a calendar app to see every LIVE of this server, kept up to date. Share it only with members: anyone with it can read the schedule. { $url }
config-calendar-rotated = A new address was made; the old one no longer works. { $url }
config-field-goal = Default weekly goal
config-field-benchmark = Benchmark set
config-field-events = Discord events
config-channel-unset = Not set
config-channel-deleted = ⚠️ The channel set here (id { $id }) was deleted. Choose another with `/config channel`.
config-role-deleted = ⚠️ The role set here (id { $id }) was deleted. Choose another with `/config modrole`.
config-modrole-unset = Not set (members with Manage Events)
config-status-ok = ✅ I can post here
config-status-missing = ⚠️ I'm missing: { $permissions }
config-events-ok = ✅ I can create and manage events
config-reminders-value = { $offsets } before
config-goal-value = { $goal ->
    [one] { $goal } post a week
   *[other] { $goal } posts a week
}
config-unit-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
config-unit-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
config-unit-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
config-perm-view_channel = View Channel
config-perm-send_messages = Send Messages
config-perm-embed_links = Embed Links
config-perm-attach_files = Attach Files
config-perm-create_events = Create Events
config-perm-manage_events = Manage Events
config-delete-data-nothing = CreatorPulse stores nothing for this server, so there is nothing to delete.
config-delete-data-prompt = { $rows ->
    [one] This deletes everything CreatorPulse stores for **{ $server }**, for good: { $rows } entry.
   *[other] This deletes everything CreatorPulse stores for **{ $server }**, for good: { $rows } entries.
} The settings, every LIVE, and every member's profile, results, posts, streaks and RSVPs here. Take an export first, then press Delete… and type the server's name.
config-delete-data-export = Export first
config-delete-data-delete = Delete…
config-delete-data-form = Delete this server's data
config-delete-data-name = Type the server's name to confirm
config-delete-data-exported = { $rows ->
    [one] Everything stored for this server: { $rows } entry.
   *[other] Everything stored for this server: { $rows } entries.
} { $files ->
    [one] It holds members' data: keep it safe.
   *[other] It comes zipped, in { $files } files that together hold every entry once. It holds members' data: keep it safe.
}
config-delete-data-too-large = Discord refused the export as too large to send here. Nothing was deleted. Ask the people who run this bot for it.
config-delete-data-mismatch = That is not this server's name (**{ $server }**). Nothing was deleted.
config-delete-data-done = { $rows ->
    [one] Done: { $rows } entry was deleted. CreatorPulse starts afresh in this server.
   *[other] Done: { $rows } entries were deleted. CreatorPulse starts afresh in this server.
} { $events ->
    [0] Messages it posted stay: a moderator can remove them.
    [one] The Discord event of { $events } upcoming LIVE was removed; messages it posted stay.
   *[other] The Discord events of { $events } upcoming LIVEs were removed; messages it posted stay.
}
