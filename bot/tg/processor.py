"""Concurrent update processing that still answers each chat's messages in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Many chats at once, one update at a time per chat.

    PTB's default handles updates one by one, so one slow NLU call delays everybody; its
    `concurrent_updates=True` runs them all at once, so two quick messages from one user can be
    answered out of order and race on the user's row. A FIFO lock per chat gives both.
    https://github.com/python-telegram-bot/python-telegram-bot/wiki/Concurrency
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        key = chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._pending[key] = self._pending.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._pending[key] -= 1
            if not self._pending[key]:  # forget idle chats so the dict stays small
                del self._pending[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up: locks are created on demand."""

    async def shutdown(self) -> None:
        """Nothing to release."""
