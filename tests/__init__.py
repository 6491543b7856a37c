"""Tests: dialogue logic, the real Rasa server, both databases and a Bot API emulator."""
