"""The records and events a conversation is made of: what arrives, what the bot says, what a turn
changes about the user. Plain data beside the dialogue core, so that the stores that keep them
(`bot/db`) and the dialogue that makes them (`bot/core`) need not know each other."""
