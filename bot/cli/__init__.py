"""Command-line entry points (`python -m bot ...`) other than running the bot and the console."""
