"""Training the NLU model and running the Rasa server from its own Python 3.10 virtualenv."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from bot.config import ConfigError, Settings
from bot.nlu import data

log = logging.getLogger(__name__)

# Rasa phones home and prints TensorFlow noise unless told not to.
RASA_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONWARNINGS": "ignore",
}


@dataclass(frozen=True)
class RasaPaths:
    project: Path
    venv: Path
    models: Path
    var: Path

    @classmethod
    def from_settings(cls, settings: Settings) -> RasaPaths:
        return cls(
            project=settings.path(settings.rasa.project_dir),
            venv=settings.path(settings.rasa.venv_dir),
            models=settings.path(settings.rasa.models_dir),
            var=settings.path(settings.database.sqlite_path).parent,
        )

    @property
    def rasa(self) -> Path:
        return self.venv / "bin" / "rasa"

    @property
    def pidfile(self) -> Path:
        return self.var / "rasa.pid"

    @property
    def logfile(self) -> Path:
        return self.var / "rasa.log"

    def model(self) -> Path:
        return self.models / f"nlu-{data.fingerprint(self.project)}.tar.gz"


def _env() -> dict[str, str]:
    return {**os.environ, **RASA_ENV}


def train_into(
    paths: RasaPaths, out: Path, name: str, *, config: Path | None = None, quiet: bool = False
) -> Path:
    """`rasa train nlu` of the project into out/<name>.tar.gz, whatever is there already, with
    the project's config.yml or another pipeline (`config`)."""
    output = subprocess.DEVNULL if quiet else None
    subprocess.run(
        [
            str(paths.rasa),
            "train",
            "nlu",
            "--config",
            str(config or "config.yml"),
            "--nlu",
            "data",
            "--domain",
            "domain.yml",
            "--out",
            str(out),
            "--fixed-model-name",
            name,
        ],
        cwd=paths.project,
        env=_env(),
        check=True,
        stdout=output,
        stderr=output,
    )
    return out / f"{name}.tar.gz"


def train(paths: RasaPaths) -> Path:
    """Train the NLU model unless one for exactly this data and config exists; return its path."""
    model = paths.model()
    if model.is_file():
        log.info("NLU model is up to date: %s", model.name)
        return model
    bad = data.unnormalised(data.training_files(paths.project))
    if bad:
        listed = "\n".join(f"  {ex.source.name}: {ex.text!r}" for ex in bad[:10])
        raise ConfigError(f"training examples are not normalised (NFC, no zero-width):\n{listed}")
    if not paths.rasa.is_file():
        raise ConfigError(f"{paths.rasa} not found: create the Rasa virtualenv (`make rasa-venv`)")
    paths.models.mkdir(parents=True, exist_ok=True)
    log.info("training NLU model %s", model.name)
    train_into(paths, paths.models, model.name.removesuffix(".tar.gz"))
    for old in paths.models.glob("nlu-*.tar.gz"):
        if old != model:
            old.unlink()
    return model


def start(
    paths: RasaPaths,
    host: str,
    port: int,
    token: str,
    *,
    log_file: Path | None = None,
    model: Path | None = None,
) -> subprocess.Popen[bytes]:
    """Start `rasa run --enable-api` in the background on host:port with the current model."""
    model = model or train(paths)
    log_file = log_file or paths.logfile
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as out:
        return subprocess.Popen(
            [
                str(paths.rasa),
                "run",
                "--enable-api",
                "--interface",
                host,
                "--port",
                str(port),
                # `=` form: a token may start with "-", which argparse would take for an option.
                f"--auth-token={token}",
                "--model",
                str(model),
            ],
            cwd=paths.project,
            env=_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in the console chat must not kill Rasa mid-reply
        )


def wait_ready(url: str, token: str, timeout: float, pid: int | None = None) -> None:
    """Block until /status answers with a loaded model; fail early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pid is not None and not _alive(pid):
            raise RuntimeError("the Rasa server exited during start-up; see its log")
        try:
            response = httpx.get(f"{url}/status", params={"token": token}, timeout=2)
            if response.status_code == 200 and response.json().get("model_file"):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"Rasa did not answer at {url} within {timeout:.0f} s")


def _status(url: str, token: str) -> str | None:
    """The /status body (names the loaded model), or None if the server does not answer."""
    try:
        response = httpx.get(f"{url}/status", params={"token": token}, timeout=2)
    except httpx.HTTPError:
        return None
    return response.text if response.status_code == 200 else None


def _alive(pid: int) -> bool:
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # not our child (started by an earlier `make rasa-up`)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return reaped == 0


def stop(pid: int, timeout: float = 15) -> None:
    """Stop the server's whole process group: SIGTERM, then SIGKILL if it lingers."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.2)
    os.killpg(pid, signal.SIGKILL)


def up(settings: Settings) -> None:
    """`make rasa-up`: start the configured server unless it already answers."""
    paths = RasaPaths.from_settings(settings)
    token = settings.require_rasa_token()
    url = settings.rasa.url
    pid = int(paths.pidfile.read_text()) if paths.pidfile.is_file() else None
    if pid and _alive(pid):
        if paths.model().name in (_status(url, token) or ""):
            log.info("Rasa is already running (pid %d) with the current model", pid)
            return
        log.info("restarting Rasa (pid %d) to load the current model", pid)
        stop(pid)
    pid = start(paths, settings.rasa.host, settings.rasa.port, token).pid
    paths.pidfile.write_text(str(pid))
    log.info("Rasa starting (pid %d, log %s)", pid, paths.logfile)
    wait_ready(url, token, settings.rasa.startup_timeout_seconds, pid)
    log.info("Rasa is ready at %s", url)


def down(settings: Settings) -> None:
    """`make rasa-down`: stop the server started by `up`."""
    paths = RasaPaths.from_settings(settings)
    if not paths.pidfile.is_file():
        log.info("Rasa is not running (no %s)", paths.pidfile)
        return
    stop(int(paths.pidfile.read_text()))
    paths.pidfile.unlink()
    log.info("Rasa stopped")
