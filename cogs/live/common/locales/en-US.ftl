## /live: group LIVEs

live-error-not-moderator = Scheduling LIVEs needs the Manage Events permission or the server's LIVE moderator role.
live-error-not-host = Only LIVE #{ $number }'s hosts and LIVE moderators can change it.
live-error-need-timezone = I read times in your timezone, and you haven't set one. Run `/timezone set` first, or give the `timezone` option.
live-zone-server = Times were read in the server's timezone, { $zone }, because you have not set your own (`/timezone set`).
live-error-no-number = There is no LIVE #{ $number } on this server. `/live list` shows the upcoming ones.
live-error-not-found = That LIVE no longer exists on this server.
live-error-not-scheduled = This LIVE is not scheduled any more (it was cancelled or has ended), so it can't be changed.
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
live-rsvp-cancelled = LIVE #{ $number } was cancelled, so it takes no RSVPs.
live-rsvp-over = LIVE #{ $number } is over, so it takes no RSVPs.
live-status-scheduled = scheduled
live-status-cancelled = cancelled
live-status-ended = ended
live-slot-host = { $host } { $weekday } { $time }

## Reminders, "starting now" and the end of a LIVE

live-saved-here = The announcement went to { $channel }, where you scheduled it, because this server has no LIVE channel. A manager can set one with `/config channel`.
live-announce-ended-title = Ended: { $title }
live-announce-ended = This LIVE has ended. Thanks for coming!
live-choice-status = {" "}({ $status })

## Recurring shows

live-series-until-range = `until` must fall on or after the first show and at most a year ahead.

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
live-host-left = (host left: a LIVE moderator can change this LIVE)
# In a scheduled event's location, for a host no longer in the server
live-location-host-left = host left
