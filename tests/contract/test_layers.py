"""The package's layers, checked on the source: each imports only what lies below it.

The layers, from the ground up (../STYLE.md has the reasons):
1. leaves (`bot.text`, `bot.callbacks`) import nothing else of `bot`;
2. settings, knowledge and the NLU client import leaves only; the records import leaves only;
3. the dialogue core imports 1-2 only: no Telegram, no SQL;
4. adapters (`bot.db`, `bot.broadcast`, `bot.staff`, `bot.nlu.server`) import 1-3, and `bot.db`
   nothing of the core;
5. front ends (`bot.tg`, the console, the command line) and `bot.services`, which wires them.
Only `bot.tg`, `bot.cli` and `bot.__main__` may import `telegram`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "bot"

LEAVES = ("bot.text", "bot.callbacks")
BASE = (*LEAVES, "bot.config", "bot.knowledge", "bot.nlu.client", "bot.nlu.data", "bot.records")
CORE = (*BASE, "bot.core")
ADAPTERS = (*CORE, "bot.db", "bot.broadcast", "bot.staff", "bot.nlu")
# Module prefix -> the `bot` modules it may import (its own package always included).
ALLOWED: dict[str, tuple[str, ...]] = {
    "bot": (),  # the package's __init__
    "bot.text": (),
    "bot.callbacks": (),
    "bot.config": LEAVES,
    "bot.records": LEAVES,
    "bot.knowledge": LEAVES,
    "bot.nlu": LEAVES,  # the package's __init__
    "bot.nlu.client": LEAVES,
    "bot.nlu.data": LEAVES,
    "bot.core": CORE,
    "bot.db": (*BASE, "bot.db"),
    "bot.nlu.server": (*BASE, "bot.nlu"),
    "bot.broadcast": ADAPTERS,
    "bot.staff": ADAPTERS,
    "bot.services": ADAPTERS,
    "bot.logs": BASE,
    "bot.tg": (*ADAPTERS, "bot.services", "bot.tg"),
    "bot.console": (*ADAPTERS, "bot.services"),
    "bot.cli": (*ADAPTERS, "bot.services", "bot.tg"),
    "bot.__main__": ("bot",),
}
TELEGRAM_ALLOWED = ("bot.tg", "bot.cli", "bot.__main__")


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[str]:
    """Every module `path` imports, absolute, including `from bot import x` as `bot.x`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            if node.module == "bot":
                yield from (f"bot.{alias.name}" for alias in node.names)


def layer_of(module: str) -> str:
    matches = [p for p in ALLOWED if module == p or module.startswith(p + ".")]
    assert matches, f"{module} is in no layer: add it to ALLOWED in this test"
    return max(matches, key=len)


def within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_each_module_imports_only_lower_layers(path: Path) -> None:
    module = module_name(path)
    layer = layer_of(module)
    allowed = (*ALLOWED[layer], layer)
    wrong = [
        name
        for name in imports(path)
        if (name == "bot" or name.startswith("bot."))
        and name != "bot"
        and not within(name, allowed)
    ]
    assert wrong == [], f"{module} ({layer}) imports {wrong}"


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_only_front_ends_import_telegram(path: Path) -> None:
    module = module_name(path)
    uses = [n for n in imports(path) if n == "telegram" or n.startswith("telegram.")]
    assert not uses or within(module, TELEGRAM_ALLOWED), f"{module} imports {uses}"


def test_the_contract_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself: a leaf importing the core is reported."""
    leaf = tmp_path / "leaf.py"
    leaf.write_text("from bot.core.assistant import Assistant\nimport telegram\n")
    found = list(imports(leaf))
    assert "bot.core.assistant" in found and not within("bot.core.assistant", ALLOWED["bot.text"])
    assert "telegram" in found and not within("bot.text.leaf", TELEGRAM_ALLOWED)
