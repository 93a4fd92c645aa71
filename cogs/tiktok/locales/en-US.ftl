## /tiktok: a member's own TikTok account, connected with TikTok's consent.

tiktok-not-set-up = This bot is not set up for TikTok. Whoever runs it can switch it on as the “Connect TikTok” section of CreatorPulse's README describes.
tiktok-not-connected = You have not connected TikTok here. `/tiktok connect` connects your account.

tiktok-connect-text = Press the button to connect your TikTok account. TikTok asks you to sign in and to let CreatorPulse read your profile, your follower count and your public videos; the bot then fills in your ER history, follower tier and posting streak. The link works once, for 10 minutes, in the browser you open it in.
tiktok-connect-replace = You are connected as { $name } now: connecting again replaces that connection.
tiktok-connect-button = Connect TikTok
tiktok-connect-refused = You did not allow CreatorPulse to read your TikTok account, so nothing was connected. Run `/tiktok connect` to try again.
tiktok-connected = ✅ Connected as **{ $name }**.
tiktok-connected-followers = Followers: { $followers }
tiktok-connected-reading = Public videos on the account: { $videos }. Reading those of the last { $days ->
    [one] day
   *[other] { $days } days
} (at most { $most })…
tiktok-connected-reading-some = Reading your public videos of the last { $days ->
    [one] day
   *[other] { $days } days
} (at most { $most })…
tiktok-first-sync-later = TikTok didn't answer when the bot wanted to read your videos; the daily sync tries again, or run `/tiktok sync` later.

tiktok-note-no-videos = TikTok did not share your videos (“video.list” was not ticked), so none are imported. Run `/tiktok connect` again and leave it ticked to import them.
tiktok-note-no-stats = TikTok did not share your follower count (“user.info.stats” was not ticked), so your profile keeps the followers you typed.

tiktok-sync-title = TikTok sync
tiktok-sync-account = Account: **{ $name }**
tiktok-sync-read = { $videos ->
    [0] No public videos in the time read.
    [one] Read 1 video: { $new } new, { $updated } updated.
   *[other] Read { $videos } videos: { $new } new, { $updated } updated.
}
tiktok-sync-median = Median ER by views: **{ $rate }**
tiktok-sync-best = Best video: [{ $title }]({ $url }) · { $rate }
tiktok-untitled = untitled
tiktok-sync-followers = Followers: { $after }
tiktok-sync-followers-change = Followers: { $before } → { $after }
tiktok-sync-follower-rate = ER by followers over your latest { $posts ->
    [one] video
   *[other] { $posts } videos
}: **{ $rate }**
tiktok-sync-posts = Posting log: { $added ->
    [0] no new posts
    [one] 1 new post
   *[other] { $added } new posts
}
tiktok-sync-posts-known = { $known ->
    [one] 1 new video was in your posting log already (same link or same minute), so it was not counted twice.
   *[other] { $known } new videos were in your posting log already (same link or same minute), so they were not counted twice.
}
tiktok-sync-streak = 🔥 Streak: { $streak ->
    [one] 1 week
   *[other] { $streak } weeks
}{ $change } · this week { $bar }
tiktok-sync-footer = Imported results are marked “TikTok” in /er history; later syncs update each video's numbers.

tiktok-error-unavailable = TikTok didn't answer, try again later. Nothing was changed.
tiktok-error-rate-limited = TikTok asks the bot to slow down: try again in a minute. Nothing was changed.
tiktok-error-busy = A sync of your account is running already; `/tiktok status` shows when it is done.
tiktok-error-broken = TikTok refused to renew the bot's access to your account, so the connection stopped working. Run `/tiktok connect` to connect again; what was imported stays.
tiktok-error-removed = Your TikTok account's authorization was removed in TikTok. Run `/tiktok connect` to connect again; what was imported stays.
tiktok-broken-dm = Your TikTok connection in **{ $server }** stopped working: TikTok refused to renew the bot's access to your account. Run `/tiktok connect` there to connect again; what was imported stays.

tiktok-status-title = TikTok
tiktok-status-connected = Connected as **{ $name }** since { $since }.
tiktok-status-broken = ⚠️ Since { $when } TikTok refuses to renew the bot's access: run `/tiktok connect` to connect again. What was imported stays.
tiktok-status-removed = ⚠️ The authorization was removed in TikTok { $when } ({ $reason }): run `/tiktok connect` to connect again. What was imported stays.
tiktok-removed-reason-0 = no reason given
tiktok-removed-reason-1 = you disconnected the app in TikTok
tiktok-removed-reason-2 = the account was deleted
tiktok-removed-reason-3 = the account's age changed
tiktok-removed-reason-4 = the account was banned
tiktok-removed-reason-5 = the app's developer revoked it
tiktok-status-last-sync = Last sync { $when }: { $videos ->
    [one] 1 video read.
   *[other] { $videos } videos read.
}
tiktok-status-never = Not synced yet.
tiktok-status-next = Next daily sync: { $when } ({ $relative }).
tiktok-status-shared = Shared by TikTok: { $scopes }.
tiktok-scope-basic = profile
tiktok-scope-stats = follower count
tiktok-scope-videos = public videos
tiktok-status-switches = What a sync does (press a button to switch it):
tiktok-switch-sync_followers = Followers → your profile
tiktok-switch-sync_er = Videos → ER history
tiktok-switch-sync_posts = New videos → posting log
tiktok-switch-daily_sync = Daily sync

tiktok-disconnect-ask = Disconnect TikTok ({ $name })? The bot asks TikTok to end its access and deletes your tokens. What it imported (results in /er history, posts in your posting log): keep it or delete it?
tiktok-disconnect-keep = Disconnect, keep imported
tiktok-disconnect-delete = Disconnect, delete imported
tiktok-disconnect-kept = Disconnected. The bot's access is ended and your tokens are deleted; what was imported stays.
tiktok-disconnect-deleted = Disconnected, and what was imported is deleted: { $results ->
    [one] 1 result
   *[other] { $results } results
} and { $posts ->
    [one] 1 post
   *[other] { $posts } posts
}.
tiktok-disconnect-not-revoked = TikTok did not confirm that the bot's access ended; you can remove the app in TikTok's settings too.
tiktok-disconnect-cancelled = Cancelled: you are still connected.
tiktok-disconnect-timeout = No answer, so nothing changed: you are still connected.

tiktok-page-connected-title = Connected
tiktok-page-connected = TikTok account { $name } is connected for { $member } in { $server }. You can close this tab: the bot tells you in Discord what it found.
tiktok-page-expired-title = Link expired
tiktok-page-expired = This link has expired or was used already, so nothing was connected. Run /tiktok connect in Discord for a new one.
tiktok-page-browser-title = Link opened elsewhere
tiktok-page-browser = This sign-in did not start in this browser, so nothing was connected. Run /tiktok connect in Discord and open the new link in the browser you sign in with.
tiktok-page-refused-title = Not connected
tiktok-page-refused = You did not allow access, so nothing was connected. You can close this tab.
tiktok-page-failed-title = TikTok didn't answer
tiktok-page-failed = TikTok didn't answer, so nothing was connected. Run /tiktok connect in Discord again in a moment.
tiktok-page-rejected-title = Not connected
tiktok-page-rejected = TikTok did not accept this sign-in, so nothing was connected. Run /tiktok connect in Discord again.

privacy-kind-tiktok_connections = Your TikTok connection (account, scopes, settings; never the tokens)
privacy-kind-tiktok_videos = Videos read from your TikTok account, with their numbers
privacy-kind-tiktok_states = A TikTok sign-in link not used yet
