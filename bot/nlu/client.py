"""Understanding a message: the Rasa NLU server over HTTP, behind a small typed interface."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

log = logging.getLogger(__name__)

# Rasa's featurizers cost time per character; nobody asks a question in more than this.
MAX_NLU_CHARS = 1000


@dataclass(frozen=True)
class IntentScore:
    name: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    entity: str  # e.g. "district"
    value: str  # canonical value after Rasa's synonym mapping, e.g. "Varanasi"
    text: str  # as written, e.g. "बनारस"


@dataclass(frozen=True)
class NluResult:
    intent: IntentScore
    ranking: tuple[IntentScore, ...]  # best first, the top intent included
    entities: tuple[Entity, ...] = ()
    # The kind of question asked ("cost", "time"... or "none" for the general answer), best
    # first (rasa_project/components/ask_classifier.py); empty from a model without it.
    kinds: tuple[IntentScore, ...] = ()

    def entity(self, name: str) -> Entity | None:
        """The longest entity of that kind ("Kanpur Dehat" over a stray "Kanpur")."""
        found = [e for e in self.entities if e.entity == name]
        return max(found, key=lambda e: len(e.text)) if found else None


class NluUnavailable(Exception):
    """The NLU server did not answer in time or answered with an error."""


class Nlu(Protocol):
    async def parse(self, text: str) -> NluResult: ...


def parse_rasa_response(body: Any) -> NluResult:
    """Turn a /model/parse response into an NluResult; raise NluUnavailable if it is malformed."""
    try:
        top = body["intent"]
        ranking = tuple(
            IntentScore(str(item["name"]), float(item["confidence"]))
            for item in body.get("intent_ranking") or [top]
        )
        text = str(body.get("text", ""))
        entities = tuple(
            Entity(str(e["entity"]), str(e["value"]), text[int(e["start"]) : int(e["end"])])
            for e in body.get("entities") or []
        )
        kinds = tuple(
            IntentScore(str(item["name"]), float(item["confidence"]))
            for item in body.get("question_kind_ranking") or []
        )
        top_score = IntentScore(str(top["name"]), float(top["confidence"]))
        return NluResult(top_score, ranking, entities, kinds)
    except (KeyError, TypeError, ValueError) as exc:
        raise NluUnavailable(f"unexpected response from Rasa: {exc!r}") from exc


class RasaNlu:
    """Client for `rasa run --enable-api`: POST /model/parse with the auth token.

    Connection failures are retried by the httpx transport; a slow answer is retried once more by
    us, so the caller learns about an outage within about (retries + 1) * timeout seconds.
    https://rasa.com/docs/rasa/pages/http-api#operation/parseModelMessage
    """

    def __init__(self, url: str, token: str, timeout: float, retries: int) -> None:
        self._retries = retries
        self._client = httpx.AsyncClient(
            base_url=url,
            params={"token": token},
            timeout=httpx.Timeout(timeout),
            transport=httpx.AsyncHTTPTransport(retries=retries),
            limits=httpx.Limits(max_connections=8, max_keepalive_connections=8),
        )

    async def parse(self, text: str) -> NluResult:
        payload = {"text": text[:MAX_NLU_CHARS]}
        for attempt in range(self._retries + 1):
            started = time.perf_counter()
            try:
                response = await self._client.post("/model/parse", json=payload)
                response.raise_for_status()
                return parse_rasa_response(response.json())
            except httpx.TimeoutException as exc:
                log.warning(
                    "Rasa timed out after %.0f ms (attempt %d)",
                    (time.perf_counter() - started) * 1000,
                    attempt + 1,
                )
                error: Exception = exc
            except (httpx.HTTPError, ValueError) as exc:
                # Connection errors were already retried by the transport; an HTTP error status
                # (401 wrong token, 500 no model) will not go away by asking again right now.
                raise NluUnavailable(f"Rasa request failed: {exc!r}") from exc
        raise NluUnavailable(f"Rasa did not answer in time: {error!r}")

    async def status(self) -> dict[str, Any]:
        """Rasa's /status: which model is loaded. Raises httpx errors when it is not up."""
        response = await self._client.get("/status")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    async def aclose(self) -> None:
        await self._client.aclose()
