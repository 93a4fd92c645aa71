from bot.main import run

raise SystemExit(run())
