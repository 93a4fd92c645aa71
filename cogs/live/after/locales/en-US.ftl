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
live-report-modal-title = How did it go?
live-report-field-viewers = Viewers
live-report-field-new_followers = New followers
live-report-field-avg_watch = Average watch time (2m30s, 2:30)
live-report-field-diamonds = Diamonds
live-report-field-peak_viewers = Peak viewers
live-report-form-refused = **{ $field }**: { $problem }
    Nothing was saved. What you typed is kept: press “Correct the form” to fix that field and send it again.
live-report-correct = Correct the form
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
