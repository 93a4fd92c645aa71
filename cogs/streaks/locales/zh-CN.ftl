## /post 和 /streak：按每位创作者自己的时区计算的每周发布连续记录。

cmd-post = 记录你发布的 TikTok 视频，保持每周发布节奏
cmd-post-log = 记录一条已发布的视频
cmd-post-log--video = TikTok 视频链接（可选，但推荐填写）
cmd-post-log--when = 发布时间，按你的时区（默认现在），例如 今天 18:30、昨天、周五 21:00
cmd-post-log--private = 仅你自己可见（默认：频道里的人都能看到）
cmd-post-remove = 删除一条你记录的视频
cmd-post-remove--video = 要删除的视频（从你最近的记录中选择）
cmd-post-remove--latest = 删除你最近记录的一条
cmd-post-list = 列出最近几周记录的视频
cmd-post-list--member = 查看哪位成员（默认你自己）
cmd-post-list--weeks = 显示多少周（1–26，默认 4）
cmd-streak = 每周发布连续记录、目标和排行榜
cmd-streak-show = 查看连续记录、冻结卡和最近 26 周的发布日历
cmd-streak-show--member = 查看哪位成员（默认你自己）
cmd-streak-show--private = 仅你自己可见（默认：频道里的人都能看到）
cmd-streak-goal = 设置每周发布目标
cmd-streak-goal--posts_per_week = 每周发布数（1–21）
cmd-streak-leaderboard = 本服务器的连续记录排行榜
cmd-streak-leaderboard--by = 排名依据

streak-choice-current = 当前连续记录
streak-choice-longest = 最长连续记录
streak-choice-posts_this_month = 本月发布数

streak-weeks = { $n } 周
streak-posts = { $n } 条
streak-line = 🔥 连续：{ $current } · 最长 { $longest }
streak-left = 本周还需发布 { $left } 条即可达成目标。本周结束于 { $end }（{ $relative }）。
streak-kept = ✅ 本周目标已达成！本周结束于 { $end }（{ $relative }）。
streak-zone-hint = 在你用 `/timezone set` 设置时区之前，你的每周按 UTC 计算。
streak-this-week = 本周：{ $bar }

post-logged-title = 已记录发布
post-logged-at = 发布于 { $when } · { $link }
post-no-link = 无链接
post-when-future = “{ $value }”在未来：视频发布后再记录吧。可以试试 { $examples }。
post-when-too-old = “{ $value }”早于 { $days } 天前：我只接受最近 { $days } 天内的发布。可以试试 { $examples }。
post-when-unparsed = 我看不懂发布时间“{ $value }”。可以试试 { $examples }。
post-duplicate = 你已经在 { $when } 记录过这个视频了。
post-same-minute-question = 你已经记录了一条 { $when } 的作品（{ $link }）。要在同一分钟再记录一条吗？（给每条作品加上各自的 `video` 链接，我就不会再问。）
post-same-minute-log = 再记录一条
post-same-minute-cancel = 只保留一条
post-same-minute-kept = 未记录：{ $when } 的那条作品仍是唯一一条。
post-same-minute-logged = 已在 { $when } 再记录一条作品。
post-same-minute-timeout = 没有回答，所以没有记录。
post-remove-needs-one = 请告诉我要删除哪条：在 `video` 中选择一条，或把 `latest` 设为 True。
post-remove-not-found = 在你的记录中找不到这条发布。请从 `video` 的列表中选择。
post-remove-none = 你还没有可删除的发布记录。
post-removed-title = 已删除记录
post-removed = 已删除你在 { $when } 的发布（{ $link }）。
post-list-title = 发布记录
post-list-heading = { $member } · 最近 { $weeks } 周
post-list-week = **{ $monday } 这一周** · { $bar }
post-list-empty = 最近 { $weeks } 周没有发布记录。
post-list-more = ……还有 { $n } 条

streak-show-title = 发布连续记录
streak-show-heading = { $member }
streak-current = 当前连续
streak-longest = 最长连续
streak-freezes = 冻结卡
streak-freezes-value = 🧊 { $n } / { $max }
streak-week-field = 本周
streak-deadline = 本周结束
streak-total = 总发布数
streak-frozen-weeks = 用冻结卡保住的周：{ $weeks }
streak-no-posts = 还没有发布记录：用 `/post log` 开始吧。
streak-freeze-rule = 连续 4 周达成目标可获得 1 张冻结卡（最多 2 张）；错过的一周会自动使用一张。
streak-legend-post = 发布
streak-legend-kept = 达成目标
streak-legend-frozen = 冻结卡
streak-nudge-on-button = 提醒我
streak-nudge-off-button = 停止提醒
streak-nudge-enabled = 已开启提醒：如果到周日 { $time }（你的时间）本周目标还没达成，我会私信你一次。
streak-nudge-disabled = 已关闭提醒，不会再私信你。

streak-goal-set = 你的每周目标现在是 { $goal } 条，从本周开始生效；之前的周仍按当时的目标计算。
streak-goal-set-first = 你的每周目标现在是 { $goal } 条。这是你的第一个目标，所以之前的每一周也按它计算，包括你为之前几周补记的发布；以后的修改从修改当周开始生效。

streak-lb-title = 排行榜 · { $board }
streak-lb-line = **{ $rank }.** { $member } — { $value }
streak-lb-you = 你的排名：**#{ $rank }** / { $total } — { $value }
streak-lb-you-unranked = 你还没有上榜：用 `/post log` 记录发布吧。
streak-lb-empty = 这个服务器还没有人记录发布。用 `/post log` 做第一个吧！
streak-lb-empty-board = 目前还没有人上榜。只要达成一周目标就能上榜：`/post log`。

streak-nudge-dm = ⏰ 你在 { $guild } 的发布周将于 { $end }（{ $relative }）结束，目前进度 { $bar }。再发布 { $left } 条即可达成本周目标。
streak-nudge-dm-streak = 你 { $streak } 周的连续记录就看这一周了！
streak-recap-title = 📅 **每周回顾** · { $monday } 这一周
streak-recap-kept = ✅ 达成本周目标：{ $members }
streak-recap-best = 🏆 刷新个人最佳：{ $members }
streak-recap-frozen = 🧊 冻结卡保住了连续记录：{ $members }
streak-recap-more = ……还有 { $n } 人
streak-recap-footer = 新的一周，新的开始：用 `/post log` 记录发布。

streak-profile-line = 🔥 连续 { $current } · 本周 { $bar }

post-list-weeks-range = 请选择 1 到 { $maximum } 周。
streak-goal-range = 请选择每周 1 到 { $maximum } 条的目标。
privacy-kind-posts = 已记录的发帖
privacy-kind-streak_summaries = 连续记录摘要
privacy-kind-streak_nudge_optins = 连续记录提醒设置
privacy-kind-streak_nudges_sent = 已发送的连续记录提醒
post-when-example-today = 今天 { $time }
post-when-example-yesterday = 昨天
post-when-example-weekday = 周五
streak-past-week = 计入 { $monday } 那一周：{ $bar }
streak-past-week-kept = ✅ 那一周已达成目标。
streak-past-week-missed = 那一周未达成：结束时低于目标。
