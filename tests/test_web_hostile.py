"""The server against hostile requests (issue 15): every parameter of every page tried with
SQL and full-text-search syntax, LIKE wildcards, huge numbers, bad dates, markup, control
and odd Unicode characters; path traversal; oversized and chunked bodies; wrong write
tokens; HEAD. Each answer must be a JSON error or a correct page, never a 500, with the
security headers, and nothing a request sends may come back as live markup.
"""

from __future__ import annotations

import hmac
import json
import unittest.mock
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger.settings import Settings
from claimledger.store import open_store
from claimledger.web import create_app
from claimledger.web.guard import HEADERS
from claimledger.web.sample import load
from conftest import WEB_TOKEN as TOKEN

HTML = {"accept": "text/html"}
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'

VALUES = [
    '"',
    "'",
    '""',
    "NEAR(",
    "NEAR(a b",
    "a NEAR/2 b",
    "a OR",
    "AND",
    "NOT",
    "*",
    "a*",
    "(",
    ")",
    "^",
    ":",
    "-",
    "--",
    "{col}:x",
    "' OR 1=1 --",
    "'; DROP TABLE claims; --",
    "1; SELECT * FROM articles",
    "%",
    "_",
    "%%",
    "a%b",
    "\\",
    "\\%",
    "\x00",
    "\x1b[31m",
    "\u2028",
    "\ud7ff",
    "e\u0301",
    "\U0001f4a5",
    "x" * 200,
    "x" * 201,
    "x" * 20_000,
    SCRIPT,
    IMG,
    "javascript:alert(3)",
    "../../etc/passwd",
    "..%2f..%2f",
    "NULL",
    "[]",
    "{}",
    "1e309",
    "-1",
    "0",
    "NaN",
    "inf",
    "99999999999999999999999999",
    "2024-02-30",
    "9999999-01-01",
    "2024-13-01",
    "0000-00-00",
    "   ",
]
PARAMS = {
    "/claims": [
        "q",
        "claimer",
        "entity",
        "since",
        "until",
        "verdict",
        "min_score",
        "order",
        "page",
        "limit",
        "bogus",
    ],
    "/articles": ["page", "limit"],
    "/timeline": ["measure", "subject"],
}
SECURITY = {k.decode(): v.decode() for k, v in HEADERS}


def assert_inert(page: str, where: str) -> None:
    """What a request carried is shown as text, never as markup: no event-handler
    attribute, no inline script that runs, no javascript: link, no element injected."""
    import lxml.html

    doc = lxml.html.fromstring(page)
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (where, el.tag, name)
            if name in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith("javascript:"), (where, value)
        if el.tag == "script":
            # only vendored files, or data blocks a browser does not run
            assert el.get("src") or el.get("type") == "application/json", (where, el.text)
        assert el.tag != "img" or el.get("src", "").startswith("/static/"), where


def outcome(r, html: bool) -> str:  # noqa: ANN001
    """The answer's kind; asserts what every answer must be."""
    assert r.status_code < 500, (r.request.url, r.text[:300])
    for k, v in SECURITY.items():
        assert r.headers.get(k) == v, (r.request.url, k)
    ctype = r.headers["content-type"]
    if r.status_code >= 400 and not (html and ctype.startswith("text/html")):
        assert ctype.startswith("application/json"), (r.request.url, ctype)
        err = r.json()["error"]
        assert err["status"] == r.status_code and err["code"] and err["message"]
        return f"{r.status_code} {err['code']}"
    if html:
        assert ctype.startswith("text/html")
        assert_inert(r.text, str(r.request.url))
    else:
        json.loads(r.text)
    return f"{r.status_code} {'page' if html else 'json'}"


def test_every_parameter_with_every_hostile_value(client: TestClient) -> None:
    seen: Counter[str] = Counter()
    for page, names in PARAMS.items():
        for name in names:
            for value in VALUES:
                for suffix, html in ((".json", False), ("", True)):
                    r = client.get(
                        page + suffix, params={name: value}, headers=HTML if html else {}
                    )
                    seen[outcome(r, html)] += 1
    total = sum(seen.values())
    print(f"hostile parameters: {total} requests: {dict(sorted(seen.items()))}")
    assert total == 2 * len(VALUES) * sum(map(len, PARAMS.values()))
    assert seen["200 json"] and seen["422 invalid_parameter"]


@pytest.mark.parametrize(
    ("value", "same_as"),
    [
        ('"', None),  # no words: no search
        ("*", None),
        ("(", None),
        ("^", None),
        ("NEAR(", "near"),
        ("bridges NEAR(", "bridges near"),
        ("' OR 1=1 --", "or 1 1"),
        ('"bridges', "bridges"),
        ("bridges OR", "bridges or"),
        ("mayor AND NOT bridges", "mayor and not bridges"),
    ],
)
def test_search_syntax_is_searched_for_not_run(
    client: TestClient, value: str, same_as: str | None
) -> None:
    """Operators and quotes are words or nothing, never FTS or SQL syntax."""
    r = client.get("/claims.json", params={"q": value})
    want = client.get("/claims.json", params={"q": same_as} if same_as else {})
    assert r.status_code == 200
    ids = [c["id"] for c in r.json()["claims"]]
    assert ids == [c["id"] for c in want.json()["claims"]]


@pytest.mark.parametrize("value", ["%", "_", "%%", "a%", "_a", "\\"])
def test_like_wildcards_in_the_claimer_filter_are_literal(client: TestClient, value: str):
    everyone = client.get("/claims.json").json()["pagination"]["total"]
    assert everyone > 0
    r = client.get("/claims.json", params={"claimer": value})
    assert r.status_code == 200
    assert r.json()["pagination"]["total"] == 0  # no claimer name holds these characters
    # and a plain substring still matches
    some = client.get("/claims.json", params={"claimer": "mayor"}).json()
    assert some["pagination"]["total"] >= 1


def test_a_literal_percent_in_a_claimer_name_is_found(tmp_path: Path) -> None:
    from claimledger.web.sample import C, Q, build

    db = str(tmp_path / "p.db")
    store = open_store(db)
    load(
        store,
        [
            build(
                "pct",
                [
                    C(
                        "The 100%_Club said 5 bridges were closed.",
                        source="The 100%_Club",
                        cue="said",
                        claimer_name="The 100%_Club",
                        score=0.5,
                        quantities=[Q("5", 5, 5, 5, concept="bridges")],
                    ),
                    C(
                        "The 1000 Club said 7 roads were closed.",
                        source="The 1000 Club",
                        cue="said",
                        claimer_name="The 1000 Club",
                        score=0.5,
                        quantities=[Q("7", 7, 7, 7, concept="roads")],
                    ),
                ],
                date="2024-05-02",
            )
        ],
    )
    store.close()
    with TestClient(create_app(Settings(db=db))) as c:
        names = [
            x["claimer_name"]
            for x in c.get("/claims.json", params={"claimer": "100%_"}).json()["claims"]
        ]
        assert names == ["The 100%_Club"]
        assert c.get("/claims.json", params={"claimer": "10_"}).json()["claims"] == []


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../pyproject.toml",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/static/%252e%252e/%252e%252e/pyproject.toml",
        "/static/....//....//pyproject.toml",
        "/static/..\\..\\pyproject.toml",
        "/articles/..%2f..%2fetc%2fpasswd.json",
        "/articles/%00.json",
        "/claims/..%2f1.json",
        "/static/%00",
        "//etc/passwd",
    ],
)
def test_path_traversal_finds_nothing(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (404, 422), (path, r.status_code)
    assert "[project]" not in r.text and "root:" not in r.text
    outcome(r, False)


@pytest.mark.parametrize("url", ["/claims.json", "/claims", "/articles.json", "/api/health"])
def test_head_answers_like_get_without_a_body(client: TestClient, url: str) -> None:
    get, head = client.get(url), client.head(url)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    for k, v in SECURITY.items():
        assert head.headers[k] == v


def test_head_of_a_missing_page_is_a_404(client: TestClient) -> None:
    r = client.head("/claims/999999.json")
    assert r.status_code == 404 and r.content == b""


@pytest.mark.parametrize(
    "auth",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer wrong",
        f"Bearer {TOKEN[:-1]}",
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN.upper()}",
        f"Basic {TOKEN}",
        f"Token {TOKEN}",
        TOKEN,
        f"Bearer {TOKEN}\x00",
        f"Bearer {'x' * 100_00}",
        "Bearer t\u00f6ken",
    ],
)
def test_wrong_write_tokens_are_refused(writer: TestClient, auth: str | None) -> None:
    headers: dict[str, bytes] = {}
    if auth is not None:
        headers["authorization"] = auth.encode("utf-8")  # raw bytes, as a client may send
    r = writer.post("/api/articles", json={"text": "Five bridges closed."}, headers=headers)
    assert r.status_code in (400, 403), (auth, r.status_code)
    outcome(r, False)
    assert writer.get("/api/health").json()["articles"] == 0


def test_the_write_token_is_compared_in_constant_time(writer: TestClient) -> None:
    calls = []
    real = hmac.compare_digest

    def spy(a, b):  # noqa: ANN001, ANN202
        calls.append((a, b))
        return real(a, b)

    with unittest.mock.patch("claimledger.web.app.hmac.compare_digest", spy):
        ok = writer.post(
            "/api/articles",
            json={"text": "Five bridges closed.", "date": "2024-03-20"},
            headers={"authorization": f"Bearer {TOKEN}"},
        )
        bad = writer.post(
            "/api/articles", json={"text": "x"}, headers={"authorization": "Bearer nope"}
        )
    assert ok.status_code == 201 and bad.status_code == 403
    assert calls == [(TOKEN.encode(), TOKEN.encode()), (b"nope", TOKEN.encode())]


@pytest.mark.parametrize(
    "body",
    [
        {"text": "x" * 5000},  # over the 4096-byte limit
        {"text": "ok", "id": "i" * 201},
        {"text": "ok", "date": "9" * 40},
        {"text": "ok", "date": "2024-02-30"},
        {"text": "ok", "bogus": 1},
        {"text": ""},
        {"text": ["a"]},
        {"text": "a\u0000b"},
        {"text": "abc", "title": "a\u0000b"},
        {"text": "abc \ud800"},
        {},
    ],
)
def test_bad_or_oversized_bodies_are_json_errors(writer: TestClient, body: dict) -> None:
    raw = json.dumps(body).encode()
    r = writer.post(
        "/api/articles",
        content=raw,
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert 400 <= r.status_code < 500, (body, r.status_code, r.text[:200])
    outcome(r, False)
    assert writer.get("/api/health").json()["articles"] == 0


@pytest.mark.parametrize(
    "raw", [b"{", b"[" * 3000 + b"]" * 3000, b"\xff\xfe", b'{"text": 1e999}', b"null"]
)
def test_junk_bodies_are_json_errors(writer: TestClient, raw: bytes) -> None:
    r = writer.post(
        "/api/articles",
        content=raw,
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert 400 <= r.status_code < 500, (raw[:20], r.status_code)
    outcome(r, False)


def test_a_chunked_body_over_the_limit_is_refused(writer: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"x" * 1000
        yield b'"}'

    r = writer.post(
        "/api/articles",
        content=chunks(),
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
    )
    assert r.status_code == 413
    outcome(r, False)


def test_a_lying_content_length_is_refused(writer: TestClient) -> None:
    r = writer.post(
        "/api/articles",
        content=b"{}",
        headers={"authorization": f"Bearer {TOKEN}", "content-length": "nine"},
    )
    assert r.status_code == 400
    outcome(r, False)


def test_markup_sent_in_an_article_stays_inert(writer: TestClient) -> None:
    r = writer.post(
        "/api/articles",
        json={
            "text": f"The mayor said {SCRIPT} 5 bridges {IMG} were closed.",
            "date": "2024-03-20",
            "title": SCRIPT,
            "id": "x<script>",
        },
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 201
    for path in ("/articles", "/claims", "/articles/x%3Cscript%3E"):
        page = writer.get(path, headers=HTML)
        assert page.status_code == 200, path
        outcome(page, True)
        assert "&lt;script&gt;" in page.text or path == "/claims"
