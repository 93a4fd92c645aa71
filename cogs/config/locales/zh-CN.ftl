cmd-config = CreatorPulse 的服务器设置（仅限管理服务器权限）
cmd-config-show = 显示所有设置以及机器人缺少的权限
cmd-config-channel = 设置直播公告或连续记录总结的发布频道
cmd-config-channel--kind = 哪类消息发到这个频道
cmd-config-channel--channel = 要发布的频道
cmd-config-reminders = 设置默认的直播提醒时间
cmd-config-reminders--offsets = 直播前 1 到 5 个时间，介于 5 分钟和 7 天之间，例如 24h, 1h, 15m
cmd-config-timezone = 设置服务器时区
cmd-config-timezone--timezone = 城市、国家或时区名，例如 Oslo 或 Asia/Shanghai（默认 UTC）
cmd-config-delete-data = 删除 CreatorPulse 为本服务器保存的全部数据
cmd-config-calendar = 服务器直播日历订阅地址
cmd-config-calendar--rotate = 生成新地址，旧地址随即失效
cmd-config-modrole = 设置或清除直播管理员身份组
cmd-config-modrole--role = 拥有此身份组的成员可以安排直播（不填则清除）
cmd-config-language = 设置服务器的后备语言
cmd-config-language--language = 用于机器人不支持其 Discord 语言的成员

## /config

config-not-allowed = 只有拥有“管理服务器”权限的成员才能修改 CreatorPulse 的设置。没有任何更改。
config-choice-live = 直播公告
config-choice-recap = 连续记录总结
config-choice-member = 每位成员的 Discord 语言
config-choice-en-US = English（英语）
config-choice-zh-CN = 简体中文
config-choice-no = Norsk（挪威语）
config-channel-set-live = 直播公告将发布在 { $channel }。
config-channel-set-recap = 连续记录总结将发布在 { $channel }。
config-channel-warning = ⚠️ 已保存，但我还不能在 { $channel } 正常发帖：缺少 { $permissions }。请在该频道给我的身份组授予这些权限。
config-reminders-set = 默认直播提醒：开播前 { $offsets }。
config-reminders-empty = 请输入 1 到 5 个提醒时间，用逗号分隔，例如 `24h, 1h, 15m`。
config-reminders-format = 我看不懂提醒时间“{ $value }”。请使用类似 `24h, 1h, 15m` 的格式。
config-reminders-range = “{ $value }”超出范围：每个提醒必须在直播前 5 分钟到 7 天之间。
config-reminders-too-many = 这里有 { $count } 个提醒时间；最多 { $maximum } 个。
config-reminders-duplicate = “{ $value }”重复了。每个提醒时间只写一次。
config-reminders-none-mixed = “无”表示不提醒，不能和提醒时间混在一起。
config-modrole-set = 拥有 { $role } 的成员现在可以安排直播，拥有“管理活动”权限的成员也可以。
config-modrole-cleared = 已清除直播管理员身份组：只有拥有“管理活动”权限的成员可以安排直播。
config-modrole-everyone = @everyone 不能作为直播管理员身份组。请选择分配给管理员的身份组。
config-language-set = 服务器语言：{ $language }。
config-language-member = 每位成员的 Discord 语言（不支持时使用英语）
config-language-en-US = English（英语）
config-language-zh-CN = 简体中文
config-language-no = Norsk（挪威语）
config-field-public-language = 公告、提醒和回顾
config-public-set = { $language }，由 `/config language` 设置。
config-public-members = { $language }：过去 30 天里最多成员使用机器人时用的语言。用 `/config language` 可以固定一种语言。
config-public-actor = { $language }：成员中还没有哪种语言占多数，所以按触发发帖的成员的语言。
config-public-default = { $language }：还没有成员用过机器人。
config-title = CreatorPulse 设置
config-field-language = 语言
config-field-live = 直播公告
config-field-recap = 连续记录总结
config-field-modrole = 直播管理员身份组
config-field-reminders = 默认直播提醒
config-field-timezone = 服务器时区
config-timezone-unset = UTC（未设置：`/config timezone`）
config-timezone-set = 服务器时区已设为 { $zone }。每周回顾会在当地周一 09:00 发出；没有设置个人时区的管理员安排直播时也按这个时区。
config-calendar-off = 这个机器人没有开启日历订阅。运行它的人可以设置 `CALENDAR_PORT` 开启（见 README）。成员仍可使用 `/live calendar`。
config-calendar-url = 在日历应用中订阅这个地址，即可看到本服务器的全部直播并自动更新。只与成员分享：拿到地址的人都能看到日程。{ $url }
config-calendar-rotated = 已生成新地址，旧地址不再可用。{ $url }
config-field-goal = 默认每周目标
config-field-benchmark = 基准数据集
config-field-events = Discord 活动
config-channel-unset = 未设置
config-channel-deleted = ⚠️ 这里设置的频道（id { $id }）已被删除。请用 `/config channel` 选择其他频道。
config-role-deleted = ⚠️ 这里设置的身份组（id { $id }）已被删除。请用 `/config modrole` 选择其他身份组。
config-modrole-unset = 未设置（拥有“管理活动”权限的成员）
config-status-ok = ✅ 我可以在这里发帖
config-status-missing = ⚠️ 我缺少：{ $permissions }
config-events-ok = ✅ 我可以创建和管理活动
config-reminders-value = 提前 { $offsets }
config-goal-value = 每周 { $goal } 条
config-unit-days = { $n } 天
config-unit-hours = { $n } 小时
config-unit-minutes = { $n } 分钟
config-perm-view_channel = 查看频道
config-perm-send_messages = 发送消息
config-perm-embed_links = 嵌入链接
config-perm-attach_files = 附加文件
config-perm-create_events = 创建活动
config-perm-manage_events = 管理活动
config-delete-data-nothing = CreatorPulse 没有为本服务器保存任何数据，所以没有可删除的内容。
config-delete-data-prompt = 这将永久删除 CreatorPulse 为 **{ $server }** 保存的全部数据：共 { $rows } 条。包括设置、所有直播，以及每位成员在这里的资料、结果、作品、连更记录和报名。请先导出，然后点击“删除…”并输入服务器名称。
config-delete-data-export = 先导出
config-delete-data-delete = 删除…
config-delete-data-form = 删除本服务器的数据
config-delete-data-name = 输入服务器名称以确认
config-delete-data-exported = { $files ->
    [one] 为本服务器保存的全部数据：共 { $rows } 条。其中包含成员的数据，请妥善保管。
   *[other] 为本服务器保存的全部数据：共 { $rows } 条，压缩为 { $files } 个文件，合在一起包含每条数据且各一次。其中包含成员的数据，请妥善保管。
}
config-delete-data-too-large = Discord 拒绝了导出文件，因为它太大，无法在这里发送。没有删除任何内容。请向运行此机器人的人索取。
config-delete-data-mismatch = 这不是本服务器的名称（**{ $server }**）。没有删除任何内容。
config-delete-data-done = 完成：已删除 { $rows } 条数据。CreatorPulse 在本服务器重新开始。{ $events ->
    [0] 它发布过的消息仍然保留：管理员可以删除它们。
   *[other] 已移除 { $events } 场即将开始的直播的 Discord 活动；它发布过的消息仍然保留。
}
