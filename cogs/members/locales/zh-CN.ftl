cmd-timezone = 你的时区，用来正确理解你输入的时间
cmd-timezone-set = 按城市、国家或名称设置你的时区
cmd-timezone-set--zone = 你的城市、国家或时区，例如 奥斯陆、上海、纽约
cmd-timezone-show = 查看成员的时区和当地时间
cmd-timezone-show--member = 要查看谁的时区（不填则为你自己）
cmd-timezone-show--private = 仅你自己可见（默认：频道里的人都能看到）
cmd-profile = 你的 TikTok 账号、粉丝数和每周发帖目标
cmd-profile-set = 设置你的 TikTok 账号、粉丝数或每周目标
cmd-profile-set--tiktok = 你的 TikTok 账号或主页链接，例如 @your.name
cmd-profile-set--followers = 你的粉丝数，例如 12.5K 或 1.2万
cmd-profile-set--weekly_goal = 你每周计划发几条作品（1-21）
cmd-profile-set--live_reminders = 你要参加的直播用什么方式提醒你
cmd-profile-show = 查看成员的创作者资料
cmd-profile-show--member = 要查看谁的资料（不填则为你自己）
cmd-profile-show--private = 仅你自己可见（默认：频道里的人都能看到）

## /timezone

timezone-set-done = 你的时区已设为 **{ $zone }**（{ $offset }）。你的当地时间：{ $weekday } { $time }。
timezone-pick-prompt = “{ $value }”可能对应多个时区，我不会替你猜。请在下面选择：
timezone-pick-more = 显示了 { $total } 个中的 { $shown } 个。如果没有你的时区，请用你的城市名再运行一次 `/timezone set`。
timezone-pick-placeholder = 选择你的时区
timezone-pick-option = { $offset } · 现在是 { $weekday } { $time }
timezone-show-self = 你的时区是 **{ $zone }**（{ $offset }）。你的当地时间：{ $weekday } { $time }。
timezone-show-other = { $member } 的时区是 **{ $zone }**（{ $offset }）。当地时间：{ $weekday } { $time }。
timezone-show-none-self = 你还没有设置时区。使用 `/timezone set` 并输入你的城市，例如 上海、北京 或 奥斯陆。
timezone-show-none-other = { $member } 还没有设置时区。可以用 `/timezone set` 设置。

## /profile

profile-set-nothing = 请至少告诉我一项要修改的内容：`tiktok`、`followers`、`weekly_goal` 或 `live_reminders`。例如：`/profile set followers:1.2万`。
profile-set-done = 已保存。你现在的资料：
profile-error-goal = “{ $value }”不是可用的每周目标：请选择每周 1 到 21 条。
profile-title = { $member } 的资料
profile-not-set = 未设置
profile-field-tiktok = TikTok
profile-field-followers = 粉丝
profile-field-timezone = 时区
profile-field-goal = 每周目标
profile-field-reminders = 直播提醒
profile-reminders-channel = 在直播频道里提及你
profile-reminders-dm = 私信（DM）
profile-reminders-off = 不提醒
profile-error-reminders = 请从列表里选一种提醒方式。
profile-choice-reminders-channel = 在直播频道里提及你
profile-choice-reminders-dm = 私信
profile-choice-reminders-off = 不提醒
profile-field-activity = 动态
profile-tiktok-value = [@{ $handle }]({ $url })
profile-updated = 更新于 { $when }
profile-followers-tier = { $followers } · { $tier } 档（{ $set }）
profile-followers-below = { $followers } · 低于 { $set } 的第一档（从 { $minimum } 起）
profile-followers-above = { $followers } · 高于 { $set } 的最高档
profile-followers-no-tiers = { $followers } · { $set } 没有按粉丝分档
profile-timezone-value = { $zone }（{ $offset }）· 当地时间 { $weekday } { $time }
profile-timezone-unset = 未设置：使用 `/timezone set`
profile-goal-value = 每周 { $goal } 条
profile-goal-default = 每周 { $goal } 条（服务器默认）
profile-empty-self = 你还没有填写资料。试试 `/profile set tiktok:@your.name followers:1.2万 weekly_goal:3` 和 `/timezone set`。
profile-empty-other = { $member } 还没有填写资料。
