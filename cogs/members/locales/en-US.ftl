## /timezone

timezone-set-done = Your timezone is now **{ $zone }** ({ $offset }). Your local time: { $weekday } { $time }.
timezone-pick-prompt = “{ $value }” could mean several timezones, so I won't guess. Pick yours below:
timezone-pick-more = Showing { $shown } of { $total }. If yours isn't listed, run `/timezone set` again with your city.
timezone-pick-placeholder = Choose your timezone
timezone-pick-option = { $offset } · now { $weekday } { $time }
timezone-show-self = Your timezone is **{ $zone }** ({ $offset }). Your local time: { $weekday } { $time }.
timezone-show-other = { $member }'s timezone is **{ $zone }** ({ $offset }). Their local time: { $weekday } { $time }.
timezone-show-none-self = You haven't set your timezone yet. Use `/timezone set` and type your city, e.g. Oslo, Shanghai or New York.
timezone-show-none-other = { $member } hasn't set a timezone yet. They can set it with `/timezone set`.

## /profile

profile-set-nothing = Tell me at least one thing to change: `tiktok`, `followers`, `weekly_goal` or `live_reminders`. For example: `/profile set followers:12.5K`.
profile-set-done = Saved. Your profile now:
profile-error-goal = “{ $value }” is not a weekly goal I can use: choose between 1 and 21 posts a week.
profile-title = { $member }'s profile
profile-not-set = Not set
profile-field-tiktok = TikTok
profile-field-followers = Followers
profile-field-timezone = Timezone
profile-field-goal = Weekly goal
profile-field-reminders = LIVE reminders
profile-reminders-channel = A ping in the LIVE channel
profile-reminders-dm = A direct message (DM)
profile-reminders-off = None
profile-error-reminders = Choose one of the listed ways to be reminded.
profile-choice-reminders-channel = A ping in the LIVE channel
profile-choice-reminders-dm = A direct message
profile-choice-reminders-off = No reminders
profile-field-activity = Activity
profile-tiktok-value = [@{ $handle }]({ $url })
profile-updated = updated { $when }
profile-followers-tier = { $followers } · tier { $tier } ({ $set })
profile-followers-below = { $followers } · under the first tier of { $set } (it starts at { $minimum })
profile-followers-above = { $followers } · above the last tier of { $set }
profile-followers-no-tiers = { $followers } · { $set } has no follower tiers
profile-timezone-value = { $zone } ({ $offset }) · local time { $weekday } { $time }
profile-timezone-unset = Not set: use `/timezone set`
profile-goal-value = { $goal ->
    [one] { $goal } post a week
   *[other] { $goal } posts a week
}
profile-goal-default = { $goal ->
    [one] { $goal } post a week (server default)
   *[other] { $goal } posts a week (server default)
}
profile-empty-self = You haven't filled in your profile yet. Try `/profile set tiktok:@your.name followers:12.5K weekly_goal:3` and `/timezone set`.
profile-empty-other = { $member } hasn't filled in a profile yet.
