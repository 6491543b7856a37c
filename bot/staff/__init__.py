"""The staff desk: escalated users meet support staff in a Telegram supergroup."""
