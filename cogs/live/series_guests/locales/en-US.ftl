## Recurring shows

live-series-need-repeat = `count` and `until` belong to a recurring show: choose `repeat` too.
live-series-alternate-need-repeat = `alternate_when` is the second slot of a recurring show: choose `repeat` too.
live-series-count-and-until = Give `count` or `until`, not both.
live-series-need-end = A recurring show needs an end: `count` (2–26 shows) or `until` (a date).
live-series-count-range = A series has 2 to 26 shows, the first included.
live-series-alternate-before = `alternate_when` must come after `when`.
live-series-alternate-too-far = `alternate_when` must fall within two intervals after `when` (for `weekly`: within 14 days).
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
