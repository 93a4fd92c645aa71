## Reminders, "starting now" and the end of a LIVE

live-reminders-will = Reminders: { $offsets } before the start, and a post when it starts.
live-reminders-will-headed = { $offsets } before the start, and a post when it starts.
live-reminders-none = No reminders for this LIVE (only a post when it starts).
live-reminders-too-soon = No reminders: the LIVE starts sooner than the first reminder would go out (only a post when it starts).
live-reminders-passed = Left out, too close to the start: { $offsets } before.
live-reminders-already-sent = Already sent, not repeated: { $offsets } before.
live-reminder-title = ⏰ Reminder: { $title }
live-reminder-body = Starts { $full } ({ $relative }).
live-reminder-link = Announcement and RSVPs: { $url }
live-reminder-ping = ⏰ LIVE reminder for everyone going:
live-start-title = 🔴 Starting now: { $title }
live-start-body = Started { $full } ({ $relative }). Join the hosts on TikTok:
live-start-host = { $host }: { $url }
live-start-ping = 🔴 The LIVE is starting:
live-reminder-by-dm = ⏰ LIVE reminder, sent by DM to { $members }.
live-start-by-dm = 🔴 The LIVE is starting; told by DM: { $members }.
live-reminded-more = { $count ->
    [one] 1 more
   *[other] { $count } more
}

## After the LIVE: /live report, the "How did it go?" prompt, /live stats, /live checklist

live-prompt-ping = How did the LIVE go? Press the button to report your numbers:
live-channel-refused = ⚠️ I couldn't post for LIVE #{ $number } “{ $title }” in { $channel }: { $reason } I reminded the members I would have mentioned there by DM instead. To fix it, let me send messages and embed links in that channel, or choose another one with `/config channel`.
live-channel-refused-missing-access = I'm not allowed to post there.
live-channel-refused-channel-gone = that channel no longer exists.
