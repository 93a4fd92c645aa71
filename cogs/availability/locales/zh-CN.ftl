## /availability：成员可参加多人直播的每周时段。

availability-every-day = 每天
availability-window = { $days } { $start }–{ $end }
availability-window-overnight = { $days } { $start }–次日 { $end }
availability-set-title = 空闲时段已保存（{ $zone }）
availability-set-done = 已添加 { $window }。重叠的时段会合并为一个。
availability-your-windows = 你的每周时段（{ $zone }）
availability-show-title = 空闲时段
availability-show-member = { $member } 的每周时段。
availability-show-local = 按对方时间（{ $zone }）
availability-show-no-zone = 按对方当地时间（对方尚未设置时区）
availability-show-viewer = 按你的时间（{ $zone }）
availability-show-dst-note = 按每个时段的下一次出现换算；夏令时变化可能使之后几周相差一小时。
availability-show-none = { $member } 还没有设置空闲时段。
availability-show-none-self = 你还没有设置空闲时段。用 `/availability set` 添加，例如 days `周一至周五`，from `18:00`，to `22:00`。
availability-clear-nothing = 你没有可清除的空闲时段。
availability-clear-confirm = { $count ->
   *[other] 要删除你全部 { $count } 个空闲时段吗？
}
availability-clear-all-done = { $count ->
   *[other] 已删除你全部 { $count } 个空闲时段。
}
availability-clear-kept = 未删除任何内容，你的时段保持不变。
availability-clear-timeout = 没有回应，因此没有删除任何内容。
availability-clear-one-done = 已删除 { $window }。仍保留：
availability-clear-none-left = （没有剩余时段）
availability-profile-line = 空闲时段：{ $windows }
availability-error-no-timezone = 请先用 `/timezone set` 设置时区：空闲时段按你的当地时间保存。
availability-error-same-time = “from” 和 “to” 都是 { $value }。时段需要不同的结束时间，例如 `18:00` 到 `22:00`，或 `22:00` 到 `02:00`（跨午夜）。
availability-error-too-many = 这样会超过 { $maximum } 个时段。请先用 `/availability clear` 删除一些。
availability-error-window-unknown = “{ $value }” 不是你的空闲时段。请从列表中选择。

cmd-availability = 你可参加多人直播的每周空闲时段
cmd-availability-set = 添加一个每周空闲时段
cmd-availability-set--days = 时段开始的日子：mon-fri、sat,sun、daily、周一至周五、周末
cmd-availability-set--from = 开始时间（你的时区）：18:00、8pm、晚上8点
cmd-availability-set--to = 结束时间（你的时区）：22:00、10pm；可跨午夜（22:00 到 02:00）
cmd-availability-show = 查看成员的每周时段（对方时间和你的时间）
cmd-availability-show--member = 查看谁的时段（默认：你自己）
cmd-availability-clear = 删除你的一个时段或全部时段
cmd-availability-clear--window = 要删除的时段（留空则删除全部）
privacy-kind-availability_windows = 每周空闲时段
