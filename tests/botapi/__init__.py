"""A Bot API emulator and the spec it validates requests against."""
