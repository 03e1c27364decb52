"""The `serve` command and server defaults: loopback, read-only, token from env."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.web.server import is_loopback


def test_serve_defaults_to_loopback_and_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimledger.web as web

    seen: dict = {}
    monkeypatch.setattr(web, "serve", lambda settings, **kw: seen.update(kw, db=settings.db))
    monkeypatch.delenv("CLAIMLEDGER_WRITE_TOKEN", raising=False)
    r = CliRunner().invoke(main, ["--db", "x.db", "serve"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["write_token"] is None and seen["db"] == "x.db"


def test_serve_token_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimledger.web as web

    seen: dict = {}
    monkeypatch.setattr(web, "serve", lambda settings, **kw: seen.update(kw))
    monkeypatch.setenv("CLAIMLEDGER_WRITE_TOKEN", "tok")
    r = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "9000"])
    assert r.exit_code == 0, r.output
    assert seen["write_token"] == "tok" and seen["host"] == "0.0.0.0" and seen["port"] == 9000


def test_serve_help_lists_options() -> None:
    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0
    for opt in ("--host", "--port", "--write-token", "--max-body"):
        assert opt in r.output


@pytest.mark.parametrize(
    ("host", "loop"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("192.168.1.4", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loop: bool) -> None:
    assert is_loopback(host) is loop
