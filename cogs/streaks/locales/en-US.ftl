## /post and /streak: weekly posting streaks in each creator's own timezone.

streak-choice-current = Current streak
streak-choice-longest = Longest streak
streak-choice-posts_this_month = Posts this month

streak-weeks = { $n ->
    [one] 1 week
   *[other] { $n } weeks
}
streak-posts = { $n ->
    [one] 1 post
   *[other] { $n } posts
}
streak-line = 🔥 Streak: { $current } · longest { $longest }
streak-left = { $left ->
    [one] One more post
   *[other] { $left } more posts
} to keep this week. It ends { $end } ({ $relative }).
streak-kept = ✅ Week kept! It ends { $end } ({ $relative }).
streak-zone-hint = Your weeks follow UTC until you set your timezone with `/timezone set`.
streak-this-week = This week: { $bar }

post-logged-title = Post logged
post-logged-at = Posted { $when } · { $link }
post-no-link = no link
post-when-future = “{ $value }” is in the future: log a post once it is up. Try { $examples }.
post-when-too-old = “{ $value }” is more than { $days ->
    [one] { $days } day ago: I only take posts from the last { $days } day
   *[other] { $days } days ago: I only take posts from the last { $days } days
}. Try { $examples }.
post-when-unparsed = I couldn't read “{ $value }” as the moment you posted. Try { $examples }.
post-duplicate = You already logged that video on { $when }.
post-same-minute-question = You already logged a post at { $when } ({ $link }). Log another one at the same minute? (Give each post its own `video` link and I won't ask.)
post-same-minute-log = Log another
post-same-minute-cancel = Keep just one
post-same-minute-kept = Nothing logged: your post at { $when } stays the only one.
post-same-minute-logged = Logged a second post at { $when }.
post-same-minute-timeout = No answer, so nothing was logged.
post-remove-needs-one = Tell me which post to remove: pick one under `video`, or set `latest` to True.
post-remove-not-found = I couldn't find that post among yours. Pick one from the list under `video`.
post-remove-none = You have no logged posts to remove.
post-removed-title = Post removed
post-removed = Removed your post from { $when } ({ $link }).
post-list-title = Logged posts
post-list-heading = { $member } · last { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}
post-list-week = **Week of { $monday }** · { $bar }
post-list-empty = No posts logged in the last { $weeks ->
    [one] week
   *[other] { $weeks } weeks
}.
post-list-more = …and { $n } more

streak-show-title = Posting streak
streak-show-heading = { $member }
streak-current = Current streak
streak-longest = Longest streak
streak-freezes = Freezes banked
streak-freezes-value = 🧊 { $n } / { $max }
streak-week-field = This week
streak-deadline = Week ends
streak-total = Total posts
streak-frozen-weeks = Weeks saved by a freeze: { $weeks }
streak-no-posts = No posts logged yet: start with `/post log`.
streak-freeze-rule = Every 4 kept weeks in a row earn a freeze (up to 2); a missed week spends one automatically.
streak-legend-post = post
streak-legend-kept = goal met
streak-legend-frozen = freeze
streak-nudge-on-button = Nudge me
streak-nudge-off-button = Stop nudges
streak-nudge-enabled = Nudges on: if your week isn't kept by Sunday { $time } (your time), I'll send you one DM.
streak-nudge-disabled = Nudges off: no more reminder DMs.

streak-goal-set = Your weekly goal is now { $goal ->
    [one] 1 post
   *[other] { $goal } posts
}, from this week on; past weeks keep the goal they had.
streak-goal-set-first = Your weekly goal is now { $goal ->
    [one] 1 post
   *[other] { $goal } posts
}. It is your first goal, so it applies to every week so far as well, posts you logged for earlier weeks included; later changes apply from the week you make them.

streak-lb-title = Leaderboard · { $board }
streak-lb-line = **{ $rank }.** { $member } — { $value }
streak-lb-you = Your rank: **#{ $rank }** of { $total } — { $value }
streak-lb-you-unranked = You're not on this board yet: log posts with `/post log`.
streak-lb-empty = No posts have been logged in this server yet. Be the first with `/post log`!
streak-lb-empty-board = Nobody is on this board right now. A kept week is all it takes: `/post log`.

streak-nudge-dm = ⏰ Your posting week in { $guild } ends { $end } ({ $relative }) and you're at { $bar }. { $left ->
    [one] One more post keeps your week.
   *[other] { $left } more posts keep your week.
}
streak-nudge-dm-streak = Your { $streak }-week streak is on the line!
streak-recap-title = 📅 **Weekly recap** · week of { $monday }
streak-recap-kept = ✅ Kept their week: { $members }
streak-recap-best = 🏆 New personal best: { $members }
streak-recap-frozen = 🧊 Streak saved by a freeze: { $members }
streak-recap-more = …and { $n } more
streak-recap-footer = New week, fresh start: log posts with `/post log`.

streak-profile-line = 🔥 Streak { $current } · this week { $bar }

post-list-weeks-range = Pick between 1 and { $maximum ->
    [one] { $maximum } week
   *[other] { $maximum } weeks
}.
streak-goal-range = Pick a goal between 1 and { $maximum ->
    [one] { $maximum } post a week
   *[other] { $maximum } posts a week
}.
privacy-kind-posts = Logged posts
privacy-kind-streak_summaries = Streak summaries
privacy-kind-streak_nudge_optins = Streak nudge setting
privacy-kind-streak_nudges_sent = Streak nudges sent
post-when-example-today = today { $time }
post-when-example-yesterday = yesterday
post-when-example-weekday = friday
streak-past-week = Counted for the week of { $monday }: { $bar }
streak-past-week-kept = ✅ That week is kept.
streak-past-week-missed = That week is not kept: it ended below its goal.
