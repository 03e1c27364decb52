"""The app factory: routes that adapt the views to HTML pages and their ``.json`` twins.

Read-only unless a write token is given; every error is a JSON object with a status
(browsers asking for a page get the same error as a small HTML page).
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ClaimLedgerError, Forbidden, InputError, NotFound
from ..present import fmt_number
from ..settings import Settings
from ..store import SQLStore, open_store
from ..store import reads as queries
from . import views
from .docs import operations
from .encoded import ClaimCache, Encoded, JSONBytes
from .guard import MAX_BODY, Guard
from .params import ArticlesParams, ClaimsParams, NewArticle, TimelineParams

log = logging.getLogger(__name__)

StoreFactory = Callable[[], SQLStore]
CLAIM_CACHE = 10_000  # encoded listing entries kept: a few KB each
MAX_ID = 2**63 - 1
ARTICLE_ID = PathParam(..., min_length=1, max_length=300, description="Article id.")
CLAIM_ID = PathParam(..., ge=1, le=MAX_ID, description="Claim id.")

STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_parameter",
    500: "internal",
}


class Stores:
    """One store (connection) per worker thread, all closed together at shutdown."""

    def __init__(self, factory: StoreFactory) -> None:
        self.factory = factory
        self._local = threading.local()
        self._all: list[SQLStore] = []
        self._lock = threading.Lock()

    def get(self) -> SQLStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self.factory()
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                s.close()
            self._all.clear()
        self._local = threading.local()


def _store(request: Request) -> SQLStore:
    return request.app.state.stores.get()  # type: ignore[no-any-return]


async def _loop_store(request: Request) -> SQLStore:
    return request.app.state.stores.get()  # type: ignore[no-any-return]


Store = Annotated[SQLStore, Depends(_store)]
# For the listing routes, which run on the event loop: their work is bounded (one keyset
# page, a kept or capped count) and shorter than a hop to the thread pool, and 40 threads
# taking turns at the GIL made the slowest requests ten times slower than the median.
LoopStore = Annotated[SQLStore, Depends(_loop_store)]


def _templates() -> jinja2.Environment:
    folder = Path(str(resources.files("claimledger.web") / "templates"))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,  # every page is HTML: escape everything not marked safe
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt_number
    env.filters["http_url"] = _http_url
    return env


def _http_url(url: str | None) -> str:
    """``url`` if it is http(s), else "": a stored link must never run script."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return ""


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/") or path.startswith("/static/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def create_app(
    settings: Settings | None = None,
    *,
    store_factory: StoreFactory | None = None,
    write_token: str | None = None,
    max_body: int = MAX_BODY,
    allowed_hosts: list[str] | None = None,
    extractor_factory: Callable[[], Any] | None = None,
    claim_cache: int = CLAIM_CACHE,
) -> FastAPI:
    """The web app over the ledger at ``settings.db`` (or what ``store_factory`` opens).

    Writes (POST /api/articles) need ``write_token`` and an ``Authorization: Bearer``
    header carrying it. ``allowed_hosts`` limits the Host header (None: any).
    ``claim_cache``: how many claims' encoded listing entries to keep (0: none).
    """
    settings = settings or Settings()
    if store_factory is None:
        # Migrate once here; worker threads then open the ledger without writing to it.
        open_store(settings.db).close()

        def store_factory() -> SQLStore:
            store = open_store(settings.db, migrate=False)
            store.tune_for_reads()
            return store

    stores = Stores(store_factory)
    env = _templates()
    token = write_token.encode() if write_token else None
    extract_lock = threading.Lock()
    extractor: list[Any] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        title="claimledger",
        summary="A ledger of attributed, quantified claims from news articles.",
        description=(
            "Every page has a `.json` twin returning the same data. Read-only unless the "
            "server runs with a write token. Errors are JSON objects "
            '`{"error": {"status", "code", "message"}}`.'
        ),
        version=_version(),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.stores = stores
    app.state.claim_cache = cache = ClaimCache(claim_cache)
    app.state.read_only = token is None
    app.add_middleware(Guard, max_body=max_body, allowed_hosts=allowed_hosts)
    app.mount(
        "/static",
        StaticFiles(directory=str(resources.files("claimledger.web") / "static")),
        name="static",
    )

    def render(
        request: Request, template: str, data: dict[str, Any], status: int = 200, **extra: Any
    ) -> Response:
        html = env.get_template(template).render(
            data=data,
            path=request.url.path,
            query_string=request.url.query,
            read_only=token is None,
            **extra,
        )
        return HTMLResponse(html, status_code=status)

    claims_tr = env.get_template("_claim_row.html").module.claims_tr  # type: ignore[attr-defined]

    def claim_rows(entries: list[Encoded]) -> list[Any]:
        """The claims table's rows, each rendered once per claim and verdicts (claims do
        not change; a new verdict makes a new entry)."""
        for e in entries:
            if e.html is None:
                e.html = claims_tr(e.to_dict())
        return [e.html for e in entries]

    def error(request: Request, status: int, code: str, message: str, **extra: Any) -> Response:
        body: dict[str, Any] = {"status": status, "code": code, "message": message, **extra}
        if _wants_html(request):
            return render(request, "error.html", {"error": body}, status)
        return JSONResponse({"error": body}, status_code=status)

    # -- errors ---------------------------------------------------------------------------
    @app.exception_handler(ClaimLedgerError)
    async def _ledger_error(request: Request, exc: ClaimLedgerError) -> Response:
        # each error class carries its HTTP status (NotFound 404, InputError 400, ...)
        if exc.status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return error(request, exc.status, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [
            {
                "loc": [str(x) for x in e.get("loc", ())],
                "message": str(e.get("msg", "")),
            }
            for e in exc.errors()
        ]
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        where = ".".join(x for x in first["loc"] if x not in ("query", "path", "body"))
        return error(
            request,
            422,
            "invalid_parameter",
            f"{where or 'request'}: {first['message']}",
            details=details,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = STATUS_CODES.get(exc.status_code, "error")
        message = str(exc.detail) if exc.detail else code
        if exc.status_code == 404:
            message = f"no page at {request.url.path}; see /docs for the routes"
        resp = error(request, exc.status_code, code, message)
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return error(request, 500, "internal", "internal error; the server log has the details")

    # -- pages ----------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return RedirectResponse("/claims", status_code=302)

    @app.get("/claims.json", tags=["claims"], summary="Search and filter claims")
    async def claims_json(s: LoopStore, p: Annotated[ClaimsParams, Query()]) -> Response:
        """Claims, most check-worthy first, with full-text search, filters and pages
        (`next`/`prev` page by keyset: `after`/`before` a claim id)."""
        return JSONBytes(views.claims_view(s, p, cache=cache))

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    async def claims_html(
        request: Request, s: LoopStore, p: Annotated[ClaimsParams, Query()]
    ) -> Response:
        data = views.claims_view(s, p, cache=cache)
        return render(request, "claims.html", data, rows=claim_rows(data["claims"]))

    @app.get("/claims/{claim_id}.json", tags=["claims"], summary="One claim")
    def claim_json(s: Store, claim_id: Annotated[int, CLAIM_ID]) -> JSONResponse:
        """A claim with its claimer's resolution, quantities and bounds, verdicts with
        evidence, and the same claim in other articles."""
        return JSONResponse(views.claim_view(s, claim_id))

    @app.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    def claim_html(request: Request, s: Store, claim_id: Annotated[int, CLAIM_ID]) -> Response:
        return render(request, "claim.html", views.claim_view(s, claim_id))

    @app.get("/articles.json", tags=["articles"], summary="List articles")
    def articles_json(s: Store, p: Annotated[ArticlesParams, Query()]) -> JSONResponse:
        """Articles in the ledger, newest first."""
        return JSONResponse(views.articles_view(s, p))

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_html(
        request: Request, s: Store, p: Annotated[ArticlesParams, Query()]
    ) -> Response:
        return render(request, "articles.html", views.articles_view(s, p))

    # Ids may hold "/", "?", "#" or end in ".json": links percent-encode them, the routes
    # take the rest of the path, and "/articles/X.json" is X's JSON unless only an article
    # named "X.json" exists (then it is that article's page; its JSON is ".../X.json.json").
    @app.get("/articles/{article_id:path}.json", tags=["articles"], summary="One article")
    def article_json(
        request: Request, s: Store, article_id: Annotated[str, ARTICLE_ID]
    ) -> Response:
        """An article's text cut into highlight segments (quantities, sources, cues,
        contents), what each highlight holds, and its claims."""
        try:
            return JSONResponse(views.article_view(s, article_id))
        except NotFound:  # (only then look for an article named "X.json": one read a hit)
            if not _exists(s, article_id + ".json"):
                raise
        return render(request, "article.html", views.article_view(s, article_id + ".json"))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_html(
        request: Request, s: Store, article_id: Annotated[str, ARTICLE_ID]
    ) -> Response:
        return render(request, "article.html", views.article_view(s, article_id))

    @app.get("/timeline.json", tags=["timeline"], summary="Timeline of a measure")
    def timeline_json(s: Store, p: Annotated[TimelineParams, Query()]) -> JSONResponse:
        """Claimed values of a measure against its reference series."""
        return JSONResponse(views.timeline_view(s, p))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_html(
        request: Request, s: Store, p: Annotated[TimelineParams, Query()]
    ) -> Response:
        return render(request, "timeline.html", views.timeline_view(s, p))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> Response:
        spec = app.openapi()
        return render(
            request, "docs.html", {"info": spec.get("info", {}), "operations": operations(spec)}
        )

    # -- API ------------------------------------------------------------------------------
    @app.get("/api/health", tags=["api"], summary="Server status")
    async def health(s: LoopStore) -> JSONResponse:
        """Whether the server answers, how big the ledger is and whether it takes writes."""
        articles, claims = queries.ledger_size(s)
        return JSONResponse(
            {"status": "ok", "articles": articles, "claims": claims, "read_only": token is None}
        )

    def require_write(request: Request) -> None:
        if token is None:
            raise Forbidden(
                "this server is read-only; start it with `claimledger serve --write-token TOKEN`"
                " (or CLAIMLEDGER_WRITE_TOKEN) and send `Authorization: Bearer TOKEN`",
                code="read_only",
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token):
            raise Forbidden(
                "missing or wrong write token; send `Authorization: Bearer TOKEN`", code="bad_token"
            )

    def get_extractor() -> Any:
        with extract_lock:
            if not extractor:
                if extractor_factory is not None:
                    extractor.append(extractor_factory())
                else:
                    from ..nlp.extract import Extractor

                    extractor.append(Extractor(settings))
            return extractor[0]

    @app.post(
        "/api/articles",
        tags=["api"],
        status_code=201,
        summary="Add an article (needs a write token)",
        dependencies=[Depends(require_write)],
        responses={
            403: {"description": "Writes disabled or wrong token"},
            413: {"description": "Body too large"},
        },
    )
    def add_article(s: Store, body: NewArticle) -> JSONResponse:
        """Extract claims from an article and add it to the ledger, as `claimledger add`
        does: adding the same text again is a no-op that returns the stored id, and a near
        duplicate (a wire copy with another headline) is linked to the stored article
        (`near_duplicate_of`) instead of stored."""
        from ..engines import add_articles
        from ..ingest.base import make_article

        article = make_article(
            text=body.text,
            where="POST /api/articles",
            id=body.id,
            date=body.date,
            title=body.title,
            url=body.url,
            source=body.source,
            language=body.language,
        )
        ex_ = get_extractor()
        with extract_lock:
            result = add_articles([article], settings, s, extractor=ex_)
        if result.skipped:
            skip = result.skipped[0]
            raise InputError(skip.message, code=skip.code, status=422)
        near = result.near_duplicates[0]["article_id"] if result.near_duplicates else None
        inserted = bool(result.ingested)
        found: list[str | None] = [*result.ingested, *result.duplicates, near]
        article_id = next(i for i in found if i is not None)
        claims = len(s.extraction(article_id).claims) if inserted else None
        return JSONResponse(
            {
                "article_id": article_id,
                "inserted": inserted,
                "near_duplicate_of": near,
                "claims": claims,
                "url": f"/articles/{quote(article_id, safe='')}",
            },
            status_code=201 if inserted else 200,
        )

    return app


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("claimledger")
    except Exception:  # not installed (running from a source tree)
        return "0"


def _exists(store: SQLStore, article_id: str) -> bool:
    try:
        store.article(article_id)
    except NotFound:
        return False
    return True
