"""Browser tier: Debian's Chromium, headless, driven by Playwright (no browser download).

The server runs in a thread on a free loopback port over a hand-built ledger. Screenshots
go to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CLAIMLEDGER_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]


def check_and_link(store) -> bool:  # noqa: ANN001
    """Reference series, verdicts and links, when the check and link stages are installed."""
    try:
        from claimledger.check import check_claims, load_bundled_references
        from claimledger.link import link_claims
    except ImportError:
        return False
    load_bundled_references(store)
    check_claims(store)
    link_claims(store, embeddings=False)
    return True


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from claimledger.settings import Settings
    from claimledger.store import open_store
    from claimledger.web import create_app
    from claimledger.web.sample import load, sample_extractions, synthetic_extractions

    db = str(tmp_path_factory.mktemp("web") / "ledger.db")
    store = open_store(db)
    load(store, sample_extractions())
    load(store, synthetic_extractions(120, per_article=6))
    check_and_link(store)
    store.close()
    app = create_app(Settings(db=db), allowed_hosts=["127.0.0.1", "localhost"])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def on_dialog(d) -> None:
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.errors = errors  # type: ignore[attr-defined]
    pg.dialogs = dialogs  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield pg
    ctx.close()


def shot(pg, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def test_claims_filter_article_highlight_claim(server: str, page) -> None:
    """The whole path: claims page, filter, open an article, click a highlight, see the claim."""
    page.goto(f"{server}/claims")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() == 50
    assert "128 claims" in page.locator("#count").inner_text()
    shot(page, "01-claims")

    page.fill("input[name=claimer]", "defence ministry")
    page.fill("input[name=q]", "vehicles")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/claims?**")
    assert "claimer=defence+ministry" in page.url
    first = page.locator("table.claims tbody tr").first
    assert "13,000 vehicles" in first.inner_text()
    shot(page, "02-claims-filtered")

    first.locator("td").nth(5).locator("a").click()
    page.wait_for_url("**/articles/ukraine-losses")
    assert page.locator("article.text mark.hl").count() >= 6
    shot(page, "03-article")

    quantity = page.locator("article.text mark.k-quantity", has_text="13,000").first
    quantity.hover()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    assert "Quantity" in detail.inner_text()
    quantity.click()
    assert "over 13,000" in detail.inner_text()
    shot(page, "04-article-highlight")

    detail.locator("a.claim-link").first.click()
    page.wait_for_url("**/claims/*")
    assert "13,000 vehicles" in page.locator("#claim-sentence").inner_text()
    assert "Ukraine's defence ministry" in page.locator("#claimer").inner_text()
    assert "over 13,000" in page.locator("#quantities").inner_text()
    shot(page, "05-claim")
    assert page.errors == []  # type: ignore[attr-defined]


def test_hostile_article_renders_inert(server: str, page) -> None:
    page.goto(f"{server}/articles/hostile")
    text = page.locator("article.text").inner_text()
    assert "<script>" in text and "onerror=" in text  # shown as text ...
    assert page.evaluate("window.__pwned === undefined")  # ... never run
    for m in page.locator("article.text mark.hl").all():
        m.hover()
    page.locator("article.text mark.k-quantity").first.click()
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("article.text script, article.text img, article.text b").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("a[href^='javascript:']").count() == 0
    shot(page, "06-hostile")


def test_pagination_and_docs(server: str, page) -> None:
    page.goto(f"{server}/claims?limit=20")
    page.click("a[rel=next]")
    page.wait_for_url("**after=**")
    assert page.locator("table.claims tbody tr").count() == 20
    page.goto(f"{server}/docs")
    assert page.locator("section.op").count() >= 6
    assert "/claims.json" in page.locator("main").inner_text()
    shot(page, "07-docs")
    assert page.errors == []  # type: ignore[attr-defined]


def test_timeline_page(server: str, page) -> None:
    pytest.importorskip("claimledger.link")
    page.goto(f"{server}/timeline?measure=personnel")
    page.wait_for_function(
        "() => window.Chart && Chart.getChart(document.getElementById('timeline-chart'))"
    )
    labels = page.evaluate(
        "() => Chart.getChart(document.getElementById('timeline-chart'))"
        ".data.datasets.map(d => d.type + ':' + d.label)"
    )
    assert any(x.startswith("line:reference") for x in labels), labels
    assert any(x.startswith("scatter:") and "defence ministry" in x for x in labels), labels
    assert "430,000" in page.locator("table.points").inner_text()
    shot(page, "08-timeline")
    page.goto(f"{server}/timeline")
    assert page.locator("select[name=measure] option").count() > 3
    assert page.errors == []  # type: ignore[attr-defined]


def test_verdict_filter_and_claim_verdict(server: str, page) -> None:
    pytest.importorskip("claimledger.check")
    page.goto(f"{server}/claims")
    page.select_option("select[name=verdict]", "unverifiable")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**verdict=unverifiable**")
    rows = page.locator("table.claims tbody tr")
    assert rows.count() >= 1
    assert all("unverifiable" in r.inner_text() for r in rows.all())
    rows.first.locator("td.sentence a").click()
    page.wait_for_url("**/claims/*")
    assert "unverifiable" in page.locator("#verdicts").inner_text()
    shot(page, "09-claim-verdict")
    assert page.errors == []  # type: ignore[attr-defined]


def test_no_cdn(server: str, page) -> None:
    """Every request a page makes stays on the server: nothing from a CDN."""
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    for path in ("/claims", "/articles/ukraine-losses", "/claims/1", "/timeline", "/docs"):
        page.goto(f"{server}{path}")
    assert seen and all(u.startswith(server) for u in seen), [
        u for u in seen if not u.startswith(server)
    ]


def test_chromium_binary_is_debian() -> None:
    assert shutil.which(str(CHROMIUM)) is not None
