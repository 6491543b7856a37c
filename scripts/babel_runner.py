"""Catalog maintenance: extract, update, compile and check the gettext catalogs in locales/.

    python scripts/babel_runner.py extract   # bot/ -> locales/messages.pot
    python scripts/babel_runner.py update    # messages.pot -> each locale's messages.po
    python scripts/babel_runner.py compile   # .po -> .mo (build products, not committed)
    python scripts/babel_runner.py check     # the .pot matches the code; hi/hi_Latn complete

`make catalogs` runs compile; `make test` runs check through tests/text/test_catalogs.py.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"
LANGUAGES = ("en", "hi", "hi_Latn")
# Languages whose every message must be translated (English is the source language).
TRANSLATED = ("hi", "hi_Latn")
KEYWORDS = ["-k", "t", "-k", "N_", "-k", "plural:1,2"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _pybabel(*args: str) -> None:
    # Run from the project root so that source locations in the catalogs are relative paths.
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        CommandLineInterface().run(["pybabel", "-q", *args])
    finally:
        os.chdir(previous)


def extract(output: Path = POT) -> None:
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        *KEYWORDS,
        "--add-comments",
        "TRANSLATORS:",
        "--sort-by-file",
        "--no-wrap",
        "--project",
        "karigar-saathi",
        "-o",
        str(output),
        "bot",
    )


def update() -> None:
    for lang in LANGUAGES:
        po = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        action = "update" if po.is_file() else "init"
        _pybabel(
            action,
            "-i",
            str(POT),
            "-d",
            str(LOCALES),
            "-D",
            "messages",
            "-l",
            lang,
            *(["--no-wrap", "--ignore-obsolete"] if action == "update" else ["--no-wrap"]),
        )


def compile_all() -> None:
    _pybabel("compile", "-d", str(LOCALES), "-D", "messages")


def load(lang: str) -> Catalog:
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def problems() -> list[str]:
    """Everything that makes the catalogs not ready to ship, as readable lines."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.pot"
        extract(fresh)
        with fresh.open("rb") as handle:
            in_code = {m.id for m in read_po(handle) if m.id}
    with POT.open("rb") as handle:
        in_pot = {m.id for m in read_po(handle) if m.id}
    if in_code != in_pot:
        found.append(
            "locales/messages.pot is out of date: run `python scripts/babel_runner.py "
            "extract` and `update`"
        )
    for lang in TRANSLATED:
        catalog = load(lang)
        for msgid in sorted(in_code, key=str):
            message = catalog.get(msgid)
            where = f"{lang}: {str(msgid)[:60]!r}"
            if message is None or not message.string:
                found.append(f"{where}: not translated")
            elif message.fuzzy:
                found.append(f"{where}: marked fuzzy")
            elif set(PLACEHOLDER.findall(str(msgid))) != set(
                PLACEHOLDER.findall(str(message.string))
            ):
                found.append(f"{where}: placeholders differ")
        found.extend(f"{lang}: {err}" for _msg, errs in catalog.check() for err in map(str, errs))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=["extract", "update", "compile", "check"])
    action = parser.parse_args().action
    if action == "extract":
        extract()
    elif action == "update":
        update()
    elif action == "compile":
        compile_all()
    else:
        issues = problems()
        print("\n".join(issues) or "catalogs OK")
        return 1 if issues else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
