## 共享回复:错误、按钮。各功能的文本在 cogs/<功能>/locales/ 中。

error-count-empty = 请输入一个数字,例如 `4500`、`12.5K` 或 `1.2万`。
error-count-negative = “{ $value }”是负数。数量从 0 开始:试试 `4500` 或 `12.5K`。
error-count-format = 无法识别“{ $value }”。试试 `4500`、`4,500`、`12.5K`、`1.2M` 或 `1.2万`。
error-count-fraction = “{ $value }”不是整数。试试 `12.5K`(12,500)或 `4500`。
error-count-too-big = “{ $value }”太大了:最多接受 { $maximum }。
error-count-too-small = “{ $value }”太小了:这里至少为 { $minimum }。
error-percent-format = 无法识别百分比“{ $value }”。试试 `4.5` 或 `4.5%`。
error-percent-range = “{ $value }”超出范围:这里的百分比应在 0 到 { $maximum } 之间。
error-timezone-unknown = 我不认识时区“{ $value }”。请输入城市或国家(奥斯陆、上海、纽约)并从列表中选择。
error-timezone-ambiguous = “{ $value }”可能指多个时区,我不会猜测。请从以下选择:{ $choices }
error-missing-permissions = 你需要 { $permissions } 权限才能执行此操作。
error-bot-missing-permissions = 我在这里需要 { $permissions } 权限才能完成。请联系服务器管理员授予。
error-guild-only = 此命令只能在服务器中使用,不能在私信中使用。
error-cooldown = 请稍等:{ $seconds } 秒后再试。
error-not-allowed = 你无权在此使用此功能。
error-bad-value = “{ $value }”不是可用的值。
error-unknown-command = 该命令已过期。Discord 可能需要一分钟显示新版本,请稍后再试。
error-unexpected = 抱歉,我这边出了问题。已记录,参考编号 `{ $reference }`;报告问题时请提供此编号。
error-not-your-button = 只有运行该命令的成员可以按这些按钮。
button-confirm = 确认
button-cancel = 取消
