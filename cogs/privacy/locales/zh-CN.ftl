cmd-privacy = 获取或删除机器人保存的关于你的全部数据（在私信中：所有服务器）
cmd-privacy-export = 获取一个包含你全部数据的文件（在私信中：所有服务器）
cmd-privacy-delete = 删除关于你的全部数据（在私信中：所有服务器）

## /privacy

privacy-export-done = { $rows ->
    [0] 在本服务器我没有保存任何关于你的数据。附件文件可以证明。
   *[other] 这是我在本服务器保存的关于你的全部数据：共 { $rows } 条。
}
privacy-kind-line = • { $kind }：{ $count }
privacy-kind-members = 资料（时区、TikTok 账号、粉丝数、每周目标）
privacy-kind-member_locales = 你最近一次使用机器人时的语言
privacy-kind-er_results = 互动率结果
privacy-kind-weekly_goal_changes = 每周目标历史
privacy-kind-mentions = { $table } 中提到你的记录（移除你，记录保留）
privacy-delete-nothing = 在本服务器我没有保存任何关于你的数据，所以没有可删除的内容。
privacy-delete-confirm = 这将永久删除本服务器中关于你的 { $rows } 条数据：
privacy-delete-done = 完成：已从本服务器删除关于你的 { $rows } 条数据。
privacy-delete-cancelled = 已取消。没有删除任何内容。
privacy-delete-timeout = 没有收到回应，所以没有删除任何内容。如果仍想删除，请再次运行 `/privacy delete`。
privacy-delete-lives = 你主持的直播仍保留在日程上，但不再显示你的名字（显示为“主播已离开”）：{ $numbers }。直播管理员可以修改或取消它们。
privacy-server-gone = 我已不在的服务器（ID { $id }）
privacy-server-line = • **{ $server }**：{ $rows } 条
privacy-export-everywhere = { $rows ->
    [0] 在任何服务器我都没有保存关于你的数据。
   *[other] 这是我保存的关于你的全部数据：共 { $rows } 条，每个服务器一个文件。
}
privacy-export-split = 数据超过了 Discord 单个文件的上限，所以已压缩，共 { $files } 个文件。它们合在一起包含每条数据，且各一次。
privacy-export-too-large = Discord 拒绝了导出文件，因为它太大，无法在这里发送。没有任何改动。请向运行此机器人的人索取你的数据。
privacy-delete-nothing-anywhere = 在任何服务器我都没有保存关于你的数据，所以没有可删除的内容。
privacy-delete-confirm-everywhere = 这将永久删除所有服务器中关于你的 { $rows } 条数据：
privacy-delete-done-everywhere = 完成：已在 { $servers } 个服务器中删除关于你的 { $rows } 条数据。
privacy-delete-redrawn = 已重新生成 { $count } 条显示过你的公告、活动或消息，其中不再有你。
