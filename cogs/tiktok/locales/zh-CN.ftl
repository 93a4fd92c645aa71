cmd-tiktok = 连接你的 TikTok 账号并导入你的数据
cmd-tiktok-connect = 连接你的 TikTok 账号（TikTok 会先征得你的同意）
cmd-tiktok-sync = 立即导入你的 TikTok 数据
cmd-tiktok-status = 你的 TikTok 连接及其导入的内容
cmd-tiktok-disconnect = 断开你的 TikTok 账号

tiktok-not-set-up = 这个机器人还没有设置 TikTok。运行它的人可以按照 CreatorPulse README 中“Connect TikTok”一节开启。
tiktok-not-connected = 你还没有在这里连接 TikTok。使用 `/tiktok connect` 连接你的账号。

tiktok-connect-text = 点击按钮连接你的 TikTok 账号。TikTok 会请你登录，并允许 CreatorPulse 读取你的资料、粉丝数和公开视频；之后机器人会自动填写你的互动率历史、粉丝层级和发帖连续记录。链接只能使用一次，10 分钟内有效，并且只在你打开它的浏览器中有效。
tiktok-connect-replace = 你当前连接的是 { $name }：再次连接会替换它。
tiktok-connect-button = 连接 TikTok
tiktok-connect-refused = 你没有允许 CreatorPulse 读取你的 TikTok 账号，所以没有连接。使用 `/tiktok connect` 再试一次。
tiktok-connected = ✅ 已连接 **{ $name }**。
tiktok-connected-followers = 粉丝：{ $followers }
tiktok-connected-reading = 账号的公开视频：{ $videos } 个。正在读取最近 { $days } 天的视频（最多 { $most } 个）……
tiktok-connected-reading-some = 正在读取你最近 { $days } 天的公开视频（最多 { $most } 个）……
tiktok-first-sync-later = 机器人读取你的视频时 TikTok 没有响应；每日同步会再试，你也可以稍后使用 `/tiktok sync`。

tiktok-note-no-videos = TikTok 没有分享你的视频（没有勾选“video.list”），所以没有导入视频。再次使用 `/tiktok connect` 并保持勾选即可导入。
tiktok-note-no-stats = TikTok 没有分享你的粉丝数（没有勾选“user.info.stats”），所以你的资料保留你自己填写的粉丝数。

tiktok-sync-title = TikTok 同步
tiktok-sync-account = 账号：**{ $name }**
tiktok-sync-read = { $videos ->
    [0] 读取的时间段内没有公开视频。
   *[other] 读取了 { $videos } 个视频：新增 { $new } 个，更新 { $updated } 个。
}
tiktok-sync-median = 按播放量计算的互动率中位数：**{ $rate }**
tiktok-sync-best = 最佳视频：[{ $title }]({ $url }) · { $rate }
tiktok-untitled = 无标题
tiktok-sync-followers = 粉丝：{ $after }
tiktok-sync-followers-change = 粉丝：{ $before } → { $after }
tiktok-sync-follower-rate = 最近 { $posts } 个视频按粉丝数计算的互动率：**{ $rate }**
tiktok-sync-posts = 发帖记录：{ $added ->
    [0] 没有新帖子
   *[other] 新增 { $added } 个帖子
}
tiktok-sync-posts-known = 有 { $known } 个新视频已在你的发帖记录中（同一链接或同一分钟），没有重复计算。
tiktok-sync-streak = 🔥 连续：{ $streak } 周{ $change } · 本周 { $bar }
tiktok-sync-footer = 导入的结果在 /er history 中标为“TikTok”；之后的同步会更新每个视频的数据。

tiktok-error-unavailable = TikTok 没有响应，请稍后再试。没有任何更改。
tiktok-error-rate-limited = TikTok 要求机器人放慢速度：请一分钟后再试。没有任何更改。
tiktok-error-busy = 你的账号正在同步中；完成后可在 `/tiktok status` 中查看。
tiktok-error-broken = TikTok 拒绝续期机器人对你账号的访问，连接已失效。使用 `/tiktok connect` 重新连接；已导入的数据会保留。
tiktok-error-removed = 你的 TikTok 账号已在 TikTok 中取消授权。使用 `/tiktok connect` 重新连接；已导入的数据会保留。
tiktok-broken-dm = 你在 **{ $server }** 的 TikTok 连接已失效：TikTok 拒绝续期机器人对你账号的访问。请在那里使用 `/tiktok connect` 重新连接；已导入的数据会保留。

tiktok-status-title = TikTok
tiktok-status-connected = 自 { $since } 起已连接 **{ $name }**。
tiktok-status-broken = ⚠️ 自 { $when } 起 TikTok 拒绝续期机器人的访问：使用 `/tiktok connect` 重新连接。已导入的数据会保留。
tiktok-status-removed = ⚠️ 授权已于 { $when } 在 TikTok 中取消（{ $reason }）：使用 `/tiktok connect` 重新连接。已导入的数据会保留。
tiktok-removed-reason-0 = 未说明原因
tiktok-removed-reason-1 = 你在 TikTok 中断开了应用
tiktok-removed-reason-2 = 账号已删除
tiktok-removed-reason-3 = 账号年龄发生变化
tiktok-removed-reason-4 = 账号被封禁
tiktok-removed-reason-5 = 应用开发者撤销了授权
tiktok-status-last-sync = 上次同步 { $when }：读取了 { $videos } 个视频。
tiktok-status-never = 尚未同步。
tiktok-status-next = 下次每日同步：{ $when }（{ $relative }）。
tiktok-status-shared = TikTok 分享的内容：{ $scopes }。
tiktok-scope-basic = 资料
tiktok-scope-stats = 粉丝数
tiktok-scope-videos = 公开视频
tiktok-status-switches = 同步会做什么（点击按钮切换）：
tiktok-switch-sync_followers = 粉丝数 → 你的资料
tiktok-switch-sync_er = 视频 → 互动率历史
tiktok-switch-sync_posts = 新视频 → 发帖记录
tiktok-switch-daily_sync = 每日同步

tiktok-disconnect-ask = 断开 TikTok（{ $name }）？机器人会请 TikTok 结束它的访问，并删除你的令牌。已导入的内容（/er history 中的结果、发帖记录中的帖子）要保留还是删除？
tiktok-disconnect-keep = 断开，保留导入内容
tiktok-disconnect-delete = 断开，删除导入内容
tiktok-disconnect-kept = 已断开。机器人的访问已结束，你的令牌已删除；已导入的内容会保留。
tiktok-disconnect-deleted = 已断开，并删除了导入的内容：{ $results } 个结果和 { $posts } 个帖子。
tiktok-disconnect-not-revoked = TikTok 没有确认机器人的访问已结束；你也可以在 TikTok 的设置中移除该应用。
tiktok-disconnect-cancelled = 已取消：你仍然保持连接。
tiktok-disconnect-timeout = 没有回复，所以没有任何更改：你仍然保持连接。

tiktok-page-connected-title = 已连接
tiktok-page-connected = TikTok 账号 { $name } 已为 { $server } 中的 { $member } 连接。你可以关闭此页面：机器人会在 Discord 中告诉你它找到了什么。
tiktok-page-expired-title = 链接已失效
tiktok-page-expired = 此链接已过期或已被使用，所以没有连接。请在 Discord 中使用 /tiktok connect 获取新链接。
tiktok-page-browser-title = 链接在其他地方打开过
tiktok-page-browser = 这次登录不是从这个浏览器开始的，所以没有连接。请在 Discord 中使用 /tiktok connect，并在你登录的浏览器中打开新链接。
tiktok-page-refused-title = 未连接
tiktok-page-refused = 你没有允许访问，所以没有连接。你可以关闭此页面。
tiktok-page-failed-title = TikTok 没有响应
tiktok-page-failed = TikTok 没有响应，所以没有连接。请稍后在 Discord 中再次使用 /tiktok connect。
tiktok-page-rejected-title = 未连接
tiktok-page-rejected = TikTok 没有接受这次登录，所以没有连接。请在 Discord 中再次使用 /tiktok connect。

privacy-kind-tiktok_connections = 你的 TikTok 连接（账号、权限范围、设置；从不包括令牌）
privacy-kind-tiktok_videos = 从你的 TikTok 账号读取的视频及其数据
privacy-kind-tiktok_states = 尚未使用的 TikTok 登录链接
