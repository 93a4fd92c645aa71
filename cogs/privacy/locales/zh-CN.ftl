cmd-privacy = 获取或删除机器人在本服务器保存的关于你的全部数据
cmd-privacy-export = 获取一个包含你全部数据的文件
cmd-privacy-delete = 删除本服务器中关于你的全部数据

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
