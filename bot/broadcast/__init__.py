"""Announcements from trainers to segments of users, delivered from per-recipient rows."""
