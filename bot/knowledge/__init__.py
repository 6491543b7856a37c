"""Everything the assistant can answer, one module per menu category plus conversation."""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge import (
    business,
    conversation,
    export_papers,
    exports,
    listing,
    loans,
    odop,
    programmes,
    selling,
    tax,
)
from bot.knowledge.model import Category, Topic, TopicKind

TOPICS: tuple[Topic, ...] = (
    *selling.TOPICS,
    *business.TOPICS,
    *listing.TOPICS,
    *tax.TOPICS,
    *loans.TOPICS,
    *exports.TOPICS,
    *export_papers.TOPICS,
    *programmes.TOPICS,
    *odop.TOPICS,
    *conversation.TOPICS,
)
BY_INTENT: Mapping[str, Topic] = {topic.intent: topic for topic in TOPICS}
KNOWLEDGE: tuple[Topic, ...] = tuple(t for t in TOPICS if t.kind is TopicKind.KNOWLEDGE)
# The /help tree: every topic with a category, including the ones composed from the profile.
BY_CATEGORY: Mapping[Category, tuple[Topic, ...]] = {
    category: tuple(t for t in TOPICS if t.category is category) for category in Category
}

__all__ = ["BY_CATEGORY", "BY_INTENT", "KNOWLEDGE", "TOPICS", "Category", "Topic", "TopicKind"]
