## /live：多人直播

cmd-live = 多人直播：找时间、排期、报名
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
cmd-live-schedule--alternate_when = 交替的第二个时段，例如下周六 03:00
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

live-error-not-moderator = 安排直播需要“管理活动”权限或服务器的直播管理员身份组。
live-error-not-host = 只有直播 #{ $number } 的主播和直播管理员可以修改它。
live-error-title = 标题需要有文字（1–100 个字符），不能只有空格。
live-error-host-twice = 同一位主播出现了两次。每位主播只选一次。
live-error-host-bot = 机器人不能当主播，请选择成员。
live-error-host-count = 一场直播有 1 到 6 位主播。
live-error-need-timezone = 我按你的时区理解时间，但你还没有设置时区。请先运行 `/timezone set`，或填写 `timezone` 选项。
live-zone-server = 因为你还没有设置自己的时区（`/timezone set`），时间按服务器时区 { $zone } 理解。
live-error-past = 这个时间已经过去了，请选择将来的时间。
live-error-too-far = 这个时间在一年以后。请选择未来 365 天内的时间。
live-error-no-number = 本服务器没有直播 #{ $number }。`/live list` 可以查看即将进行的直播。
live-error-not-found = 这场直播在本服务器已不存在。
live-error-not-scheduled = 这场直播已不在排期中（已取消或已结束），无法修改。

live-preview-title = 预览：{ $title }
live-preview-reschedule-title = 新时间：{ $title }
live-preview-when = **时间：**{ $full }（{ $relative }）· { $minutes } 分钟
live-preview-was = **原时间：**{ $full }
live-preview-understood = 我理解的时间是：`{ $understood }`
live-preview-hosts = 主播（各自的当地时间）
live-preview-warnings = 注意
live-preview-announcement = 公告
live-preview-channel = 将发布在 { $channel }。
live-preview-no-channel = 服务器还没有设置公告频道，直播会保存但不会发公告。管理员可以用 `/config channel` 设置，或使用本命令的 `channel` 选项。
live-preview-footer = 只有你可以确认。此预览 { $minutes } 分钟后失效。
live-preview-expired = 此预览已失效（或机器人已重启）。请重新运行命令。
live-step-dropped = 已取消，没有做任何更改。
live-dst-earlier = 第一次（{ $offset }）
live-dst-later = 第二次（{ $offset }）

live-warn-outside = { $host } 那时没空（不在其 `/availability` 时间内）。
live-warn-night = 对 { $host } 来说是深夜：当地时间 { $time } 开始（{ $minutes } 分钟在 00:00–07:00 之间）。
live-warn-clash = 与直播 #{ $number }“{ $title }”（{ $when }）冲突：{ $hosts }。
live-warn-soon = 距离开始不到一小时，成员们来不及收到通知。

live-saved = 已保存直播 #{ $number }“{ $title }”：{ $full }（{ $relative }）。
live-saved-event = 活动：{ $url }
live-saved-announcement = 公告：{ $url }
live-problem-event-forbidden = 无法创建或修改 Discord 活动：我缺少“创建活动 / 管理活动”权限。请给我的身份组这个权限，然后改期这场直播再试一次。
live-problem-event-cap = 无法创建 Discord 活动：服务器已经有 Discord 上限的 100 个排期活动。请删除一些旧活动，然后改期这场直播再试一次。
live-problem-event-failed = Discord 拒绝了这场直播的活动。直播已保存；改期即可重试。
live-problem-event-gone = 这场直播的 Discord 活动已被人删除。
live-problem-no-event = 这场直播没有 Discord 活动。
live-problem-no-channel = 没有发布公告：本服务器没有直播频道。管理员可以用 `/config channel` 设置，然后用 `/live announce` 发布公告。
live-problem-channel-forbidden = 无法在 { $channel } 发布公告：我没有查看或发送消息的权限。请给我的身份组这些权限，或用 `/config channel` 换一个频道。
live-problem-channel-gone = 无法发布公告：频道已不存在。请用 `/config channel` 设置新的频道。
live-problem-announce-failed = Discord 拒绝了公告消息。直播已保存。
live-problem-announcement-gone = 公告消息已被删除，无法更新。

live-announce-title = 🔴 { $title }
live-announce-cancelled-title = 已取消：{ $title }
live-announce-cancelled = **这场直播已取消。**
live-announce-when = { $full }（{ $relative }）· { $minutes } 分钟
live-announce-hosts = 主播：{ $hosts }
live-announce-rsvps = 报名
live-announce-counts = 参加：{ $going } · 可能：{ $maybe } · 不能：{ $cant }
live-announce-footer = 直播 #{ $number }
live-rsvp-going = 参加（{ $count }）
live-rsvp-maybe = 可能（{ $count }）
live-rsvp-cant = 不能（{ $count }）
live-rsvp-done-going = 你将参加直播 #{ $number }“{ $title }”。如果改期或取消，你会收到私信。
live-rsvp-done-maybe = 已记为可能参加直播 #{ $number }“{ $title }”。
live-rsvp-done-cant = 已记为不能参加直播 #{ $number }“{ $title }”。
live-rsvp-cancelled = 直播 #{ $number } 已取消，不再接受报名。
live-rsvp-over = 直播 #{ $number } 已结束，不再接受报名。

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
live-status-scheduled = 已排期
live-status-cancelled = 已取消
live-status-ended = 已结束

live-suggest-title = 推荐时间
live-suggest-found = 未来 { $days } 天内所有主播都有空 { $minutes } 分钟的时间：
live-suggest-none-common = 未来 { $days } 天内没有所有主播都有空 { $minutes } 分钟的时间。最接近的是：
live-suggest-nothing = 未来 { $days } 天内找不到适合这些主播的 { $minutes } 分钟直播时间。
live-suggest-unknown = 未计入（没有时区或没有 `/availability`）：{ $hosts }
live-suggest-footer = 按编号安排那个时间：先填写标题，然后查看预览。
live-suggest-pick = 安排第 { $n } 个
live-slot-line = **{ $n }.** { $full }（{ $relative }）
live-slot-host = { $host } { $weekday } { $time }
live-slot-missing = 没空：{ $hosts }
live-modal-title = 安排这场直播
live-modal-field-title = 标题
live-modal-field-description = 简介（可选）

live-profile-line = 下一场直播：#{ $number }“{ $title }”{ $relative }
privacy-kind-live_hosts = 你主持的直播
privacy-kind-live_rsvps = 你的直播回复
privacy-kind-live_delivery_parts = 发给你的直播提醒

## 提醒、“正在开播”和直播结束
live-preview-reminders = 提醒
live-preview-here = 本服务器没有设置直播频道，公告将发在这里：{ $channel }。管理员可以用 `/config channel` 设置。
live-saved-here = 公告已发到你安排直播的频道 { $channel }，因为本服务器没有直播频道。管理员可以用 `/config channel` 设置。
live-reminders-will = 提醒：开播前 { $offsets }，开播时再发一条。
live-reminders-none = 这场直播不发提醒（只在开播时发一条）。
live-reminders-too-soon = 不发提醒：直播开始得比第一条提醒还早（只在开播时发一条）。
live-reminders-passed = 离开播太近，已略去：开播前 { $offsets }。
live-reminders-already-sent = 已经发过，不再重复：开播前 { $offsets }。
live-reminder-title = ⏰ 提醒：{ $title }
live-reminder-body = 开播时间：{ $full }（{ $relative }）。
live-reminder-link = 公告和报名：{ $url }
live-reminder-ping = ⏰ 给所有要来的人的直播提醒：
live-start-title = 🔴 正在开播：{ $title }
live-start-body = 已于 { $full }（{ $relative }）开播。到 TikTok 找主播：
live-start-host = { $host }：{ $url }
live-start-ping = 🔴 直播开始了：
live-announce-ended-title = 已结束：{ $title }
live-announce-ended = 这场直播已经结束，感谢你的到来！
live-choice-status = （{ $status }）
privacy-kind-live_guests = 你的直播嘉宾报名

## 固定节目
live-choice-weekly = 每周
live-choice-biweekly = 每两周
live-error-guest-slots = 一场直播可以有 0 到 { $maximum } 个嘉宾名额。
live-series-need-repeat = `count` 和 `until` 用于固定节目：请同时选择 `repeat`。
live-series-alternate-need-repeat = `alternate_when` 是固定节目的第二个时段：请同时选择 `repeat`。
live-series-count-and-until = 请只填 `count` 或 `until` 其中一个。
live-series-need-end = 固定节目需要结束条件：`count`（2–26 场）或 `until`（日期）。
live-series-count-range = 一个系列有 2 到 26 场，包括第一场。
live-series-until-range = `until` 必须不早于第一场，且最多一年以后。
live-series-alternate-before = `alternate_when` 必须晚于 `when`。
live-series-alternate-too-far = `alternate_when` 必须在 `when` 之后两个周期内（`weekly` 为 14 天内）。
live-preview-series = 全部场次
live-series-moved = （改为 { $time }：那天时钟拨快）
live-series-dst = （{ $hosts } 的时间会变：他们的夏令时切换日期不同）
live-series-events = 只为接下来的 { $window } 场创建 Discord 活动，之后的会随系列推进再创建。
live-series-saved = 已保存“{ $title }”共 { $count } 场，#{ $first }–#{ $last }：第一场 { $full }，最后一场 { $last_full }。
live-series-saved-events = 已为接下来的 { $count } 场创建 Discord 活动。
live-move-this = 只改这一场
live-move-later = 这一场及之后所有场次
live-moved-later = 之后的 { $count } 场也按同样的时间移动了。
live-cancel-this = 只取消这一场
live-cancel-later = 取消这一场及之后所有场次
live-cancelled-later = 这个系列之后的 { $count } 场也已取消。

## 嘉宾和日历
live-guest-join = 报名当嘉宾（{ $taken }/{ $slots }）
live-calendar-button = 添加到日历
live-guests-title = 嘉宾（{ $taken }/{ $slots }）
live-guests-none = 还没有人：点击“报名当嘉宾”。
live-guests-value = { $guests }
    { $waiting ->
        [0] {""}
       *[other] 候补名单上有 { $waiting } 人。
    }
live-guests-waiting-list = 候补名单（按顺序）：{ $members }
live-guest-closed = 直播 #{ $number } 的报名已关闭：已开始、已结束或已取消。
live-guest-none = 直播 #{ $number } 不接受嘉宾报名。
live-guest-host = 你是这场直播的主播，已经在直播里了。
live-guest-joined = 你是直播 #{ $number }“{ $title }”的嘉宾了。再点一次按钮即可退出。
live-guest-waiting = 直播 #{ $number } 的嘉宾名额已满：你在候补名单第 { $position } 位。有名额空出时会私信你。
live-guest-left = 你已退出直播 #{ $number }“{ $title }”的报名。
live-guest-promoted = 有嘉宾名额空出来了：你现在是直播 #{ $number }“{ $title }”的嘉宾，{ $full }（{ $relative }）。
live-guest-not-signed = { $member } 没有报名这场直播。
live-guest-removed = 已把 { $member } 从直播 #{ $number } 移除。
live-calendar-empty = 没有即将开始的直播可以放进日历。
live-calendar-file = 这是你的日历文件：打开即可把直播加入日历。导入较新的文件会更新它们。
cmd-live-guests = 直播的嘉宾和候补名单
cmd-live-guests--live = 直播编号（#12）
cmd-live-guests--remove = 把这位成员从嘉宾或候补名单移除（主播和直播管理员）
cmd-live-calendar = 一场或全部即将开始的直播的日历文件
cmd-live-calendar--live = 直播编号（#12）；不填则为全部即将开始的直播
live-info-series = 系列：第 { $position } 场，共 { $count } 场
live-announced = 直播 #{ $number } 的公告已发布：{ $url }
cmd-live-announce = （重新）发布直播公告
cmd-live-announce--live = 直播编号（#12）
cmd-live-announce--channel = 发到这里（默认：直播的频道，其次服务器的直播频道，再次当前频道）
