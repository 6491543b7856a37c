"""`python -m bot chat --jsonl`, the batch interface other tools rely on, with the real Rasa."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.text.script import detect_language
from tests.conftest import RasaServer

pytestmark = pytest.mark.rasa


def test_jsonl_chat_answers_each_line_with_per_chat_state(
    rasa_server: RasaServer, tmp_path: Path
) -> None:
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    config["database"]["sqlite_path"] = str(tmp_path / "chat.db")
    config["rasa"]["url"] = rasa_server.url
    config_path = tmp_path / "config.yml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    lines = [
        {"chat_id": 1, "text": "gst ke bina bech sakte hai kya"},
        {"chat_id": 2, "text": "जीएसटी जरूरी है क्या?", "first_name": "Sita"},
        {"chat_id": 3, "text": "How do I get an IEC code for export?"},
        {"chat_id": 1, "text": "GST?"},
        {"chat_id": 3, "text": "/start"},
        "not json",
        {"chat_id": "4", "text": "hi"},
        {"chat_id": 3, "callback_data": "lang:hi"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    env = {**os.environ, "SAATHI_CONFIG": str(config_path), "RASA_TOKEN": rasa_server.token}
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--jsonl"],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=True,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(lines)
    assert [o["chat_id"] for o in out] == [1, 2, 3, 1, 3, None, None, 3]
    gst_latn, gst_hi, iec, short, start, bad, bad_type, chosen = out
    assert "gst.gov.in" in gst_latn["replies"][0]
    assert detect_language(gst_latn["replies"][0]) == "hi_Latn"
    assert "जीएसटी" in gst_hi["replies"][0] or "GST" in gst_hi["replies"][0]
    assert any("\u0900" <= c <= "\u097f" for c in gst_hi["replies"][0])
    assert "dgft.gov.in" in iec["replies"][0] and "₹500" in iec["replies"][0]
    assert "chahiye" in short["replies"][0].lower()  # chat 1 keeps Latin Hindi for "GST?"
    assert "Karigar Saathi" in start["replies"][0]
    assert "error" in bad and "error" in bad_type
    assert any("\u0900" <= c <= "\u097f" for c in chosen["replies"][0])
    assert (tmp_path / "chat.db").is_file()
