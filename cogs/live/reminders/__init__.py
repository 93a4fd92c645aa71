"""Reminders and deliveries: what a LIVE sends on its schedule (reminders, "starting now",
its end, the "How did it go?" prompt), planned with the LIVE and sent exactly once.

No commands of its own: scheduling plans a LIVE's deliveries with ``logic.plan`` and
``planning``; ``deliverer.LiveDeliverer`` sends them on the bot's scheduler.
"""
