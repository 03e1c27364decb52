"""Every shared fixture lives here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
SHARED_DATA = SHARED / "data"
EXAMPLE_TXT = ROOT / "src" / "claimledger" / "data" / "examples" / "2024-03-20-putin-fsb.txt"
EXAMPLE_JSONL = EXAMPLE_TXT.with_suffix(".jsonl")
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The ``fuzz`` tier (minutes) runs only when asked for by name: ``pytest -m fuzz``."""
    if "fuzz" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="the fuzz tier runs with -m fuzz (make test-fuzz)")
    for item in items:
        if "fuzz" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _no_claimledger_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings() reads CLAIMLEDGER_* variables: a developer's shell must not change what
    the tests see (CLAIMLEDGER_SHARED, which only says where the evaluation data is, stays)."""
    for key in list(os.environ):
        if key.startswith("CLAIMLEDGER_") and key != "CLAIMLEDGER_SHARED":
            monkeypatch.delenv(key)


@pytest.fixture(autouse=True)
def _frames_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """In use a frame that fails is logged and left out; in the tests it raises, so a
    coding slip in nlp/frames.py fails a test instead of passing as "no frame"."""
    from claimledger.nlp import frames

    monkeypatch.setattr(frames, "STRICT", True)


@pytest.fixture(scope="session")
def example_txt() -> Path:
    return EXAMPLE_TXT


@pytest.fixture(scope="session")
def example_jsonl() -> Path:
    return EXAMPLE_JSONL


@pytest.fixture(scope="session")
def example_text() -> str:
    import json

    return json.loads(EXAMPLE_JSONL.read_text(encoding="utf-8"))["text"]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (evaluation sets, research-only); tests that need it skip without it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A tiny spaCy pipeline on disk (tokenizer and sentencizer, no weights): batch, resume
    and hardening tests run the real engines without the pinned model."""
    from ingest_util import tiny_model

    return tiny_model(tmp_path_factory.mktemp("model"))


@pytest.fixture()
def settings(tmp_path: Path, model: str):  # noqa: ANN201
    """A fresh ledger with the tiny pipeline; the rules path keeps the neural tagger
    (seconds per run) out of tests about batching, skips and checkpoints."""
    from claimledger.settings import Settings

    return Settings(db=str(tmp_path / "ledger.db"), model=model, attribution="rules")


@pytest.fixture(scope="session")
def nlp():
    """The pinned English pipeline, loaded once per test session (model tier)."""
    from claimledger.nlp import pipeline

    return pipeline.load("en")


@pytest.fixture(scope="session")
def extractor(nlp):
    from claimledger.nlp.extract import Extractor

    return Extractor(nlp=nlp)


@pytest.fixture(scope="session")
def example_extraction(extractor, example_txt):
    from claimledger import ingest

    (article,) = list(ingest.read([example_txt]))
    return extractor.extract_one(article)


@pytest.fixture
def blank_nlp():
    """A model-free English pipeline (tokenizer + rule sentencizer) for fast unit tests."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


@pytest.fixture
def store(db_path: str):
    from claimledger.store import open_store

    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def cli():
    """Invoke the CLI in-process: ``cli("--db", path, "claims")`` returns a click Result."""
    from click.testing import CliRunner

    from claimledger.cli import main

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of our own (initdb in a temp folder, a free local port; tests/pg.py),
    shared by the session; skips when Debian's postgresql is absent or will not start."""
    import pg

    if not pg.available():
        pytest.skip("PostgreSQL (initdb) is not installed")
    srv = pg.PgServer()
    try:
        srv.start()
    except Exception as exc:  # initdb/pg_ctl failing is an environment problem: skip
        srv.stop()
        pytest.skip(f"cannot start PostgreSQL: {exc}")
    yield srv
    srv.stop()


# -- the web app over a hand-built ledger (no spaCy) ---------------------------------------

WEB_TOKEN = "s3cret-token"


class FakeExtractor:
    """Stands in for the spaCy pipeline in write tests: an article with nothing extracted."""

    def extract_one(self, article):  # noqa: ANN001, ANN201
        from claimledger.models import Extraction

        return Extraction(article)

    def extract(self, articles):  # noqa: ANN001, ANN201
        return (self.extract_one(a) for a in articles)

    def supports(self, language):  # noqa: ANN001, ANN201
        return True


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A ledger of the web sample's claims plus 60 synthetic articles."""
    from claimledger.store import open_store
    from claimledger.web.sample import load, sample_extractions, synthetic_extractions

    path = str(tmp_path_factory.mktemp("web") / "ledger.db")
    store = open_store(path)
    load(store, sample_extractions())
    load(store, synthetic_extractions(60, per_article=6))
    store.close()
    return path


@pytest.fixture(scope="module")
def client(db: str):  # noqa: ANN201
    """The read-only web app over ``db``, in process."""
    from fastapi.testclient import TestClient

    from claimledger.settings import Settings
    from claimledger.web import create_app

    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path):  # noqa: ANN201
    """The web app with writes enabled (token ``WEB_TOKEN``) over an empty ledger."""
    from fastapi.testclient import TestClient

    from claimledger.settings import Settings
    from claimledger.web import create_app

    app = create_app(
        Settings(db=str(tmp_path / "w.db")),
        write_token=WEB_TOKEN,
        max_body=4096,
        extractor_factory=FakeExtractor,
    )
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
