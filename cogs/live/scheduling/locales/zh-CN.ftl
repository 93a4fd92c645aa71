## /live：多人直播

cmd-live-suggest = 找出所有主播都有空的时间
cmd-live-suggest--host1 = 第一位主播
cmd-live-suggest--duration = 时长：45m、1h30（默认 60 分钟；15 分钟到 12 小时）
cmd-live-suggest--host2 = 第二位主播
cmd-live-suggest--host3 = 第三位主播
cmd-live-suggest--host4 = 第四位主播
cmd-live-suggest--host5 = 第五位主播
cmd-live-suggest--host6 = 第六位主播
cmd-live-suggest--within_days = 在未来多少天内查找（1–28，默认 7）
cmd-live-suggest--earliest = 不早于这个时间：明天 18:00、周五晚上8点（默认一小时后）
cmd-live-schedule = 安排一场多人直播（先预览）
cmd-live-schedule--title = 直播标题（1–100 个字符）
cmd-live-schedule--when = 时间：2026-12-03 20:00、明天 20:00、周五晚上8点、2小时后（按你的时区）
cmd-live-schedule--duration = 时长：45m、1h30（默认 60 分钟；15 分钟到 12 小时）
cmd-live-schedule--host1 = 第一位主播（默认是你）
cmd-live-schedule--host2 = 第二位主播
cmd-live-schedule--host3 = 第三位主播
cmd-live-schedule--host4 = 第四位主播
cmd-live-schedule--host5 = 第五位主播
cmd-live-schedule--host6 = 第六位主播
cmd-live-schedule--description = 直播内容简介（最多 1000 个字符）
cmd-live-schedule--channel = 在这个频道发布公告，而不是服务器的直播频道
cmd-live-schedule--timezone = 按这个时区理解时间，而不是你的时区
cmd-live-schedule--reminders = 提醒：24h、1h、15m 或“无”
cmd-live-schedule--repeat = 每周或每两周重复这个节目
cmd-live-schedule--count = 一共几场，包括第一场（2–26）
cmd-live-schedule--until = 或者：重复到这一天，例如 2027-03-31
cmd-live-schedule--alternate_when = 轮流的第二个时段，每周一场：周六 03:00 即第一场的下一周
cmd-live-schedule--guest_slots = 成员可报名的嘉宾名额（0–8），其余排队等候
cmd-live-reschedule = 把直播改到另一个时间（先预览）
cmd-live-reschedule--live = 直播编号（#12）
cmd-live-reschedule--when = 新时间：明天 20:00、周五晚上8点（按你的时区）
cmd-live-reschedule--duration = 新时长：45m、1h30（默认不变）
cmd-live-reschedule--timezone = 按这个时区理解时间，而不是你的时区
cmd-live-reschedule--reminders = 新提醒：24h、15m 或“无”
cmd-live-cancel = 取消一场直播（会先确认）
cmd-live-cancel--live = 直播编号（#12）
cmd-live-list = 本服务器即将进行的直播
cmd-live-info = 直播的主播、时间、报名和链接
cmd-live-info--live = 直播编号（#12）

live-local-time = { $weekday }，{ $date } { $time }（{ $zone }）
live-host-line = { $host }：{ $when }
live-host-no-timezone = 时区未知（可以用 `/timezone set` 设置）
live-error-title = 标题需要有文字（1–100 个字符），不能只有空格。
live-error-host-twice = 同一位主播出现了两次。每位主播只选一次。
live-error-host-bot = 机器人不能当主播，请选择成员。
live-error-host-count = 一场直播有 1 到 6 位主播。
live-error-past = 这个时间已经过去了，请选择将来的时间。
live-error-too-far = 这个时间在一年以后。请选择未来 365 天内的时间。
live-error-within-days = 请在未来 1 到 { $maximum } 天内搜索。

live-preview-title = 预览：{ $title }
live-preview-reschedule-title = 新时间：{ $title }
live-preview-when = **时间：**{ $full }（{ $relative }）· { $minutes } 分钟
live-preview-was = **原时间：**{ $full }
live-preview-understood = 我理解的时间是：{ $understood }
live-preview-hosts = 主播（各自的当地时间）
live-preview-warnings = 注意
live-preview-announcement = 公告
live-preview-channel = 将发布在 { $channel }。
live-preview-language = { $why ->
    [set] 使用{ $language }，即服务器设定的语言（`/config language`）。
    [members] 使用{ $language }，即大多数成员和机器人交流时用的语言（可用 `/config language` 固定一种）。
    [actor] 使用{ $language }，即你的语言：成员中还没有哪种语言占多数（可用 `/config language` 固定一种）。
   *[default] 使用{ $language }（可用 `/config language` 另选）。
}
live-language-en-US = 英语
live-language-zh-CN = 简体中文
live-language-no = 挪威语
live-preview-no-channel = 服务器还没有设置公告频道，直播会保存但不会发公告。管理员可以用 `/config channel` 设置，或使用本命令的 `channel` 选项。
live-preview-footer = 只有你可以确认。此预览 { $minutes } 分钟后失效。
live-preview-expired = 此预览已失效（或机器人已重启）。请重新运行命令。
live-step-dropped = 已取消，没有做任何更改。
live-dst-earlier = 第一次（{ $offset }）
live-dst-later = 第二次（{ $offset }）
live-zone-pick = “{ $value }”可能指好几个时区，我不会猜测。请选择用哪个时区来理解你的时间：
live-zone-pick-more = 显示了 { $total } 个中的 { $shown } 个。如果没有你要的，请在 `timezone` 里填城市名（上海、奥斯陆）再运行一次命令。
live-zone-pick-placeholder = 选择时区

live-warn-outside = { $host } 那时没空（不在其 `/availability` 时间内）。
live-warn-night = 对 { $host } 来说是深夜：当地时间 { $time } 开始（{ $minutes } 分钟在 { $night_start }–{ $night_end } 之间）。
live-warn-clash = 与直播 #{ $number }“{ $title }”（{ $when }）冲突：{ $hosts }。
live-warn-soon = 距离开始不到一小时，成员们来不及收到通知。

live-saved = 已保存直播 #{ $number }“{ $title }”：{ $full }（{ $relative }）。
live-saved-event = 活动：{ $url }
live-rsvp-done-going = 你将参加直播 #{ $number }“{ $title }”。如果改期或取消，你会收到私信。
live-rsvp-done-maybe = 已记为可能参加直播 #{ $number }“{ $title }”。
live-rsvp-done-cant = 已记为不能参加直播 #{ $number }“{ $title }”。

live-cancel-question = 取消直播 #{ $number }“{ $title }”（{ $full }）吗？{ $going } 位报名参加的成员会收到私信。
live-cancel-button = 取消直播
live-cancel-keep = 保留
live-cancelled = 直播 #{ $number }“{ $title }”已取消。已私信参加者：{ $sent }；无法联系：{ $failed }。
live-rescheduled = 直播 #{ $number }“{ $title }”已改到 { $full }（{ $relative }）。已私信参加者：{ $sent }；无法联系：{ $failed }。
live-dm-cancelled = 直播 #{ $number }“{ $title }”（{ $full }）已取消。
live-dm-rescheduled = 直播 #{ $number }“{ $title }”已改到 { $full }（{ $relative }）。

live-list-title = 即将进行的直播
live-list-empty = 目前没有排期的直播。直播管理员可以使用 `/live suggest` 或 `/live schedule`。
live-list-line = **#{ $number }** { $title } · { $full }（{ $relative }）· { $hosts }
live-list-page = 第 { $page }/{ $pages } 页 · 共 { $total } 场直播
live-list-prev = 上一页
live-list-next = 下一页

live-info-title = 直播 #{ $number }：{ $title }
live-info-when = { $full }（{ $relative }）· { $minutes } 分钟 · { $status }
live-info-going = 参加：{ $names }
live-info-links = 链接
live-info-event = [Discord 活动]({ $url })
live-info-announcement = [公告]({ $url })
live-info-no-links = 没有活动或公告。

live-suggest-title = 推荐时间
live-suggest-found = 未来 { $days } 天内所有主播都有空 { $minutes } 分钟的时间：
live-suggest-none-common = 未来 { $days } 天内没有所有主播都有空 { $minutes } 分钟的时间。最接近的是：
live-suggest-nothing = 未来 { $days } 天内找不到适合这些主播的 { $minutes } 分钟直播时间。
live-suggest-unknown = 未计入（没有时区或没有 `/availability`）：{ $hosts }
live-suggest-footer = 按编号安排那个时间：先填写标题，然后查看预览。
live-suggest-pick = 安排第 { $n } 个
live-slot-line = **{ $n }.** { $full }（{ $relative }）
live-slot-missing = 没空：{ $hosts }
live-slot-edge = 正好在空闲时间的边缘：{ $hosts }
live-suggest-turns = 轮流安排谁处在空闲时间的边缘（按这组主播的其他直播统计）：{ $counts }。会让同一位主播再次处在边缘的时间排在后面。
live-suggest-turn = { $host } { $count } 次
live-modal-title = 安排这场直播
live-modal-field-title = 标题
live-modal-field-description = 简介（可选）

## 提醒、“正在开播”和直播结束

live-preview-reminders = 提醒
live-preview-here = 本服务器没有设置直播频道，公告将发在这里：{ $channel }。管理员可以用 `/config channel` 设置。

## 固定节目

live-choice-weekly = 每周
live-choice-biweekly = 每两周
live-error-guest-slots = 一场直播可以有 0 到 { $maximum } 个嘉宾名额。
live-preview-series = 全部场次
live-move-this = 只改这一场
live-move-later = 这一场及之后所有场次
live-moved-later = 之后的 { $count } 场也按同样的时间移动了。
live-cancel-this = 只取消这一场
live-cancel-later = 取消这一场及之后所有场次
live-cancelled-later = 这个系列之后的 { $count } 场也已取消。

## 嘉宾和日历

live-calendar-empty = 没有即将开始的直播可以放进日历。
live-calendar-file = 这是你的日历文件：打开即可把直播加入日历。导入较新的文件会更新它们。
live-feed-more = 此订阅只包含前 { $count } 场直播，截至 { $last }。更早的直播结束 30 天后移出，之后的直播随之加入；在服务器中用 /live list 可查看全部。
cmd-live-calendar = 一场或全部即将开始的直播的日历文件
cmd-live-calendar--live = 直播编号（#12）；不填则为全部即将开始的直播
live-info-series = 系列：第 { $position } 场，共 { $count } 场
live-announced = 直播 #{ $number } 的公告已发布：{ $url }
cmd-live-announce = （重新）发布直播公告
cmd-live-announce--live = 直播编号（#12）
cmd-live-announce--channel = 发到这里（默认：直播的频道，其次服务器的直播频道，再次当前频道）
live-suggest-overlap = 所有人都有空的最长时段：{ $minutes } 分钟，从 { $full } 到 { $until }。
live-info-undelivered = ⚠️ 未送达
live-info-undelivered-line = { $when }：{ $reason }
live-info-undelivered-missing-access = 机器人无权在直播频道发消息（已改为私信提醒成员）
live-info-undelivered-channel-gone = 直播频道已不存在（已改为私信提醒成员）
