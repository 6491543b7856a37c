"""Reading the Rasa project's NLU data from the bot's side (the bot never imports rasa)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.text.script import normalize


@dataclass(frozen=True)
class Example:
    intent: str
    text: str
    source: Path
    script: str | None = None  # from per-example metadata (held-out test file)
    # The answer it must get (`udyam_registration/cost`); the intent's default answer if None.
    answer: str | None = None
    # For a follow-up ("and the fee?"): the topic discussed just before it.
    after: str | None = None

    @property
    def expected(self) -> str:
        return self.answer or self.intent


# Rasa's entity annotation, [text](entity) or [text]{"entity": ..., "value": ...}.
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def plain_text(example: str) -> str:
    """The example as a user would type it, without entity annotations."""
    return _ANNOTATION.sub(r"\1", example)


def _parse_block(block: str) -> Iterator[str]:
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            yield plain_text(stripped[2:].strip())


def read_examples(path: Path) -> Iterator[Example]:
    """Yield the intent examples of one Rasa `version: "3.1"` NLU file.

    Both forms are understood: the `examples: |` block of `- text` lines, and the list of
    `{text, metadata}` mappings used by the held-out test file to record each example's script.
    """
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for item in document.get("nlu") or []:
        intent = item.get("intent")
        if not intent:
            continue
        examples = item.get("examples")
        if isinstance(examples, str):
            for text in _parse_block(examples):
                yield Example(intent, text, path)
        elif isinstance(examples, list):
            for entry in examples:
                metadata = entry.get("metadata") or {}
                text = plain_text(str(entry["text"]).strip())
                yield Example(
                    intent,
                    text,
                    path,
                    metadata.get("script"),
                    metadata.get("answer"),
                    metadata.get("after"),
                )


def training_files(project_dir: Path) -> list[Path]:
    return sorted((project_dir / "data").rglob("*.yml"))


def test_file(project_dir: Path) -> Path:
    return project_dir / "tests" / "test_nlu.yml"


def domain_intents(project_dir: Path) -> list[str]:
    domain = yaml.safe_load((project_dir / "domain.yml").read_text(encoding="utf-8"))
    return [str(name) for name in domain["intents"]]


def unnormalised(paths: list[Path]) -> list[Example]:
    """Examples that differ from what the bot sends Rasa at run time (see language.normalize)."""
    return [ex for path in paths for ex in read_examples(path) if normalize(ex.text) != ex.text]


def fingerprint(project_dir: Path) -> str:
    """A hash of everything training depends on, so a model is retrained only when it changes."""
    digest = hashlib.sha256()
    for path in [
        project_dir / "config.yml",
        project_dir / "domain.yml",
        *training_files(project_dir),
        *sorted((project_dir / "components").glob("*.py")),  # the project's own components
    ]:
        digest.update(str(path.relative_to(project_dir)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]
