## /live 整体

cmd-live = 多人直播：找时间、排期、报名
live-profile-line = 下一场直播：#{ $number }“{ $title }”{ $relative }

## /privacy：此功能保存的成员数据

privacy-kind-live_hosts = 你主持的直播
privacy-kind-live_rsvps = 你的直播回复
privacy-kind-live_delivery_parts = 发给你的直播提醒
privacy-kind-live_guests = 你的直播嘉宾报名
privacy-kind-live_reports = 你填写的直播数据
privacy-kind-live_checklist_ticks = 你在直播检查清单中的勾选
privacy-kind-live_reports--reported_by_user_id = 你替别人填写的直播报告（你的名字会被移除，报告保留）
