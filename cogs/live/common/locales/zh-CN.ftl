## /live：多人直播

live-error-not-moderator = 安排直播需要“管理活动”权限或服务器的直播管理员身份组。
live-error-not-host = 只有直播 #{ $number } 的主播和直播管理员可以修改它。
live-error-need-timezone = 我按你的时区理解时间，但你还没有设置时区。请先运行 `/timezone set`，或填写 `timezone` 选项。
live-zone-server = 因为你还没有设置自己的时区（`/timezone set`），时间按服务器时区 { $zone } 理解。
live-error-no-number = 本服务器没有直播 #{ $number }。`/live list` 可以查看即将进行的直播。
live-error-not-found = 这场直播在本服务器已不存在。
live-error-not-scheduled = 这场直播已不在排期中（已取消或已结束），无法修改。
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
live-rsvp-cancelled = 直播 #{ $number } 已取消，不再接受报名。
live-rsvp-over = 直播 #{ $number } 已结束，不再接受报名。
live-status-scheduled = 已排期
live-status-cancelled = 已取消
live-status-ended = 已结束
live-slot-host = { $host } { $weekday } { $time }

## 提醒、“正在开播”和直播结束

live-saved-here = 公告已发到你安排直播的频道 { $channel }，因为本服务器没有直播频道。管理员可以用 `/config channel` 设置。
live-announce-ended-title = 已结束：{ $title }
live-announce-ended = 这场直播已经结束，感谢你的到来！
live-choice-status = （{ $status }）

## 固定节目

live-series-until-range = `until` 必须不早于第一场，且最多一年以后。

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
live-host-left = （主播已离开：直播管理员可以修改这场直播）
# In a scheduled event's location, for a host no longer in the server
live-location-host-left = 主播已离开
