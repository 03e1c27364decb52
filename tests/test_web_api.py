"""In-process tests of every route of the web app and every error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger.settings import Settings
from claimledger.store import open_store
from claimledger.web import create_app
from claimledger.web.sample import load, sample_extractions, synthetic_extractions
from conftest import WEB_TOKEN as TOKEN

HTML = {"accept": "text/html"}


def claim_id(client: TestClient, text: str) -> int:
    rows = client.get("/claims.json", params={"q": text}).json()["claims"]
    return int(rows[0]["id"])


def assert_error(resp, status: int, code: str) -> dict:  # noqa: ANN001
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    err = resp.json()["error"]
    assert err["status"] == status
    assert err["code"] == code
    assert isinstance(err["message"], str) and err["message"]
    return err


# -- pages and their .json twins -------------------------------------------------------


def test_index_redirects_to_claims(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == "/claims"


def test_claims_json_sorted_by_score_and_paginated(client: TestClient) -> None:
    d = client.get("/claims.json", params={"limit": 10}).json()
    assert d["pagination"]["total"] == 68
    assert d["pagination"]["pages"] == 7
    scores = [c["score"] for c in d["claims"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10
    assert d["pagination"]["prev"] is None and d["pagination"]["total_exact"] is True
    assert f"after={d['claims'][-1]['id']}" in d["pagination"]["next"]
    page2 = client.get("/claims.json?" + d["pagination"]["next"]).json()
    assert {c["id"] for c in page2["claims"]}.isdisjoint({c["id"] for c in d["claims"]})
    # The keyset page is the offset page, and `prev` leads back to the first.
    by_page = client.get("/claims.json", params={"limit": 10, "page": 2}).json()
    assert [c["id"] for c in page2["claims"]] == [c["id"] for c in by_page["claims"]]
    back = client.get("/claims.json?" + page2["pagination"]["prev"]).json()
    assert [c["id"] for c in back["claims"]] == [c["id"] for c in d["claims"]]
    assert back["pagination"]["prev"] is None
    assert set(d["verdict_labels"]) >= {"consistent", "inconsistent", "unverifiable"}


def test_claims_html_and_json_are_one_code_path(client: TestClient) -> None:
    params = {"claimer": "rosstat"}
    data = client.get("/claims.json", params=params).json()
    html = client.get("/claims", params=params).text
    assert data["pagination"]["total"] >= 1
    for c in data["claims"]:
        assert f'href="/claims/{c["id"]}"' in html


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"q": "vehicles"}, lambda c: "vehicles" in c["text"]),
        # a name, or the side it names: the Kremlin speaks for Russia
        (
            {"claimer": "KREMLIN"},
            lambda c: "Kremlin" in c["claimer_name"] or c["claimer_party"] == "russia",
        ),
        ({"entity": "russia"}, lambda c: "Russia" in c["text"]),
        (
            {"since": "2024-04-01", "until": "2024-04-30"},
            lambda c: c["as_of"].startswith("2024-04"),
        ),
        ({"min_score": 0.7}, lambda c: c["score"] >= 0.7),
    ],
)
def test_claims_filters(client: TestClient, params: dict, check) -> None:  # noqa: ANN001
    rows = client.get("/claims.json", params=params).json()["claims"]
    assert rows, params
    assert all(check(c) for c in rows)


def test_claims_order_by_date(client: TestClient) -> None:
    rows = client.get("/claims.json", params={"order": "date", "limit": 200}).json()["claims"]
    dates = [c["as_of"] for c in rows]
    assert dates == sorted(dates, reverse=True)


def test_claims_empty_form_fields_are_ignored(client: TestClient) -> None:
    r = client.get("/claims?q=&claimer=&since=&until=&verdict=&min_score=&limit=5")
    assert r.status_code == 200
    assert client.get("/claims.json?q=&since=&limit=5").json()["pagination"]["total"] == 68


def test_claims_page_past_the_end_is_empty(client: TestClient) -> None:
    d = client.get("/claims.json", params={"page": 50}).json()
    assert d["claims"] == [] and d["pagination"]["total"] == 68


def test_claims_deep_page_asks_for_the_keyset(client: TestClient) -> None:
    r = client.get("/claims.json", params={"page": 500})
    assert r.status_code == 422 and "after=" in r.json()["error"]["message"]
    r = client.get("/claims.json", params={"after": 1, "before": 2})
    assert r.status_code == 422
    r = client.get("/claims.json", params={"after": 999_999})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_claims_verdict_filter_without_verdicts_is_empty(client: TestClient) -> None:
    d = client.get("/claims.json", params={"verdict": "consistent"}).json()
    assert d["claims"] == [] and d["pagination"]["total"] == 0


def test_claims_search_is_parameterized(client: TestClient) -> None:
    for q in ["' OR 1=1 --", '"; DROP TABLE claims; --', "%", "_", "NEAR(", "*", "\\"]:
        for field in ("q", "claimer", "entity"):
            r = client.get("/claims.json", params={field: q})
            assert r.status_code == 200, (field, q, r.text)
    assert client.get("/claims.json").json()["pagination"]["total"] == 68


def test_claim_page(client: TestClient) -> None:
    cid = claim_id(client, "13,000 vehicles")
    d = client.get(f"/claims/{cid}.json").json()
    assert d["claim"]["id"] == cid
    assert d["claimer"]["name"] == "Ukraine's defence ministry"
    assert d["claimer"]["resolution"] == "explicit"
    assert d["claimer"]["cue"] == "said"
    (q,) = d["claim"]["quantities"]
    assert q["bounds"] == "over 13,000" and q["low"] == 13000 and q["change"] == ">"
    assert d["article"]["id"] == "ukraine-losses"
    assert d["context"]["sentence"] == d["claim"]["text"]
    assert isinstance(d["verdicts"], list) and isinstance(d["related"], list)
    html = client.get(f"/claims/{cid}").text
    assert "over 13,000" in html and "Ukraine&#39;s defence ministry" in html


def test_claim_range_bounds(client: TestClient) -> None:
    cid = claim_id(client, "central bank rates")
    (q,) = client.get(f"/claims/{cid}.json").json()["claim"]["quantities"]
    assert q["bounds"] == "between 15 and 16 %"


def test_articles_list(client: TestClient) -> None:
    d = client.get("/articles.json", params={"limit": 5}).json()
    assert d["pagination"]["total"] == 13 and len(d["articles"]) == 5
    assert client.get("/articles").status_code == 200
    # Each article with claims is listed with its main claim.
    with_main = [a for a in d["articles"] if a["main_claim"]]
    assert with_main and all(a["main_claim"]["main"] for a in with_main)
    assert "main claim" in client.get("/articles").text


def test_article_page_segments_and_marks(client: TestClient) -> None:
    d = client.get("/articles/ukraine-losses.json").json()
    text = d["article"]["text"]
    assert "".join(s["text"] for s in d["segments"]) == text
    kinds = {m["kind"] for m in d["marks"].values()}
    assert kinds == {"quantity", "source", "cue", "content"}
    q = next(m for m in d["marks"].values() if m["text"] == "over 13,000 vehicles")
    assert q["detail"]["bounds"] == "over 13,000"
    claim_ids = {c["id"] for c in d["claims"]}
    assert q["claims"] and set(q["claims"]) <= claim_ids
    for s in d["segments"]:
        if s["ref"]:
            assert s["ref"] in d["marks"] and s["ref"] in s["marks"]
    html = client.get("/articles/ukraine-losses").text
    assert 'data-ref="q0"' in html and 'id="marks-data"' in html
    # The main claim comes first and is marked; the rest follow in text order.
    assert d["claims"][0]["main"] and not any(c["main"] for c in d["claims"][1:])
    rest = [c["start"] for c in d["claims"][1:]]
    assert rest == sorted(rest)
    assert 'class="main-claim"' in html


def test_timeline_page(client: TestClient) -> None:
    d = client.get("/timeline.json").json()
    assert {"available", "measure", "measures", "points", "series"} <= set(d)
    assert client.get("/timeline").status_code == 200
    assert client.get("/timeline.json", params={"measure": "tank"}).status_code == 200


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/claims.json",
        "/claims/{claim_id}.json",
        "/articles.json",
        "/articles/{article_id}.json",
        "/timeline.json",
        "/api/health",
        "/api/articles",
    } <= paths
    params = {p["name"] for p in spec["paths"]["/claims.json"]["get"]["parameters"]}
    assert {"q", "claimer", "entity", "since", "until", "verdict", "page", "limit"} <= params
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/claims.json" in docs.text and "limit" in docs.text
    # Nothing from outside: no CDN script or stylesheet.
    assert "http://" not in docs.text.replace("http://testserver", "")
    assert "https://" not in docs.text


def test_health(client: TestClient) -> None:
    d = client.get("/api/health").json()
    assert d == {"status": "ok", "articles": 13, "claims": 68, "read_only": True}


def test_static_assets_are_vendored(client: TestClient) -> None:
    for path in ("/static/style.css", "/static/app.js", "/static/timeline.js"):
        assert client.get(path).status_code == 200
    chart = client.get("/static/vendor/chart.umd.js")
    assert chart.status_code == 200 and "Chart.js v4" in chart.text[:200]


# -- safety -----------------------------------------------------------------------------


def test_hostile_article_is_escaped(client: TestClient) -> None:
    html = client.get("/articles/hostile").text
    body = html.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "&lt;script&gt;window.__pwned = 1" in body
    assert "&lt;img src=x onerror=" in body
    assert "<script>window" not in html and "<img" not in html and "<svg" not in html
    assert 'onerror="' not in html and 'onmouseover="' not in html
    assert "javascript:" not in html
    # The marks' JSON sits in a data block that cannot close its <script> element.
    data = body.split('id="marks-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data
    assert any("<script>" in m["text"] for m in json.loads(data).values())
    for path in ("/claims", f"/claims/{claim_id(client, 'mayor bridges')}", "/articles"):
        page = client.get(path).text
        assert "<script>window" not in page and "<img" not in page, path


def test_security_headers(client: TestClient) -> None:
    r = client.get("/claims")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_read_only_by_default(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "x"})
    err = assert_error(r, 403, "read_only")
    assert "--write-token" in err["message"]


# -- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/claims/999999.json", "/articles/nope.json", "/nowhere", "/claims/1/x.json"]
)
def test_not_found_is_json(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404, "not_found")


def test_not_found_page_for_browsers(client: TestClient) -> None:
    r = client.get("/claims/999999", headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "no claim 999999" in r.text
    # A .json route answers JSON even to a browser.
    assert_error(client.get("/claims/999999.json", headers=HTML), 404, "not_found")


@pytest.mark.parametrize(
    ("path", "where"),
    [
        ("/claims.json?limit=201", "limit"),
        ("/claims.json?limit=0", "limit"),
        ("/claims.json?page=0", "page"),
        ("/claims.json?since=yesterday", "since"),
        ("/claims.json?until=2024-02-30", "until"),
        ("/claims.json?verdict=true", "verdict"),
        ("/claims.json?order=random()", "order"),
        ("/claims.json?min_score=2", "min_score"),
        ("/claims.json?q=" + "x" * 201, "q"),
        ("/claims.json?bogus=1", "bogus"),
        ("/claims/abc.json", "claim_id"),
        ("/claims/0.json", "claim_id"),
        ("/claims/99999999999999999999999.json", "claim_id"),
        ("/articles.json?limit=1000", "limit"),
        ("/timeline.json?measure=" + "m" * 201, "measure"),
    ],
)
def test_invalid_parameters(client: TestClient, path: str, where: str) -> None:
    err = assert_error(client.get(path), 422, "invalid_parameter")
    assert err["message"].startswith(where)
    assert err["details"] and all("loc" in d and "message" in d for d in err["details"])


def test_method_not_allowed(client: TestClient) -> None:
    assert_error(client.post("/claims.json"), 405, "method_not_allowed")
    assert_error(client.delete("/api/articles"), 405, "method_not_allowed")


def test_bad_host_refused(db: str) -> None:
    app = create_app(Settings(db=db), allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/health").status_code == 200
        assert_error(c.get("/api/health", headers={"host": "evil.example"}), 400, "bad_host")


def test_internal_error_is_json(db: str) -> None:
    class Broken:
        def count_claims(self, query=None):  # noqa: ANN001, ANN202
            raise RuntimeError("boom")

        def close(self) -> None:
            pass

    app = create_app(Settings(db=db), store_factory=Broken)  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        err = assert_error(c.get("/claims.json"), 500, "internal")
        assert "boom" not in err["message"]  # no internals leak


def test_store_error_is_json(db: str) -> None:
    from claimledger.errors import StoreError

    class Locked:
        def count_articles(self) -> int:
            raise StoreError("ledger.db: database is locked; retry")

        def query(self, *args: object) -> list[tuple[object, ...]]:
            raise StoreError("ledger.db: database is locked; retry")

        def close(self) -> None:
            pass

    app = create_app(Settings(db=db), store_factory=Locked)  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.get("/api/health"), 500, "store")


# -- writes -----------------------------------------------------------------------------


def test_write_needs_the_token(writer: TestClient) -> None:
    body = {"text": "The minister said 5 bridges were closed.", "date": "2024-01-02"}
    assert_error(writer.post("/api/articles", json=body), 403, "bad_token")
    assert_error(
        writer.post("/api/articles", json=body, headers={"authorization": "Bearer wrong"}),
        403,
        "bad_token",
    )
    assert_error(
        writer.post("/api/articles", json=body, headers={"authorization": f"Basic {TOKEN}"}),
        403,
        "bad_token",
    )


def test_write_adds_an_article(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    body = {"text": "The minister said 5 bridges were closed.", "date": "2024-01-02", "id": "a1"}
    r = writer.post("/api/articles", json=body, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["article_id"] == "a1" and r.json()["inserted"] is True
    assert writer.get("/articles/a1.json").json()["article"]["text"] == body["text"]
    again = writer.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["inserted"] is False
    assert writer.get("/api/health").json()["read_only"] is False


def test_write_links_a_near_duplicate_as_add_does(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    text = (
        "KYIV - The regional governor said on Monday that 14 people were wounded when "
        "drones struck apartment blocks and a school overnight, and that rescuers were "
        "still searching the rubble for survivors as the city's power grid failed again."
    )
    first = writer.post("/api/articles", json={"text": text, "date": "2024-01-02"}, headers=auth)
    assert first.status_code == 201, first.text
    copy = {"text": "UPDATED: " + text, "date": "2024-01-02", "id": "wire-copy"}
    r = writer.post("/api/articles", json=copy, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["inserted"] is False
    assert r.json()["near_duplicate_of"] == first.json()["article_id"]
    assert writer.get("/articles/wire-copy.json").status_code == 404


def test_write_errors(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    err = assert_error(
        writer.post("/api/articles", json={"text": "x", "date": "soon"}, headers=auth),
        400,
        "bad_date",
    )
    assert "YYYY-MM-DD" in err["message"]
    assert_error(writer.post("/api/articles", json={}, headers=auth), 422, "invalid_parameter")
    assert_error(
        writer.post("/api/articles", json={"text": "x", "extra": 1}, headers=auth),
        422,
        "invalid_parameter",
    )
    assert_error(
        writer.post(
            "/api/articles",
            content=b"{not json",
            headers=auth | {"content-type": "application/json"},
        ),
        422,
        "invalid_parameter",
    )


def test_request_size_is_bounded(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    big = {"text": "word " * 2000}
    assert_error(writer.post("/api/articles", json=big, headers=auth), 413, "too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: a chunked body
        for _ in range(10):
            yield b"x" * 1000

    assert_error(writer.post("/api/articles", content=chunks(), headers=auth), 413, "too_large")


# -- with the check and link stages ------------------------------------------------------


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    check = pytest.importorskip("claimledger.check")
    link = pytest.importorskip("claimledger.link")
    path = str(tmp_path_factory.mktemp("checked") / "ledger.db")
    store = open_store(path)
    load(store, sample_extractions())
    load(store, synthetic_extractions(60, per_article=6))
    check.load_bundled_references(store)
    check.check_claims(store)
    link.link_claims(store, embeddings=False)
    store.close()
    with TestClient(create_app(Settings(db=path)), raise_server_exceptions=False) as c:
        yield c


def test_verdict_filter(checked: TestClient) -> None:
    d = checked.get("/claims.json").json()
    assert d["verdicts_available"]
    labels = {v for c in d["claims"] for v in c["verdicts"]}
    assert labels, "the sample has checked claims"
    for label in labels:
        rows = checked.get("/claims.json", params={"verdict": label, "limit": 200}).json()
        assert rows["claims"] and all(label in c["verdicts"] for c in rows["claims"])


def test_claim_with_verdict_and_related(checked: TestClient) -> None:
    cid = claim_id(checked, "430,000 soldiers")
    d = checked.get(f"/claims/{cid}.json").json()
    (v,) = d["verdicts"]
    assert v["label"] in {"consistent", "inconsistent", "stale", "ambiguous", "unverifiable"}
    assert v["explanation"] and isinstance(v["evidence"], list)
    assert d["claim"]["verdicts"] == [v["label"]]
    html = checked.get(f"/claims/{cid}").text
    assert f"v-{v['label']}" in html
    assert d["related"], "the ministry's other soldier counts are linked"
    for r in d["related"]:
        assert r["claim_id"] != cid and r["text"] and r["claimer"] == "Ukraine's defence ministry"
    assert f'href="/claims/{d["related"][0]["claim_id"]}"' in html


def test_timeline_points_and_series(checked: TestClient) -> None:
    d = checked.get("/timeline.json", params={"measure": "personnel"}).json()
    assert d["available"] and d["measure"] == "personnel"
    assert any(p["claim_id"] == claim_id(checked, "430,000 soldiers") for p in d["points"])
    assert all({"date", "value", "claimer", "outlet"} <= set(p) for p in d["points"])
    assert d["series"] and all(s["points"] for s in d["series"])
    keys = {m["key"] for m in d["measures"]}
    assert "personnel" in keys
    # A word for a measure works too.
    assert checked.get("/timeline.json", params={"measure": "soldiers"}).json()["measure"] == (
        "personnel"
    )
    html = checked.get("/timeline", params={"measure": "personnel"}).text
    assert 'id="timeline-data"' in html and "/static/vendor/chart.umd.js" in html


@pytest.mark.model
def test_write_extracts_with_the_pipeline(tmp_path: Path, extractor, example_text: str) -> None:  # noqa: ANN001
    app = create_app(
        Settings(db=str(tmp_path / "m.db")),
        write_token=TOKEN,
        extractor_factory=lambda: extractor,
    )
    with TestClient(app) as c:
        r = c.post(
            "/api/articles",
            json={"text": example_text, "date": "2024-03-20", "source": "Example Wire"},
            headers={"authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 201, r.text
        aid = r.json()["article_id"]
        assert r.json()["claims"] >= 3
        d = c.get(f"/articles/{aid}.json").json()
        assert d["counts"]["claims"] == r.json()["claims"]
        assert "".join(s["text"] for s in d["segments"]) == example_text
        assert {m["kind"] for m in d["marks"].values()} >= {"quantity", "source", "cue"}


def test_related_and_timeline_agree_with_the_link_stage(checked: TestClient) -> None:
    """The web reads stored links and verdicts; the link stage computes: same claims."""
    import claimledger.link as link

    app = checked.app
    store = app.state.stores.get()  # type: ignore[attr-defined]
    groups = link.link_claims(store, embeddings=False)
    seen = 0
    for cid in range(1, 20):
        mine = {r["claim_id"] for r in checked.get(f"/claims/{cid}.json").json()["related"]}
        theirs = {
            m.claim_id
            for g in groups
            if any(x.claim_id == cid for x in g.members)
            for m in g.members
            if m.claim_id != cid
        }
        assert mine == theirs, cid
        seen += bool(mine)
    assert seen >= 3, "the sample links claims across articles"
    for measure in ("personnel", "tank", "armoured_combat_vehicle"):
        web = checked.get("/timeline.json", params={"measure": measure}).json()
        ref = link.timeline(store, measure)
        assert {(p["claim_id"], p["quantity_index"]) for p in web["points"]} == {
            (p["claim_id"], p["quantity_index"]) for p in ref["claims"]
        }, measure
        assert [s["id"] for s in web["series"]] == [s["id"] for s in ref["series"]]


def test_claim_page_shows_each_figures_frame_and_the_verdicts_pinned_version(
    checked: TestClient,
) -> None:
    cid = claim_id(checked, "430,000 soldiers")
    d = checked.get(f"/claims/{cid}.json").json()
    (q,) = d["claim"]["quantities"]
    assert q["frame"]["party"] == "russia" and q["frame"]["measure"] == "personnel"
    html = checked.get(f"/claims/{cid}").text
    assert 'id="frames"' in html and "russia" in html and "cumulative" in html
    (v,) = d["verdicts"]
    assert v["evidence"][0]["version"] and f"version {v['evidence'][0]['version']}" in html


@pytest.mark.parametrize(
    "params", [{}, {"q": "soldiers"}, {"claimer": "kremlin", "order": "date"}, {"order": "id"}]
)
def test_cli_claims_json_is_the_web_listing(client: TestClient, db: str, cli, params) -> None:  # noqa: ANN001
    """`claims --json` and /claims.json list the same claims in the same order, page by
    page (the CLI's --after is the web's keyset)."""
    flags = {"q": "--search", "claimer": "--claimer", "order": "--order"}
    args = [x for k, v in params.items() for x in (flags[k], v)]
    web = client.get("/claims.json", params={**params, "limit": 7}).json()
    page2 = client.get("/claims.json?" + web["pagination"]["next"]).json()
    for page, after in ((web, []), (page2, ["--after", str(web["claims"][-1]["id"])])):
        out = cli("--db", db, "claims", "--json", "--limit", "7", *args, *after)
        rows = [json.loads(line) for line in out.output.splitlines()]
        assert rows and rows == page["claims"]  # the same dicts, verdicts and bounds included


def test_cli_articles_json_is_the_web_listing(client: TestClient, db: str, cli) -> None:  # noqa: ANN001
    web = client.get("/articles.json", params={"limit": 3, "page": 2}).json()
    out = cli("--db", db, "articles", "--json", "--limit", "3", "--offset", "3")
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows and rows == web["articles"]


def test_serve_get_answers_as_the_server(client: TestClient, db: str, cli) -> None:  # noqa: ANN001
    """`serve --get PATH` prints the app's answer to GET PATH without a server (as
    `datasette --get`), and exits 1 on an error."""
    for path in ("/claims.json?claimer=kremlin&limit=3", "/articles.json", "/timeline.json"):
        out = cli("--db", db, "serve", "--get", path)
        assert json.loads(out.output) == client.get(path).json()
    missing = cli("--db", db, "serve", "--get", "/claims/999999.json")
    assert missing.exit_code == 1 and json.loads(missing.output)["error"]["code"] == "not_found"
    typed = json.loads(cli("--db", db, "serve", "--get", "/claims.json?q=Київ tanks").output)
    assert typed["query"]["q"] == "Київ tanks"  # typed, not percent-encoded: encoded for it
    page = cli("--db", db, "serve", "--get", "/claims?q=tanks", "--html")
    assert page.output.lstrip().startswith("<!doctype html>")


@pytest.mark.parametrize("article_id", ["wire/2024/03/20", "what?", "tag#1", "report.json"])
def test_article_ids_with_url_characters_open(tmp_path: Path, article_id: str) -> None:
    from urllib.parse import quote

    from claimledger.web.sample import C, build

    path = str(tmp_path / "ids.db")
    store = open_store(path)
    load(store, [build(article_id, [C("Officials said 12 drones were downed.")])])
    store.close()
    with TestClient(create_app(Settings(db=path)), raise_server_exceptions=False) as c:
        page = c.get(f"/articles/{quote(article_id, safe='/')}", headers=HTML)
        assert page.status_code == 200 and "12 drones" in page.text
        data = c.get(f"/articles/{quote(article_id, safe='/')}.json")
        assert data.status_code == 200 and data.json()["article"]["id"] == article_id
        listed = c.get("/articles", headers=HTML).text
        assert f'href="/articles/{quote(article_id, safe="/")}"' in listed


def test_error_classes_carry_their_http_status() -> None:
    from claimledger.errors import ClaimLedgerError, Forbidden, InputError, NotFound

    assert (NotFound("x").status, InputError("x").status, Forbidden("x").status) == (404, 400, 403)
    assert ClaimLedgerError("x").status == 500
    assert InputError("x", status=422).status == 422
