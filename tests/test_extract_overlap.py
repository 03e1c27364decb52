"""The overlapped extractor (the tagger labels earlier articles while spaCy parses the next
ones) gives exactly the plain extractor's records, in input order, with a failing article
confined to its own Skipped record.

The fast tests use a tokenizer-only pipeline and a stand-in tagger that marks "said" as a
cue and the rest of its sentence as content; the model tier runs the real ones.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence

import pytest

from claimledger.ingest.base import make_article
from claimledger.models import Article, Attribution, Skipped
from claimledger.nlp import attrib_tagger
from claimledger.nlp import extract as extract_mod
from claimledger.nlp.attrib_tagger import Tagged
from claimledger.nlp.extract import Extractor
from claimledger.settings import Settings

SAID = re.compile(r"\bsaid\b")


class FakeTagger:
    """Cue: each "said"; content: the rest of its sentence. Records the threads it ran on."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.threads: set[str] = set()

    def tag(
        self, texts: Sequence[str], rules: Sequence[Iterable[Attribution]] | None = None
    ) -> list[Tagged]:
        self.threads.add(threading.current_thread().name)
        out = []
        for text in texts:
            if self.fail_on and self.fail_on in text:
                raise RuntimeError("tagger broke")
            cues, contents = [], []
            for m in SAID.finditer(text):
                end = text.find(".", m.end())
                end = len(text) if end < 0 else end
                cues.append((m.start(), m.end()))
                if end > m.end() + 1:
                    contents.append(((m.end() + 1, end),))
            out.append(Tagged(cues=tuple(cues), contents=tuple(contents)))
        return out


def _articles(n: int) -> list[Article]:
    return [
        make_article(
            text=f"Officials said {k + 3} drones fell on the city. The mayor said {k * 7} "
            f"homes were hit on Tuesday.\n\nResidents of district {k} said nothing.",
            date="2024-03-0" + str(1 + k % 9),
            where=f"a{k}",
        )
        for k in range(n)
    ]


def _name(record: dict | Skipped) -> str:  # type: ignore[type-arg]
    if isinstance(record, Skipped):
        return record.source
    return "a" + re.findall(r"district (\d+)", record["text"])[0]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTagger:
    tagger = FakeTagger()
    monkeypatch.setattr(attrib_tagger, "load_tagger", lambda *a, **k: tagger)
    monkeypatch.setattr(extract_mod, "OVERLAP_STEP", 2)
    monkeypatch.setenv("CLAIMLEDGER_THREADS", "2")
    return tagger


def _run(blank_nlp, articles: list[Article], overlap: bool) -> list[dict | Skipped]:  # type: ignore[type-arg]
    ex = Extractor(Settings(attribution="tagger"), nlp=blank_nlp, overlap=overlap)
    return [r if isinstance(r, Skipped) else r.to_dict() for r in ex.extract(articles)]


def test_overlapped_records_equal_the_plain_ones_in_order(blank_nlp, fake):
    arts = _articles(7)  # 3 full steps of 2 and one short one
    plain = _run(blank_nlp, arts, overlap=False)
    fake.threads.clear()
    both = _run(blank_nlp, arts, overlap=True)
    assert both == plain
    assert [_name(r) for r in both] == [f"a{k}" for k in range(7)]
    # The stand-in's spans reached the records, and the tagging ran off the main thread.
    assert any(a["cue"]["text"] == "said" for r in both for a in r["attributions"])
    assert fake.threads and all(t.startswith("claimledger-tagger") for t in fake.threads)


def test_one_step_of_input_runs_the_plain_path(blank_nlp, fake):
    _run(blank_nlp, _articles(1), overlap=True)
    assert fake.threads == {threading.main_thread().name}


def test_a_process_given_one_core_runs_the_plain_path(blank_nlp, fake, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_THREADS", "1")  # as each of --workers N on N cores
    _run(blank_nlp, _articles(5), overlap=True)
    assert fake.threads == {threading.main_thread().name}


def test_rules_mode_never_starts_the_tagger(blank_nlp, fake):
    ex = Extractor(Settings(attribution="rules"), nlp=blank_nlp)
    assert len(list(ex.extract(_articles(5)))) == 5
    assert not fake.threads


def test_a_failing_article_is_skipped_and_the_rest_go_on(blank_nlp, fake):
    arts = _articles(6)
    fake.fail_on = "district 3"  # the batch holding a3 fails, then a3 alone fails
    out = _run(blank_nlp, arts, overlap=True)
    assert [_name(r) for r in out] == [
        "a0",
        "a1",
        "a2",
        "a3",
        "a4",
        "a5",
    ]
    (bad,) = [r for r in out if isinstance(r, Skipped)]
    assert bad.source == "a3" and bad.code == "extract_error" and "tagger broke" in bad.message
    # a2 was in the failed batch: tagged again on its own, it equals the plain record.
    fake.fail_on = None
    assert out[2] == _run(blank_nlp, [arts[2]], overlap=False)[0]


@pytest.mark.model
def test_real_tagger_overlapped_equals_plain(nlp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(extract_mod, "OVERLAP_STEP", 2)
    monkeypatch.setenv("CLAIMLEDGER_THREADS", "2")
    arts = [
        make_article(text=text, date="2024-05-02", where=f"m{k}")
        for k, text in enumerate(
            [
                'The ministry said on Monday that 1,200 soldiers had been killed. "We will '
                'not retreat," the general told reporters.',
                "According to the regional governor, 14 drones were shot down overnight.",
                "Prices rose 3.2% in April, the statistics office reported.",
                "The company denied claims that it had cut 500 jobs.",
                "Analysts expect growth to slow to 1.5 percent next year, a survey showed.",
            ]
        )
    ]
    plain = Extractor(nlp=nlp, overlap=False)
    both = Extractor(nlp=nlp)
    want = [r.to_dict() for r in plain.extract(arts)]  # type: ignore[union-attr]
    got = [r.to_dict() for r in both.extract(arts)]  # type: ignore[union-attr]
    assert got == want
    assert sum(len(r["attributions"]) for r in got) >= 4
