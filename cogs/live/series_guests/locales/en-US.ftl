## Recurring shows

live-series-need-repeat = `count` and `until` belong to a recurring show: choose `repeat` too.
live-series-alternate-need-repeat = `alternate_when` is the second slot of a recurring show: choose `repeat` too.
live-series-count-and-until = Give `count` or `until`, not both.
live-series-need-end = A recurring show needs an end: `count` (2–26 shows) or `until` (a date).
live-series-count-range = A series has 2 to 26 shows, the first included.
live-series-alternate-before = `alternate_when` must come after `when`.
live-series-alternate-same-week = `alternate_when` ({ $alternate }) is in the same week as the first show ({ $first }). A series has one show { $weeks ->
    [one] a week
   *[other] every { $weeks } weeks
}, taking turns between the two times, so the second time belongs in the week of { $week }. Type only its weekday and time and I'll put it in that week, or give a date in that week, such as `{ $example }`.
live-series-alternate-week = `alternate_when` ({ $alternate }) must fall in the week of { $week }, { $weeks ->
    [one] the week after the first show ({ $first })
   *[other] { $weeks } weeks after the first show's week ({ $first })
}: a series has one show { $weeks ->
    [one] a week
   *[other] every { $weeks } weeks
}, taking turns between the two times. Type only its weekday and time and I'll put it in that week, or give a date in that week, such as `{ $example }`.
live-series-moved = (moved to { $time }: the clocks jump forward then)
live-series-dst = (time moves for { $hosts }: their DST change differs)
live-series-week = week of { $monday }
live-series-events = Discord events are created for the next { $window } shows; later ones follow as the series goes on.
live-series-saved = { $count ->
    [one] Saved 1 show of “{ $title }”, #{ $first }: { $full }.
   *[other] Saved { $count } shows of “{ $title }”, #{ $first }–#{ $last }: first { $full }, last { $last_full }.
}
live-series-saved-events = { $count ->
    [one] Discord event created for the next show.
   *[other] Discord events created for the next { $count } shows.
}

## Guests and calendars

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
