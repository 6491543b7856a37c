"""The Telegram front end: thin handlers over bot.core, registered in one place (app.py)."""

import os

# Opt in to PTB's coming `datetime.timedelta` durations now: with the old default, PTB warns on
# every 429 it handles (RetryAfter reads its own deprecated attribute), flooding the logs.
# https://docs.python-telegram-bot.org/en/stable/telegram.error.html#telegram.error.RetryAfter
os.environ.setdefault("PTB_TIMEDELTA", "true")
