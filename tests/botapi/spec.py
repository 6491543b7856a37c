"""Checking Bot API requests against the published spec (../shared/telegram/bot-api-10.0.json).

Parameters arrive the way Telegram accepts them: a JSON body, or form/query fields in which
every non-string value is itself JSON (what python-telegram-bot sends). Beyond types, the
semantic limits Telegram enforces and a bot can trip over are checked too: message text length
after entity parsing, valid HTML in parse_mode=HTML, 1-64 byte callback data, one action per
inline button.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cached_property
from html import unescape
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[2].parent / "shared" / "telegram" / "bot-api-10.0.json"

# Tags Telegram's HTML parse mode understands. https://core.telegram.org/bots/api#html-style
HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
_TAG = re.compile(r"<(/?)([a-z-]+)((?:\s+[a-z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
BUTTON_ACTIONS = {
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
}


class SpecError(ValueError):
    """The request breaks the Bot API; Telegram would answer 400."""


def html_to_text(text: str) -> str:
    """Return the visible text of Telegram HTML, or raise SpecError as Telegram would."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            match = _TAG.match(text, i)
            if not match or match.group(2) not in HTML_TAGS:
                raise SpecError(f"can't parse entities: unsupported start tag at byte offset {i}")
            closing, tag = match.group(1) == "/", match.group(2)
            if closing:
                if not stack or stack.pop() != tag:
                    raise SpecError(f"can't parse entities: unmatched end tag {tag!r}")
            else:
                stack.append(tag)
            i = match.end()
        elif ch == "&":
            match = _ENTITY.match(text, i)
            if not match:
                raise SpecError(f"can't parse entities: bare '&' at offset {i}")
            out.append(unescape(match.group(0)))
            i = match.end()
        elif ch == ">":
            raise SpecError(f"can't parse entities: bare '>' at offset {i}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise SpecError(f"can't parse entities: unclosed tag {stack[-1]!r}")
    return "".join(out)


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class Spec:
    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))

    @cached_property
    def methods(self) -> dict[str, dict[str, Any]]:
        return {name.lower(): m for name, m in self.data["methods"].items()}

    @property
    def types(self) -> dict[str, dict[str, Any]]:
        types: dict[str, dict[str, Any]] = self.data["types"]
        return types

    def check_request(self, method: str, params: dict[str, Any], *, form: bool) -> dict[str, Any]:
        """Validate one call; return the parameters decoded to JSON values."""
        spec = self.methods.get(method.lower())
        if spec is None:
            raise SpecError(f"method {method!r} does not exist")
        fields = {f["name"]: f for f in spec.get("fields", [])}
        unknown = set(params) - set(fields)
        if unknown:
            raise SpecError(f"{method}: unknown parameters {sorted(unknown)}")
        decoded: dict[str, Any] = {}
        for name, field in fields.items():
            if name not in params:
                if field["required"]:
                    raise SpecError(f"{method}: missing required parameter {name!r}")
                continue
            decoded[name] = self._decode(params[name], field["types"], form, f"{method}.{name}")
        self._semantics(method.lower(), decoded)
        return decoded

    def check_object(self, value: Any, type_name: str, where: str = "") -> None:
        """Validate a value the emulator returns (e.g. an Update) against the spec's types."""
        self._check(value, type_name, where or type_name)

    # -- decoding and type checks ------------------------------------------------------------

    def _decode(self, raw: Any, types: list[str], form: bool, where: str) -> Any:
        errors = []
        for type_name in types:
            try:
                value = raw
                if form and isinstance(raw, str) and type_name != "String":
                    value = json.loads(raw)
                self._check(value, type_name, where)
                return value
            except (SpecError, ValueError) as exc:
                errors.append(str(exc))
        raise SpecError(f"{where}: expected {' or '.join(types)} ({'; '.join(errors)})")

    def _check(self, value: Any, type_name: str, where: str) -> None:
        if type_name.startswith("Array of "):
            if not isinstance(value, list):
                raise SpecError(f"{where}: expected an array")
            for i, item in enumerate(value):
                self._check(item, type_name.removeprefix("Array of "), f"{where}[{i}]")
            return
        simple: dict[str, Callable[[Any], bool]] = {
            "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "String": lambda v: isinstance(v, str),
            "Boolean": lambda v: isinstance(v, bool),
            "Float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "InputFile": lambda v: True,
        }
        if type_name in simple:
            if not simple[type_name](value):
                raise SpecError(f"{where}: {value!r} is not {type_name}")
            return
        spec = self.types.get(type_name)
        if spec is None:
            raise SpecError(f"{where}: unknown type {type_name}")
        if spec.get("subtypes"):
            for sub in spec["subtypes"]:
                try:
                    self._check(value, sub, where)
                    return
                except SpecError:
                    continue
            raise SpecError(f"{where}: matches none of {type_name}'s kinds")
        if not isinstance(value, dict):
            raise SpecError(f"{where}: expected a {type_name} object")
        fields = {f["name"]: f for f in spec.get("fields", [])}
        unknown = set(value) - set(fields)
        if unknown:
            raise SpecError(f"{where}: unknown fields {sorted(unknown)} for {type_name}")
        for name, field in fields.items():
            if name in value:
                self._decode(value[name], field["types"], False, f"{where}.{name}")
            elif field["required"]:
                raise SpecError(f"{where}: {type_name} needs {name!r}")

    # -- limits Telegram enforces beyond types -------------------------------------------------

    def _semantics(self, method: str, params: dict[str, Any]) -> None:
        if "text" in params and method in ("sendmessage", "editmessagetext"):
            text = params["text"]
            if params.get("parse_mode") == "HTML":
                text = html_to_text(text)
            elif params.get("parse_mode") not in (None, ""):
                raise SpecError(f"{method}: parse mode {params['parse_mode']!r} not checked here")
            if not text.strip():
                raise SpecError(f"{method}: message text is empty")
            if utf16_len(text) > 4096:
                raise SpecError(f"{method}: message is too long")
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            for row in markup["inline_keyboard"]:
                for button in row:
                    actions = BUTTON_ACTIONS & set(button)
                    if len(actions) != 1:
                        raise SpecError(f"{method}: a button needs exactly one action: {button}")
                    data = button.get("callback_data")
                    if data is not None and not 1 <= len(data.encode()) <= 64:
                        raise SpecError(f"{method}: BUTTON_DATA_INVALID {data!r}")
        if method == "answercallbackquery" and len(params.get("text", "")) > 200:
            raise SpecError("answerCallbackQuery: text longer than 200 characters")
        if method == "setmycommands":
            for cmd in params["commands"]:
                if not re.fullmatch(r"[a-z0-9_]{1,32}", cmd["command"]):
                    raise SpecError(f"setMyCommands: bad command {cmd['command']!r}")
                if not 1 <= len(cmd["description"]) <= 256:
                    raise SpecError("setMyCommands: description must be 1-256 characters")
