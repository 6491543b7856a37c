"""The Telegram front end: thin handlers over bot.core, registered in one place (app.py)."""
