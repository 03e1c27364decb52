"""The Store protocol and the rows it returns."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..models import Article, Attribution, Claim, ClaimOrder, Extraction, Quantity, Skipped


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A stored claim with what it refers to, ready for display or export."""

    id: int
    article_id: str
    claim: Claim
    quantities: tuple[Quantity, ...] = ()
    attribution: Attribution | None = None
    article_date: str | None = None
    article_title: str | None = None
    article_source: str | None = None
    article_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.claim.to_dict()
        d.update(
            id=self.id,
            article_id=self.article_id,
            quantities=[q.to_dict() for q in self.quantities],
            attribution=self.attribution.to_dict() if self.attribution else None,
            article_date=self.article_date,
            article_title=self.article_title,
            article_source=self.article_source,
            article_url=self.article_url,
        )
        return d


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Filters for listing claims. ``q`` is a full-text query over sentence and claimer
    (every word, whole, any case or accent). ``after``/``before`` (claim ids) page by
    keyset: the claims after that one in ``order``, or the page ending just before it;
    ``offset`` then skips more (``store.listing``)."""

    claimer: str | None = None
    article: str | None = None
    q: str | None = None
    entity: str | None = None
    since: str | None = None
    until: str | None = None
    min_score: float | None = None
    ids: tuple[int, ...] | None = None
    order: ClaimOrder = "score"
    limit: int = 50
    offset: int = 0
    after: int | None = None
    before: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Store(Protocol):
    """What every backend offers. SQL lives only in the backends."""

    url: str

    def add(self, extraction: Extraction) -> tuple[str, bool]: ...
    def article_id_for_hash(self, hash: str) -> str | None: ...
    def article(self, article_id: str) -> Article: ...
    def articles(self, limit: int = 50, offset: int = 0) -> list[Article]: ...
    def count_articles(self) -> int: ...
    def extraction(self, article_id: str) -> Extraction: ...
    def claims(self, query: ClaimQuery | None = None) -> list[ClaimRow]: ...
    def count_claims(self, query: ClaimQuery | None = None) -> int: ...
    def main_claims(self, article_ids: Sequence[str]) -> dict[str, ClaimRow]: ...
    def claim(self, claim_id: int) -> ClaimRow: ...
    def record_skipped(self, skipped: Iterable[Skipped]) -> int: ...
    def skipped(self, limit: int = 100) -> list[Skipped]: ...
    def close(self) -> None: ...
