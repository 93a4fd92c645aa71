## /live: group LIVEs

live-local-time = { $weekday }, { $date }, { $time } ({ $zone })
live-host-line = { $host }: { $when }
live-host-no-timezone = timezone unknown (they can set it with `/timezone set`)
live-error-title = The title needs some text (1–100 characters), not only spaces.
live-error-host-twice = The same host is listed twice. Pick each host once.
live-error-host-bot = A bot can't host a LIVE. Pick members instead.
live-error-host-count = A LIVE has 1 to 6 hosts.
live-error-past = That time has already passed. Pick a moment in the future.
live-error-too-far = That is more than a year ahead. Pick a time within the next 365 days.
live-error-within-days = How many days ahead to search must be between 1 and { $maximum }.

live-preview-title = Preview: { $title }
live-preview-reschedule-title = New time for: { $title }
live-preview-when = **When:** { $full } ({ $relative }) · { $minutes } min
live-preview-was = **Was:** { $full }
live-preview-understood = I read your time as: { $understood }
live-preview-hosts = Hosts, in their own time
live-preview-warnings = Warnings
live-preview-announcement = Announcement
live-preview-channel = Will be posted in { $channel }.
live-preview-language = { $why ->
    [set] In { $language }, the server's language (`/config language`).
    [members] In { $language }, the language most members use with the bot (`/config language` can fix one).
    [actor] In { $language }, your language: no language leads among the members yet (`/config language` can fix one).
   *[default] In { $language } (`/config language` can choose another).
}
live-language-en-US = English
live-language-zh-CN = Simplified Chinese
live-language-no = Norwegian
live-preview-no-channel = No announcement channel is set, so the LIVE will be saved without an announcement. A manager can set one with `/config channel`, or use this command's `channel` option.
live-preview-footer = Only you can confirm. This preview expires in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
live-preview-expired = This preview expired (or the bot restarted). Run the command again.
live-step-dropped = Cancelled. Nothing was changed.
live-dst-earlier = First one ({ $offset })
live-dst-later = Second one ({ $offset })
live-zone-pick = “{ $value }” could mean several timezones, so I won't guess. Pick the one to read your time in:
live-zone-pick-more = Showing { $shown } of { $total }. If yours isn't listed, run the command again with its city in `timezone` (Oslo, New York).
live-zone-pick-placeholder = Choose the timezone

live-warn-outside = { $host } is not available then (outside their `/availability`).
live-warn-night = It is night for { $host }: starts at { $time } their time ({ $minutes } min between { $night_start } and { $night_end }).
live-warn-clash = Clashes with LIVE #{ $number } “{ $title }” ({ $when }) for { $hosts }.
live-warn-soon = It starts in less than an hour: members get little notice.

live-saved = Saved LIVE #{ $number } “{ $title }”: { $full } ({ $relative }).
live-saved-event = Event: { $url }
live-rsvp-done-going = You're going to LIVE #{ $number } “{ $title }”. You'll get a DM if it moves or is cancelled.
live-rsvp-done-maybe = Marked as maybe for LIVE #{ $number } “{ $title }”.
live-rsvp-done-cant = Marked as can't make it for LIVE #{ $number } “{ $title }”.

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
live-slot-missing = Not available: { $hosts }
live-slot-edge = At the edge of their free time: { $hosts }
live-suggest-turns = Taking turns at the edge of their free time, by this group's other LIVEs: { $counts }. A time that would put the same host there again comes later.
live-suggest-turn = { $host } { $count ->
    [one] once
   *[other] { $count } times
}
live-modal-title = Schedule this LIVE
live-modal-field-title = Title
live-modal-field-description = Description (optional)

## Reminders, "starting now" and the end of a LIVE

live-preview-reminders = Reminders
live-preview-here = No LIVE channel is set, so the announcement will be posted here, in { $channel }. A manager can set one with `/config channel`.

## Recurring shows

live-choice-weekly = weekly
live-choice-biweekly = every 2 weeks
live-error-guest-slots = Guest spots: choose a number from 0 to { $maximum }.
live-preview-series = Every show
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

live-calendar-empty = There is no upcoming LIVE to put in a calendar.
live-calendar-file = Here is your calendar file: open it to add the LIVEs to your calendar. Importing a newer file updates them.
live-feed-more = This feed holds the first { $count ->
    [one] LIVE
   *[other] { $count } LIVEs
}, up to { $last }. Later ones join it as the earlier ones leave it (30 days after they took place); /live list in the server shows them all.
live-info-series = Series: show { $position } of { $count }
live-announced = The announcement of LIVE #{ $number } is up: { $url }
live-suggest-overlap = { $minutes ->
    [one] The longest time everyone is free: 1 minute, from { $full } to { $until }.
   *[other] The longest time everyone is free: { $minutes } minutes, from { $full } to { $until }.
}
live-info-undelivered = ⚠️ Not delivered
live-info-undelivered-line = { $when }: { $reason }
live-info-undelivered-missing-access = the bot may not post in the LIVE's channel (members were reminded by DM)
live-info-undelivered-channel-gone = the LIVE's channel no longer exists (members were reminded by DM)
