"""Query parameters of the pages, validated and bounded (page size, text lengths, dates)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..models import ClaimOrder, VerdictLabel

MAX_LIMIT = 200
MAX_PAGE = 100_000
MAX_TEXT = 200
# ``page`` skips rows one by one: past this many, page by ``after`` (as the next link does).
MAX_OFFSET = 10_000
MAX_ID = 2**63 - 1


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        # An HTML form sends empty fields as "": treat them as not given.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data


class Page(_Params):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="1-based page number.")
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


class ClaimsParams(Page):
    q: str | None = Field(
        None, max_length=MAX_TEXT, description="Full-text search over sentences and claimers."
    )
    claimer: str | None = Field(
        None, max_length=MAX_TEXT, description="Claimer name contains this (case-insensitive)."
    )
    entity: str | None = Field(
        None, max_length=MAX_TEXT, description="The sentence names this entity (exact, any case)."
    )
    since: dt.date | None = Field(None, description="As-of date on or after (YYYY-MM-DD).")
    until: dt.date | None = Field(None, description="As-of date on or before (YYYY-MM-DD).")
    verdict: VerdictLabel | None = Field(None, description="Only claims with this verdict.")
    min_score: float | None = Field(None, ge=0, le=1, description="Check-worthiness at least.")
    order: ClaimOrder = Field(
        "score", description="score: most check-worthy first; date: newest as-of first."
    )
    after: int | None = Field(
        None, ge=1, le=MAX_ID, description="Claims after this claim id in the order (keyset)."
    )
    before: int | None = Field(
        None, ge=1, le=MAX_ID, description="The page ending just before this claim id."
    )

    @model_validator(mode="after")
    def _cheap_pages(self) -> ClaimsParams:
        if self.after is not None and self.before is not None:
            raise ValueError("give `after` or `before`, not both")
        if self.offset > MAX_OFFSET:
            raise ValueError(
                f"page {self.page} starts past row {MAX_OFFSET:,}; follow the `next` link"
                " (`after=ID`) to page further"
            )
        return self

    @field_validator("q", "claimer", "entity")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        return v.strip() if v is not None else None


class ArticlesParams(Page):
    pass


class TimelineParams(_Params):
    measure: str | None = Field(
        None,
        max_length=MAX_TEXT,
        description='Measure key (e.g. "personnel", "tank") or a word for one ("soldiers").',
    )
    subject: str | None = Field(
        None, max_length=MAX_TEXT, description="Whose losses, e.g. a country (default: all)."
    )


class NewArticle(BaseModel):
    """An article to extract and add (needs writes enabled)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, description="The article body.")
    date: str | None = Field(None, max_length=32, description="Publication date, YYYY-MM-DD.")
    id: str | None = Field(None, max_length=200, description="Article id (default: from hash).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="The outlet.")
    language: str | None = Field(None, max_length=8, description="ISO code (default: detect).")
