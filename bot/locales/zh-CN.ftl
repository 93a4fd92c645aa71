## 共享回复:错误、按钮。各功能的文本在 cogs/<功能>/locales/ 中。

error-count-empty = 请输入一个数字，例如 `4500`、`12.5K` 或 `1.2万`。
error-count-negative = “{ $value }”是负数。数量从 0 开始：试试 `4500` 或 `12.5K`。
error-count-format = 无法识别“{ $value }”。试试 `4500`、`4,500`、`12.5K`、`1.2M` 或 `1.2万`。
error-count-fraction = “{ $value }”不是整数。试试 `12.5K`（12,500）或 `4500`。
error-count-too-big = “{ $value }”太大了：最多接受 { $maximum }。
error-count-too-small = “{ $value }”太小了：这里至少为 { $minimum }。
error-percent-format = 无法识别百分比“{ $value }”。试试 `4.5` 或 `4.5%`。
error-percent-range = “{ $value }”超出范围：这里的百分比应在 0 到 { $maximum } 之间。
error-timezone-unknown = 我不认识时区“{ $value }”。请输入城市或国家（奥斯陆、上海、纽约）并从列表中选择。
error-timezone-ambiguous = “{ $value }”可能指多个时区，我不会猜测。请从以下选择：{ $choices }
error-missing-permissions = 你需要 { $permissions } 权限才能执行此操作。
error-bot-missing-permissions = 我在这里需要 { $permissions } 权限才能完成。请联系服务器管理员授予。
error-guild-only = 此命令只能在服务器中使用，不能在私信中使用。
error-cooldown = 请稍等：{ $seconds } 秒后再试。
error-not-allowed = 你无权在此使用此功能。
error-bad-value = “{ $value }”不是可用的值。
error-option-invalid = “{ $option }”的值不是此命令可接受的值；请在 Discord 的表单中重新选择。
error-unknown-command = 该命令已过期。Discord 可能需要一分钟显示新版本，请稍后再试。
error-unexpected = 抱歉，我这边出了问题。已记录，参考编号 `{ $reference }`；报告问题时请提供此编号。
error-database-busy = 数据库正忙，请稍后再试。没有做任何更改。
error-database-unavailable = 机器人现在无法保存任何内容：它的数据库文件无法写入。没有做任何更改。运行机器人的人已在日志中收到通知。
error-database-unreachable = 机器人现在无法连接到它的数据库，既不能读取也不能保存。没有做任何更改。运行机器人的人已在日志中收到通知；请几分钟后再试。
error-not-your-button = 只有运行该命令的成员可以按这些按钮。
error-already-answered = 这个问题已经回答过了，没有再做任何操作。
error-component-expired = 这些按钮已经失效（已超时，或机器人之后重启过）。请重新运行命令；没有做任何更改。
button-confirm = 确认
button-cancel = 取消
error-video-url = “{ $value }”不是 TikTok 视频链接。请粘贴类似 `https://www.tiktok.com/@you/video/7234567890123456789` 或 `https://vm.tiktok.com/ZM…/` 的链接。
error-handle = “{ $value }”不是有效的 TikTok 用户名：请使用 2–24 个字母、数字、`_` 或 `.`，例如 `@your.name`。
error-time-unparsed = 无法把“{ $value }”识别为时间。试试 `2026-12-03 20:00`、`明天晚上8点`、`周五 20:00`、`tomorrow 8pm` 或 `2小时后`。
error-time-needs-clock = “{ $value }”还需要具体时间，例如 `{ $value } 20:00`。
error-time-ambiguous-date = “{ $value }”可能是日/月也可能是月/日，我不会猜测。请写成 `2026-12-03` 或 `2026年12月3日`。
error-time-weekday-mismatch = “{ $value }”：{ $date } 是{ $weekday ->
    [0] 周一
    [1] 周二
    [2] 周三
    [3] 周四
    [4] 周五
    [5] 周六
   *[6] 周日
}，与你写的星期不符。请检查星期或日期。
error-time-ambiguous = { $when } 在 { $zone } 会出现两次（时钟回拨）。你指的是第一次（{ $earlier_offset }）还是第二次（{ $later_offset }）？
error-time-nonexistent = { $when } 在 { $zone } 不存在：那时时钟向前跳。下一个有效时间是 { $suggestion }。
error-clock-format = 无法识别时间“{ $value }”。试试 `20:00`、`晚上8点`、`8pm` 或 `kl 20`。
error-duration-format = 无法识别时长“{ $value }”。试试 `45m`、`1h30`、`1:30`、`90` 或 `1小时30分`。
error-duration-range = “{ $value }”超出范围：请在 { $minimum } 到 { $maximum } 分钟之间。
error-days-format = 无法识别日期范围“{ $value }”。试试 `周一至周五`、`周六,周日`、`每天`、`mon-fri` 或 `man-fre`。
zone-choice = { $zone } — { $offset }，现在 { $time }
tier-range = { $low }–{ $high }
tier-under = 不足{ $high }
tier-over = { $low }以上
ratio = { $value } 倍
# Heads each further message of an export split over several
export-more = （续：第 { $number } 部分）
