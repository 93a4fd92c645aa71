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
