## /privacy

privacy-export-done = { $rows ->
    [0] I store nothing about you in this server. The attached file shows that.
    [one] Here is everything I store about you in this server: { $rows } entry.
   *[other] Here is everything I store about you in this server: { $rows } entries.
}
privacy-kind-line = • { $kind }: { $count }
privacy-kind-members = Profile (timezone, TikTok handle, followers, weekly goal)
privacy-kind-member_locales = The language your latest interaction with the bot used
privacy-kind-er_results = Engagement-rate results
privacy-kind-weekly_goal_changes = Weekly goal history
privacy-kind-mentions = Mentions of you in { $table } (you are removed, the entry stays)
privacy-delete-nothing = I store nothing about you in this server, so there is nothing to delete.
privacy-delete-confirm = { $rows ->
    [one] This deletes { $rows } entry about you in this server, for good:
   *[other] This deletes { $rows } entries about you in this server, for good:
}
privacy-delete-done = { $rows ->
    [one] Done: { $rows } entry about you was deleted from this server.
   *[other] Done: { $rows } entries about you were deleted from this server.
}
privacy-delete-cancelled = Cancelled. Nothing was deleted.
privacy-delete-timeout = No answer, so nothing was deleted. Run `/privacy delete` again if you still want to.
privacy-delete-lives = The LIVEs you hosted stay on the schedule without your name, as “host left”: { $numbers }. A LIVE moderator can change or cancel them.
privacy-server-gone = a server I am no longer in (id { $id })
privacy-server-line = • **{ $server }**: { $rows ->
    [one] { $rows } entry
   *[other] { $rows } entries
}
privacy-export-everywhere = { $rows ->
    [0] I store nothing about you in any server.
    [one] Here is everything I store about you: { $rows } entry, one file per server.
   *[other] Here is everything I store about you: { $rows } entries, one file per server.
}
privacy-export-split = That was more than Discord takes in one file, so it comes zipped, in { $files } files. Together they hold every entry once.
privacy-export-too-large = Discord refused the export as too large to send here. Nothing was changed. Ask the people who run this bot for your data.
privacy-delete-nothing-anywhere = I store nothing about you in any server, so there is nothing to delete.
privacy-delete-confirm-everywhere = { $rows ->
    [one] This deletes { $rows } entry about you, for good, in every server:
   *[other] This deletes { $rows } entries about you, for good, in every server:
}
privacy-delete-done-everywhere = { $rows ->
    [one] Done: { $rows } entry about you was deleted.
   *[other] Done: { $rows } entries about you were deleted, in { $servers } servers.
}
privacy-delete-redrawn = { $count ->
    [one] { $count } announcement, event or post that showed you was drawn again without you.
   *[other] { $count } announcements, events and posts that showed you were drawn again without you.
}
