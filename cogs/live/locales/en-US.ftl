## /live: group LIVEs

live-local-time = { $weekday }, { $date }, { $time } ({ $zone })
live-host-line = { $host }: { $when }
live-host-no-timezone = timezone unknown (they can set it with `/timezone set`)

live-error-not-moderator = Scheduling LIVEs needs the Manage Events permission or the server's LIVE moderator role.
live-error-not-host = Only LIVE #{ $number }'s hosts and LIVE moderators can change it.
live-error-title = The title needs some text (1–100 characters), not only spaces.
live-error-host-twice = The same host is listed twice. Pick each host once.
live-error-host-bot = A bot can't host a LIVE. Pick members instead.
live-error-host-count = A LIVE has 1 to 6 hosts.
live-error-need-timezone = I read times in your timezone, and you haven't set one. Run `/timezone set` first, or give the `timezone` option.
live-zone-server = Times were read in the server's timezone, { $zone }, because you have not set your own (`/timezone set`).
live-error-past = That time has already passed. Pick a moment in the future.
live-error-too-far = That is more than a year ahead. Pick a time within the next 365 days.
live-error-within-days = How many days ahead to search must be between 1 and { $maximum }.
live-error-no-number = There is no LIVE #{ $number } on this server. `/live list` shows the upcoming ones.
live-error-not-found = That LIVE no longer exists on this server.
live-error-not-scheduled = This LIVE is not scheduled any more (it was cancelled or has ended), so it can't be changed.

live-preview-title = Preview: { $title }
live-preview-reschedule-title = New time for: { $title }
live-preview-when = **When:** { $full } ({ $relative }) · { $minutes } min
live-preview-was = **Was:** { $full }
live-preview-understood = I read your time as: `{ $understood }`
live-preview-hosts = Hosts, in their own time
live-preview-warnings = Warnings
live-preview-announcement = Announcement
live-preview-channel = Will be posted in { $channel }.
live-preview-no-channel = No announcement channel is set, so the LIVE will be saved without an announcement. A manager can set one with `/config channel`, or use this command's `channel` option.
live-preview-footer = Only you can confirm. This preview expires in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
live-preview-expired = This preview expired (or the bot restarted). Run the command again.
live-step-dropped = Cancelled. Nothing was changed.
live-dst-earlier = First one ({ $offset })
live-dst-later = Second one ({ $offset })

live-warn-outside = { $host } is not available then (outside their `/availability`).
live-warn-night = It is night for { $host }: starts at { $time } their time ({ $minutes } min between 00:00 and 07:00).
live-warn-clash = Clashes with LIVE #{ $number } “{ $title }” ({ $when }) for { $hosts }.
live-warn-soon = It starts in less than an hour: members get little notice.

live-saved = Saved LIVE #{ $number } “{ $title }”: { $full } ({ $relative }).
live-saved-event = Event: { $url }
live-saved-announcement = Announcement: { $url }
live-problem-event-forbidden = I couldn't create or change the Discord event: I lack the Create Events / Manage Events permission. Give my role that permission, then reschedule the LIVE to try again.
live-problem-event-cap = I couldn't create the Discord event: the server already has Discord's maximum of 100 scheduled events. Delete some old events, then reschedule the LIVE to try again.
live-problem-event-failed = Discord refused the event for this LIVE. The LIVE is saved; reschedule it to try again.
live-problem-event-gone = The Discord event of this LIVE was deleted by someone.
live-problem-no-event = This LIVE has no Discord event.
live-problem-no-channel = No announcement was posted: this server has no LIVE channel. A manager can set one with `/config channel`; then post it with `/live announce`.
live-problem-channel-forbidden = I couldn't post the announcement in { $channel }: I lack the permission to view or send messages there. Give my role those permissions, or pick another channel with `/config channel`.
live-problem-channel-gone = I couldn't post the announcement: the channel no longer exists. Set a new one with `/config channel`.
live-problem-announce-failed = Discord refused the announcement message. The LIVE is saved.
live-problem-announcement-gone = The announcement message was deleted, so it could not be updated.

live-announce-title = 🔴 { $title }
live-announce-cancelled-title = CANCELLED: { $title }
live-announce-cancelled = **This LIVE was cancelled.**
live-announce-when = { $full } ({ $relative }) · { $minutes } min
live-announce-hosts = Hosts: { $hosts }
live-announce-rsvps = RSVPs
live-announce-counts = Going: { $going } · Maybe: { $maybe } · Can't: { $cant }
live-announce-footer = LIVE #{ $number }
live-rsvp-going = Going ({ $count })
live-rsvp-maybe = Maybe ({ $count })
live-rsvp-cant = Can't ({ $count })
live-rsvp-done-going = You're going to LIVE #{ $number } “{ $title }”. You'll get a DM if it moves or is cancelled.
live-rsvp-done-maybe = Marked as maybe for LIVE #{ $number } “{ $title }”.
live-rsvp-done-cant = Marked as can't make it for LIVE #{ $number } “{ $title }”.
live-rsvp-cancelled = LIVE #{ $number } was cancelled, so it takes no RSVPs.
live-rsvp-over = LIVE #{ $number } is over, so it takes no RSVPs.

live-cancel-question = Cancel LIVE #{ $number } “{ $title }” ({ $full })? { $going ->
        [one] 1 member said Going and will get a DM.
       *[other] { $going } members said Going and will get a DM.
    }
live-cancel-button = Cancel the LIVE
live-cancel-keep = Keep it
live-cancelled = LIVE #{ $number } “{ $title }” is cancelled. DMs sent to Going members: { $sent }; couldn't reach: { $failed }.
live-rescheduled = LIVE #{ $number } “{ $title }” moved to { $full } ({ $relative }). DMs sent to Going members: { $sent }; couldn't reach: { $failed }.
live-dm-cancelled = LIVE #{ $number } “{ $title }” ({ $full }) was cancelled.
live-dm-rescheduled = LIVE #{ $number } “{ $title }” moved to { $full } ({ $relative }).

live-list-title = Upcoming LIVEs
live-list-empty = No LIVEs are scheduled. Moderators can use `/live suggest` or `/live schedule`.
live-list-line = **#{ $number }** { $title } · { $full } ({ $relative }) · { $hosts }
live-list-page = Page { $page } of { $pages } · { $total ->
    [one] { $total } LIVE
   *[other] { $total } LIVEs
}
live-list-prev = Previous
live-list-next = Next

live-info-title = LIVE #{ $number }: { $title }
live-info-when = { $full } ({ $relative }) · { $minutes } min · { $status }
live-info-going = Going: { $names }
live-info-links = Links
live-info-event = [Discord event]({ $url })
live-info-announcement = [Announcement]({ $url })
live-info-no-links = No event or announcement.
live-status-scheduled = scheduled
live-status-cancelled = cancelled
live-status-ended = ended

live-suggest-title = Suggested times
live-suggest-found = Times when every host is free for { $minutes } min, within { $days ->
    [one] { $days } day
   *[other] { $days } days
}:
live-suggest-none-common = No time in the next { $days ->
    [one] { $days } day
   *[other] { $days } days
} has every host free for { $minutes } min. These come closest:
live-suggest-nothing = I found no time in the next { $days ->
    [one] { $days } day
   *[other] { $days } days
} for a { $minutes }-minute LIVE with these hosts.
live-suggest-unknown = Left out (no timezone or no `/availability`): { $hosts }
live-suggest-footer = Press a number to schedule that time; you'll be asked for a title, then see the preview.
live-suggest-pick = Schedule #{ $n }
live-slot-line = **{ $n }.** { $full } ({ $relative })
live-slot-host = { $host } { $weekday } { $time }
live-slot-missing = Not available: { $hosts }
live-modal-title = Schedule this LIVE
live-modal-field-title = Title
live-modal-field-description = Description (optional)

live-profile-line = Next LIVE: #{ $number } “{ $title }” { $relative }
privacy-kind-live_hosts = LIVEs you host
privacy-kind-live_rsvps = Your LIVE RSVPs
privacy-kind-live_delivery_parts = LIVE reminders sent to you

## Reminders, "starting now" and the end of a LIVE
live-preview-reminders = Reminders
live-preview-here = No LIVE channel is set, so the announcement will be posted here, in { $channel }. A manager can set one with `/config channel`.
live-saved-here = The announcement went to { $channel }, where you scheduled it, because this server has no LIVE channel. A manager can set one with `/config channel`.
live-reminders-will = Reminders: { $offsets } before the start, and a post when it starts.
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
live-announce-ended-title = Ended: { $title }
live-announce-ended = This LIVE has ended. Thanks for coming!
live-choice-status = {" "}({ $status })
privacy-kind-live_guests = Your guest sign-ups for LIVEs

## Recurring shows
live-choice-weekly = weekly
live-choice-biweekly = every 2 weeks
live-error-guest-slots = Guest spots: choose a number from 0 to { $maximum }.
live-series-need-repeat = `count` and `until` belong to a recurring show: choose `repeat` too.
live-series-alternate-need-repeat = `alternate_when` is the second slot of a recurring show: choose `repeat` too.
live-series-count-and-until = Give `count` or `until`, not both.
live-series-need-end = A recurring show needs an end: `count` (2–26 shows) or `until` (a date).
live-series-count-range = A series has 2 to 26 shows, the first included.
live-series-until-range = `until` must fall on or after the first show and at most a year ahead.
live-series-alternate-before = `alternate_when` must come after `when`.
live-series-alternate-too-far = `alternate_when` must fall within two intervals after `when` (for `weekly`: within 14 days).
live-preview-series = Every show
live-series-moved = (moved to { $time }: the clocks jump forward then)
live-series-dst = (time moves for { $hosts }: their DST change differs)
live-series-events = Discord events are created for the next { $window } shows; later ones follow as the series goes on.
live-series-saved = { $count ->
    [one] Saved 1 show of “{ $title }”, #{ $first }: { $full }.
   *[other] Saved { $count } shows of “{ $title }”, #{ $first }–#{ $last }: first { $full }, last { $last_full }.
}
live-series-saved-events = { $count ->
    [one] Discord event created for the next show.
   *[other] Discord events created for the next { $count } shows.
}
live-move-this = Move this show
live-move-later = This and all later shows
live-moved-later = { $count ->
    [one] The 1 later show moved by the same amount.
   *[other] The { $count } later shows moved by the same amount.
}
live-cancel-this = Cancel this show
live-cancel-later = Cancel this and all later
live-cancelled-later = { $count ->
    [one] The 1 later show of the series was cancelled too.
   *[other] The { $count } later shows of the series were cancelled too.
}

## Guests and calendars
live-guest-join = Join as guest ({ $taken }/{ $slots })
live-calendar-button = Add to calendar
live-guests-title = Guests ({ $taken }/{ $slots })
live-guests-none = Nobody yet: press “Join as guest”.
live-guests-value = { $guests }
    { $waiting ->
        [0] {""}
        [one] One member is on the waitlist.
       *[other] { $waiting } members are on the waitlist.
    }
live-guests-waiting-list = Waitlist, in order: { $members }
live-guest-closed = Sign-up for LIVE #{ $number } is closed: it has started, ended or was cancelled.
live-guest-none = LIVE #{ $number } takes no guest sign-ups.
live-guest-host = You host this LIVE, so you are on it already.
live-guest-joined = You are a guest of LIVE #{ $number } “{ $title }”. Press the button again to withdraw.
live-guest-waiting = The guest spots of LIVE #{ $number } are taken: you are number { $position } on the waitlist. You will get a DM if a spot frees up.
live-guest-left = You are no longer signed up for LIVE #{ $number } “{ $title }”.
live-guest-promoted = A guest spot freed up: you are now a guest of LIVE #{ $number } “{ $title }”, { $full } ({ $relative }).
live-guest-not-signed = { $member } is not signed up for this LIVE.
live-guest-removed = { $member } was taken off LIVE #{ $number }.
live-calendar-empty = There is no upcoming LIVE to put in a calendar.
live-calendar-file = Here is your calendar file: open it to add the LIVEs to your calendar. Importing a newer file updates them.
live-info-series = Series: show { $position } of { $count }
live-announced = The announcement of LIVE #{ $number } is up: { $url }
live-host-left = (host left: a LIVE moderator can change this LIVE)
live-suggest-overlap = { $minutes ->
    [one] The longest time everyone is free: 1 minute, from { $full } to { $until }.
   *[other] The longest time everyone is free: { $minutes } minutes, from { $full } to { $until }.
}

## After the LIVE: /live report, the "How did it go?" prompt, /live stats, /live checklist
live-watch = { $minutes } min { $seconds } s
live-watch-hours = { $hours } h { $minutes } min
live-line-viewers = 👀 { $value }
live-line-new_followers = ➕ { $value }
live-line-avg_watch_seconds = ⏱ { $value }
live-line-diamonds = 💎 { $value }
live-line-empty = no numbers yet
live-report-title = LIVE #{ $number } “{ $title }”: your numbers
live-report-title-unscheduled = Your LIVE of { $date }
live-report-for = Numbers of { $member }, from TikTok's LIVE summary:
live-figure-viewers = Viewers: **{ $value }**
live-figure-peak_viewers = Peak viewers: **{ $value }**
live-figure-new_followers = New followers: **{ $value }**
live-figure-avg_watch_seconds = Average watch time: **{ $value }**
live-figure-diamonds = Diamonds: **{ $value }**
live-figure-gifters = Gifters: **{ $value }**
live-figure-likes = Likes: **{ $value }**
live-figure-comments = Comments: **{ $value }**
live-figure-shares = Shares: **{ $value }**
live-name-viewers = viewers
live-name-peak_viewers = peak viewers
live-name-new_followers = new followers
live-name-avg_watch_seconds = average watch time
live-name-diamonds = diamonds
live-name-gifters = gifters
live-name-likes = likes
live-name-comments = comments
live-name-shares = shares
live-median-up = (↑ { $change } above your median)
live-median-down = (↓ { $change } below your median)
live-rate-diamonds = Diamonds per hour: **{ $value }**
live-rate-followers = New followers per 100 viewers: **{ $value }**
live-rate-peak = Peak share (peak / viewers): **{ $value }**
live-report-median-later = From your third report on, each number is compared with your median.
live-report-updated = Updated
live-report-change = { $figure }: { $before } → { $after }
live-report-unchanged = Nothing changed.
live-report-everyone = Everyone on this LIVE who reported
live-prompt-title = How did it go? { $title }
live-prompt-body = LIVE #{ $number } ({ $full }) is over. Open TikTok's LIVE summary and report your numbers: the bot compares them with your earlier LIVEs. TikTok has no public API for LIVE analytics, so only you can tell.
live-prompt-button = Report my numbers
live-prompt-ping = How did the LIVE go? Press the button to report your numbers:
live-report-modal-title = How did it go?
live-report-field-viewers = Viewers
live-report-field-new_followers = New followers
live-report-field-avg_watch = Average watch time (2m30s, 2:30)
live-report-field-diamonds = Diamonds
live-report-field-peak_viewers = Peak viewers
live-report-live-or-when = Give either `live` (a LIVE scheduled here) or `when` (a LIVE that was never scheduled), not both and not neither.
live-report-cancelled = LIVE #{ $number } was cancelled, so it has no numbers to report.
live-report-not-started = LIVE #{ $number } has not started yet. Report it once it has.
live-report-not-on-live = { $member } was not on LIVE #{ $number } (neither a host nor a guest), so no report can be saved for them.
live-report-only-yours = You can report your own numbers. Reporting for a co-host or guest needs LIVE moderator rights.
live-report-unscheduled-yours = A LIVE that was never scheduled here can only be reported by the member who went LIVE.
live-report-when-future = That time has not come yet. Report a LIVE that has already started.
live-report-when-too-old = That is more than { $days ->
    [one] { $days } day
   *[other] { $days } days
} back. Reports cover the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
live-report-need-duration = For a LIVE that was never scheduled, give its `duration` too (45m, 1h30).
live-report-no-figures = Give at least one number (viewers, new followers, diamonds...).
live-report-negative = Numbers can't be negative.
live-report-absurd = That is more than 1,000,000,000: it looks like a typing slip. Check the number on TikTok's LIVE summary.
live-report-peak-above = Peak viewers can't be more than total viewers.
live-report-watch-too-long = The average watch time can't be longer than the LIVE itself ({ $minutes } min).
live-report-watch-format = “{ $value }” is not a watch time I can read. Try 2m30s, 150s or 2:30.
live-profile-report = Last LIVE reported: { $viewers } viewers, { $new } new followers ({ $count ->
    [one] { $count } LIVE reported
   *[other] { $count } LIVEs reported
})
live-stats-title = LIVE stats: { $member }
live-stats-title-server = LIVE stats: the whole server
live-stats-count = Latest { $shown } of { $count ->
    [one] { $count } reported LIVE
   *[other] { $count } reported LIVEs
} (👀 viewers · ➕ new followers · ⏱ average watch · 💎 diamonds):
live-stats-solo = solo
live-stats-group = group with { $members }
live-stats-group-plain = group
live-stats-findings = Findings
live-stats-rests-on = { $count ->
    [one] rests on { $count } LIVE
   *[other] rests on { $count } LIVEs
}
live-stats-no-findings = Findings appear once they rest on at least { $minimum ->
    [one] { $minimum } LIVE
   *[other] { $minimum } LIVEs
}: keep reporting.
live-finding-weekday = Best weekday: { $weekday }, { $viewers } viewers on average (all LIVEs: { $overall }); { $rests }.
live-finding-hour = Best time: starting at { $hour }, { $viewers } viewers on average (all LIVEs: { $overall }); { $rests }.
live-finding-group = Group LIVEs bring { $group } new followers per 100 viewers, solo LIVEs { $solo }; { $rests }.
live-finding-partner = With { $member } on the LIVE: { $gained } new followers on average, the most of anyone; { $rests }.
live-finding-trend-up = Trend: the last 5 LIVEs averaged { $change } more viewers than the 5 before ({ $before }); { $rests }.
live-finding-trend-down = Trend: the last 5 LIVEs averaged { $change } fewer viewers than the 5 before ({ $before }); { $rests }.
live-stats-empty = { $member } has no reported LIVEs yet. `/live report` saves the numbers of a LIVE.
live-stats-empty-server = Nobody on this server has reported a LIVE yet.
live-stats-last-range = `last` is between { $minimum } and { $maximum }.
live-stats-server-moderators = The whole server's stats are for LIVE moderators (Manage Events or the LIVE moderator role).
live-chart-viewers = Viewers
live-chart-followers = New followers
live-chart-solo = Solo LIVE
live-chart-group = Group LIVE
live-checklist-title = Before you go LIVE
live-checklist-title-live = Before LIVE #{ $number } “{ $title }”
live-checklist-eligibility = Who can go LIVE
live-eligibility-host = • Hosting a LIVE: 18 or older. TikTok raised the minimum from 16 to 18 on 23 Nov 2022 (source: TikTok's announcement of its LIVE changes, Oct 2022; older guides still say 16).
live-eligibility-gifts = • Sending or receiving gifts: 18 or older (source: TikTok's LIVE gift rules).
live-eligibility-followers = • About 1,000 followers; the threshold varies by region (source: TikTok's LIVE help pages).
live-eligibility-few-followers = Your profile shows { $amount } followers. Many regions ask for about 1,000 before you can go LIVE: you are on your way, and every post brings you closer.
live-checklist-items = Checklist
live-checklist-progress = { $bar } { $done }/{ $total }
live-checklist-footer = Press an item to tick it. Only you see this list; your ticks are kept for this LIVE.
live-checklist-not-yours = You are not a host or guest of LIVE #{ $number }. Leave out `live` for the general checklist.
live-checklist-button = Checklist before going LIVE
live-check-purpose = Purpose
live-check-format = Format
live-check-battery = Phone charged
live-check-wifi = Wi-Fi
live-check-light = Light
live-check-audio = Audio
live-check-tripod = Tripod
live-check-background = Background
live-check-cover = Title & cover
live-check-moderators = Moderators
live-check-keywords = Keyword filter
live-check-gifts = Gifts on/off
live-check-purpose-long = Purpose and goal of the LIVE
live-check-format-long = Format: Q&A, tutorial, behind the scenes, interview / multi-guest, product demo, challenge
live-check-battery-long = Phone charged (or plugged in)
live-check-wifi-long = Stable Wi-Fi
live-check-light-long = Light in front of you, no window behind you
live-check-audio-long = Audio: an external mic if you have one
live-check-tripod-long = Tripod or a steady stand
live-check-background-long = Quiet, tidy background
live-check-cover-long = Title and cover image
live-check-moderators-long = Moderators assigned
live-check-keywords-long = Keyword filter set
live-check-gifts-long = Gifts on or off, decided
privacy-kind-live_reports = Your reported LIVE numbers
privacy-kind-live_checklist_ticks = Your LIVE checklist ticks
privacy-kind-live_reports--reported_by_user_id = LIVE reports you made for others (you are removed, the report stays)
