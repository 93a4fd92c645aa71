## 提醒、“正在开播”和直播结束

live-reminders-will = 提醒：开播前 { $offsets }，开播时再发一条。
live-reminders-will-headed = 开播前 { $offsets }，开播时再发一条。
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
live-reminder-by-dm = ⏰ 直播提醒已私信发给 { $members }。
live-start-by-dm = 🔴 直播开始了，已私信通知 { $members }。
live-reminded-more = 另外 { $count } 人

## 直播之后：/live report、“直播怎么样？”、/live stats、/live checklist

live-prompt-ping = 直播怎么样？按下按钮填写你的数据：
live-channel-refused = ⚠️ 我无法在 { $channel } 为直播 #{ $number }「{ $title }」发消息：{ $reason }我已改为私信提醒原本会在那里被提及的成员。要解决这个问题，请允许我在该频道发送消息和嵌入链接，或用 `/config channel` 选择另一个频道。
live-channel-refused-missing-access = 我没有在那里发消息的权限。
live-channel-refused-channel-gone = 该频道已不存在。
