## 固定节目

live-series-need-repeat = `count` 和 `until` 用于固定节目：请同时选择 `repeat`。
live-series-alternate-need-repeat = `alternate_when` 是固定节目的第二个时段：请同时选择 `repeat`。
live-series-count-and-until = 请只填 `count` 或 `until` 其中一个。
live-series-need-end = 固定节目需要结束条件：`count`（2–26 场）或 `until`（日期）。
live-series-count-range = 一个系列有 2 到 26 场，包括第一场。
live-series-alternate-before = `alternate_when` 必须晚于 `when`。
live-series-alternate-same-week = `alternate_when`（{ $alternate }）和第一场（{ $first }）在同一周。系列节目{ $weeks ->
    [1] 每周
   *[other] 每 { $weeks } 周
}一场，两个时间轮流，所以第二个时间应在 { $week } 那一周。只写星期几和时间，我会把它放进那一周；也可以写那一周里的日期，例如 `{ $example }`。
live-series-alternate-week = `alternate_when`（{ $alternate }）必须在 { $week } 那一周，{ $weeks ->
    [1] 即第一场（{ $first }）的下一周
   *[other] 即第一场（{ $first }）所在周之后的第 { $weeks } 周
}：系列节目{ $weeks ->
    [1] 每周
   *[other] 每 { $weeks } 周
}一场，两个时间轮流。只写星期几和时间，我会把它放进那一周；也可以写那一周里的日期，例如 `{ $example }`。
live-series-moved = （改为 { $time }：那天时钟拨快）
live-series-dst = （{ $hosts } 的时间会变：他们的夏令时切换日期不同）
live-series-week = { $monday }那周
live-series-events = 只为接下来的 { $window } 场创建 Discord 活动，之后的会随系列推进再创建。
live-series-saved = 已保存“{ $title }”共 { $count } 场，#{ $first }–#{ $last }：第一场 { $full }，最后一场 { $last_full }。
live-series-saved-events = 已为接下来的 { $count } 场创建 Discord 活动。

## 嘉宾和日历

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
cmd-live-guests = 直播的嘉宾和候补名单
cmd-live-guests--live = 直播编号（#12）
cmd-live-guests--remove = 把这位成员从嘉宾或候补名单移除（主播和直播管理员）
