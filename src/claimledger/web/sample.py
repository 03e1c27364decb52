"""Hand-built ledgers for the web tests, the browser tests and the benchmark.

Built record by record, without spaCy, so they are fast and exact. ``hostile_article``
carries markup and event handlers that must render inert.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..models import Article, Attribution, Claim, Entity, Extraction, Frame, Quantity, Span
from ..store import SQLStore


@dataclass(frozen=True, slots=True)
class Q:
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    change: str = "="
    unit: str | None = None
    concept: str | None = None
    frame: dict[str, object] | None = None  # the frame a reader gives it (as_of: the date)


@dataclass(frozen=True, slots=True)
class C:
    """One claim: its sentence, who says it (source) with which cue, and its quantities."""

    sentence: str
    source: str | None = None
    cue: str | None = None
    claimer_name: str | None = None
    claimer_party: str | None = None  # the side the claimer speaks for ("russia")
    kind: str = "direct"
    stance: str = "asserts"
    hedged: bool = False
    score: float = 0.5
    quantities: Sequence[Q] = field(default_factory=tuple)
    entities: Sequence[tuple[str, str]] = field(default_factory=tuple)


def _span(text: str, needle: str, lo: int, hi: int) -> Span:
    i = text.find(needle, lo, hi)
    if i < 0:
        raise ValueError(f"{needle!r} not in text[{lo}:{hi}]")
    return Span(i, i + len(needle), needle)


def build(
    article_id: str,
    claims: Sequence[C],
    *,
    date: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    lead: str = "",
) -> Extraction:
    """An extraction whose text is ``lead`` followed by each claim's sentence."""
    text = lead + " ".join(c.sentence for c in claims)
    quantities: list[Quantity] = []
    attributions: list[Attribution] = []
    entities: list[Entity] = []
    out: list[Claim] = []
    pos = len(lead)
    for c in claims:
        s, e = pos, pos + len(c.sentence)
        pos = e + 1
        qidx = []
        for q in c.quantities:
            sp = _span(text, q.text, s, e)
            concept = _span(text, q.concept, s, e) if q.concept else None
            qidx.append(len(quantities))
            frame = (
                Frame.from_dict({"as_of": date, "bound": q.change, **q.frame}) if q.frame else None
            )
            quantities.append(
                Quantity(
                    sp.start,
                    sp.end,
                    sp.text,
                    q.value,
                    q.low,
                    q.high,
                    q.change,  # type: ignore[arg-type]
                    q.unit,
                    None,
                    concept,
                    frame,
                )
            )
        for ent, label in c.entities:
            sp = _span(text, ent, s, e)
            entities.append(Entity(sp.start, sp.end, sp.text, label))
        attr_idx = None
        src = _span(text, c.source, s, e) if c.source else None
        if c.cue:
            cue = _span(text, c.cue, s, e)
            # The content is the sentence less the source and cue, up to the full stop.
            edges = sorted([cue] + ([src] if src else []), key=lambda x: x.start)
            after = max(x.end for x in edges)
            before = min(x.start for x in edges)
            parts = []
            if before - s > 3:
                parts.append(Span.of(text, s, before - 1))
            if e - after > 3:
                parts.append(Span.of(text, after + 1, e - 1))
            attr_idx = len(attributions)
            attributions.append(
                Attribution(
                    kind=c.kind,  # type: ignore[arg-type]
                    source=src,
                    cue=cue,
                    content=tuple(p for p in parts if p.text.strip()),
                    stance=c.stance,  # type: ignore[arg-type]
                    resolution="explicit" if src else "unresolved",
                    resolved_name=c.claimer_name if src else None,
                )
            )
        out.append(
            Claim(
                start=s,
                end=e,
                text=text[s:e],
                claimer=src,
                claimer_name=c.claimer_name or (src.text if src else None),
                claimer_party=c.claimer_party,
                hedged=c.hedged,
                attribution=attr_idx,
                quantities=tuple(qidx),
                as_of=date,
                score=c.score,
                stance=c.stance,  # type: ignore[arg-type]
            )
        )
    if out:
        # The top-scored claim is the main claim, as the claims module has it.
        top = max(range(len(out)), key=lambda k: (out[k].score, -out[k].start))
        out[top] = replace(out[top], main=True)
    article = Article(id=article_id, text=text, date=date, title=title, url=url, source=source)
    return Extraction(article, tuple(entities), tuple(quantities), tuple(attributions), tuple(out))


HOSTILE_SCRIPT = '<script>window.__pwned = 1; alert("script")</script>'
HOSTILE_IMG = "<img src=x onerror=\"window.__pwned = 2; alert('onerror')\">"


def hostile_article() -> Extraction:
    """Markup, script and event handlers in text, title, outlet and url: must stay inert."""
    return build(
        "hostile",
        [
            C(
                f"The mayor said {HOSTILE_SCRIPT} that 5 bridges {HOSTILE_IMG} were closed.",
                source="The mayor",
                cue="said",
                claimer_name="The mayor",
                score=0.9,
                quantities=[Q("5", 5, 5, 5, unit=None, concept="bridges")],
            ),
            C(
                'Officials claimed <b onmouseover="window.__pwned = 3">12</b> roads flooded.',
                source="Officials",
                cue="claimed",
                score=0.8,
                quantities=[Q("12", 12, 12, 12, concept="roads")],
            ),
        ],
        date="2024-05-02",
        title='Flood <script>window.__pwned = 4</script> "report"',
        source='"><svg onload=alert(5)>',
        url="javascript:alert(6)",
    )


def sample_extractions() -> list[Extraction]:
    """A small ledger: a war-losses article, an economy article, and the hostile one."""
    war = build(
        "ukraine-losses",
        [
            C(
                "Ukraine's defence ministry said Russia had lost over 13,000 vehicles since "
                "February 2022.",
                source="Ukraine's defence ministry",
                cue="said",
                claimer_name="Ukraine's defence ministry",
                kind="indirect",
                score=0.82,
                quantities=[
                    Q(
                        "over 13,000 vehicles",
                        13000,
                        13000,
                        None,
                        ">",
                        None,
                        "vehicles",
                        {"party": "russia", "measure": "vehicles", "aggregation": "cumulative"},
                    )
                ],
                entities=[("Russia", "GPE"), ("Ukraine", "GPE")],
            ),
            C(
                '"We have killed 430,000 soldiers," the ministry spokesman told reporters.',
                source="the ministry spokesman",
                cue="told",
                claimer_name="Ukraine's defence ministry",
                score=0.77,
                quantities=[
                    Q(
                        "430,000 soldiers",
                        430000,
                        430000,
                        430000,
                        concept="soldiers",
                        frame={
                            "party": "russia",
                            "event": "killed",
                            "measure": "personnel",
                            "aggregation": "cumulative",
                        },
                    )
                ],
            ),
            C(
                'The Kremlin admitted "significant losses" but gave no figures.',
                source="The Kremlin",
                cue="admitted",
                claimer_name="Kremlin",
                stance="admits",
                score=0.41,
                entities=[("Kremlin", "ORG")],
            ),
        ],
        date="2024-03-20",
        title="Losses mount on both sides",
        source="Example Wire",
        url="https://example.org/losses",
    )
    econ = build(
        "inflation-march",
        [
            C(
                "Inflation reached 7.4 % in March, according to Rosstat.",
                source="Rosstat",
                cue="according to",
                claimer_name="Rosstat",
                kind="according_to",
                score=0.71,
                quantities=[Q("7.4 %", 7.4, 7.4, 7.4, unit="%", concept="Inflation")],
                entities=[("Rosstat", "ORG")],
            ),
            C(
                "The central bank said rates would stay between 15 and 16 % this year.",
                source="The central bank",
                cue="said",
                claimer_name="Central Bank of Russia",
                kind="indirect",
                score=0.66,
                quantities=[Q("between 15 and 16 %", None, 15, 16, "=", "%", "rates")],
            ),
            C(
                "Prices reportedly rose about 20 % for eggs.",
                cue="reportedly",
                kind="hedge",
                hedged=True,
                score=0.35,
                quantities=[Q("about 20 %", 20, None, None, "~", "%", "Prices")],
            ),
        ],
        date="2024-04-12",
        title="Inflation stays high",
        source="Daily Ledger",
    )
    return [war, econ, hostile_article()]


CLAIMERS = (
    "Ukraine's defence ministry",
    "Kremlin",
    "Rosstat",
    "Central Bank of Russia",
    "UN refugee agency",
    "World Bank",
    "Ministry of Health",
    "Eurostat",
)
# Each claimer's side, as the pipeline's ``party_key`` reads the name.
_PARTY = {
    "Ukraine's defence ministry": "ukraine",
    "Kremlin": "russia",
    "Central Bank of Russia": "russia",
    "UN refugee agency": "un",
}
OUTLETS = ("Example Wire", "Daily Ledger", "Morning Post", "Evening Star")
CONCEPTS = ("vehicles", "soldiers", "refugees", "tanks", "jobs", "homes", "patients", "drones")
# The frame of each concept's figure in the synthetic ledger (losses are Russia's totals).
_MEASURE = {"vehicles": "vehicles", "soldiers": "personnel", "tanks": "tank", "drones": "drone"}


def synthetic_extractions(
    n_claims: int, *, per_article: int = 10, seed: int = 7, first_article: int = 0
) -> Iterator[Extraction]:
    """``n_claims`` claims in articles of ``per_article``, with varied claimers, dates,
    quantities and words (for search), reproducible from ``seed``. ``first_article``
    numbers the articles from there (with its own random stream), so separate processes
    can each make a share of one large ledger."""
    rng = random.Random(seed if first_article == 0 else f"{seed}:{first_article}")
    n_articles = -(-n_claims // per_article)
    made = 0
    for a in range(first_article, first_article + n_articles):
        year = 2022 + a % 4
        date = f"{year}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        claims = []
        for i in range(min(per_article, n_claims - made)):
            who = rng.choice(CLAIMERS)
            what = rng.choice(CONCEPTS)
            n = rng.randrange(10, 500_000)
            num = f"{n:,}"
            claims.append(
                C(
                    f"{who} said {num} {what} were counted in region {a}-{i}.",
                    source=who,
                    cue="said",
                    claimer_name=who,
                    claimer_party=_PARTY.get(who),
                    kind="indirect",
                    score=round(rng.random(), 3),
                    quantities=[
                        Q(
                            f"{num} {what}",
                            n,
                            n,
                            n,
                            concept=what,
                            frame={
                                "party": "russia" if what in _MEASURE else None,
                                "measure": _MEASURE.get(what, what),
                                "aggregation": "cumulative" if what in _MEASURE else "other",
                            },
                        )
                    ],
                )
            )
        made += len(claims)
        yield build(
            f"synthetic-{a:06d}",
            claims,
            date=date,
            title=f"Report {a}",
            source=rng.choice(OUTLETS),
        )


def load(store: SQLStore, extractions: Iterator[Extraction] | Sequence[Extraction]) -> int:
    """Add ``extractions`` to ``store`` in one transaction; return how many were new."""
    added = 0
    with store.transaction():
        for ex in extractions:
            added += store.add(ex)[1]
    return added
