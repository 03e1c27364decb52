"""The tooling of a labelling round of ``tests/newsstyle`` (see README.md here).

    python tests/newsstyle/tools/rounds.py prepare DIR ID:STYLE [ID:STYLE ...]
        one work folder and brief per annotator: DIR/ID_work/ (ref.py and the two series)
        and DIR/brief_ID.md, to give an annotator who never sees the project
    python tests/newsstyle/tools/rounds.py gather DIR ROUND.jsonl GOLD.json ID [ID ...]
        the annotators' articles and labels in one round file and one labels file
    python tests/newsstyle/tools/rounds.py label OUT.json [ARTICLES.jsonl GOLD.json]
        label every figure with this checkout's code (OUT.json; OUT.json.det with each
        verdict's reason and frame), print agreement with the independent labels (default:
        tests/newsstyle) per article prefix, each disagreement ("BAD key ours gold"), the
        labelled figures left unverifiable by reason, and, on the default set, every verdict
        that moved against expected.json
    python tests/newsstyle/tools/rounds.py import ROUND.jsonl GOLD.json LABELS.json DIS.json [ABOUT]
        append a round to articles.jsonl and independent.json (its listed disagreements,
        {key: reason}, from DIS.json; ABOUT, what the round is, to the list of rounds in its
        "_about") and set expected.json's verdicts to LABELS.json (the final code's labels of
        every article, from ``label``)

Model tier: ``label`` loads the English pipeline and the tagger.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parents[1]
sys.path.insert(0, str(ROOT / "tests"))

CHECKED = ("consistent", "inconsistent", "superset_compatible")


def _lines(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _load(path: Path | str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _norm(label: str) -> str:
    return "superset_compatible" if label == "compatible" else label


def prepare(out: str, specs: list[str]) -> None:
    base = Path(out)
    brief = (HERE / "brief.md").read_text(encoding="utf-8")
    for spec in specs:
        ident, _, style = spec.partition(":")
        if not re.fullmatch(r"[A-Z]{2}", ident) or not style.strip():
            raise SystemExit(f"{spec!r}: give ID:STYLE, ID two capitals (e.g. 'IA:Irish press')")
        work = base / f"{ident}_work"
        work.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "ref.py", work / "ref.py")
        for f in ("ua-general-staff.json.gz", "oryx.json.gz"):
            shutil.copy(ROOT / "src" / "claimledger" / "data" / "reference" / f, work / f)
        text = brief.replace("{ID}", ident).replace("{WORK}", str(work.resolve()))
        (base / f"brief_{ident}.md").write_text(text.replace("{STYLE}", style.strip()))
        print(base / f"brief_{ident}.md")


def gather(out: str, round_path: str, gold_path: str, ids: list[str]) -> None:
    arts: list[dict] = []
    gold: dict = {"verdicts": {}, "wrong_on_purpose": [], "notes": {}}
    for ident in ids:
        work = Path(out) / f"{ident}_work"
        got = _lines(work / "articles.jsonl")
        bad = [a["id"] for a in got if not a["id"].startswith(ident)]
        labels = _load(work / "gold.json")
        odd = [k for k, v in labels["verdicts"].items() if v not in (*CHECKED, "unverifiable")]
        if bad or odd:
            raise SystemExit(f"{work}: ids {bad} not {ident}..; labels {odd} not a verdict")
        arts += got
        gold["verdicts"].update(labels["verdicts"])
        gold["wrong_on_purpose"] += labels.get("wrong_on_purpose", [])
        gold["notes"].update(labels.get("notes", {}))
    with open(round_path, "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(gold_path, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, indent=0, ensure_ascii=False)
    print(len(arts), "articles,", len(gold["verdicts"]), "labels")


def label(out: str, arts_path: str | None, gold_path: str | None) -> None:
    from claimledger.check import check_claims, load_bundled_references
    from claimledger.models import Article
    from claimledger.nlp import pipeline
    from claimledger.nlp.extract import Extractor
    from claimledger.store import SQLiteStore
    from test_newsstyle_verdicts import _figure_key

    own = arts_path is None
    arts = _lines(arts_path or SET / "articles.jsonl")
    doc = _load(gold_path or SET / "independent.json")
    gold = doc["verdicts"]
    listed = set(doc.get("disagreements", {}))
    ex = Extractor(nlp=pipeline.load("en"))
    store = SQLiteStore(":memory:")
    for r in arts:
        art = Article(id=r["id"], text=r["text"], date=r["date"], title=r.get("title"))
        store.add(ex.extract_one(art))
    load_bundled_references(store)
    labels: dict[str, str] = {}
    details: dict[str, dict] = {}
    for res in check_claims(store):
        key = f"{store.claim(res.claim_id).article_id}|{res.quantity}"
        k, n = key, 1
        while k in labels:
            n += 1
            k = f"{key}|{n}"
        labels[k] = res.label
        details[k] = {
            "label": res.label,
            "reason": res.reason,
            "measure": res.measure,
            "as_of": res.as_of,
            "aggregation": res.aggregation,
            "period_days": res.period_days,
            "claimer": res.claimer,
            "subject": (res.reading or {}).get("subject"),
        }
    Path(out).write_text(json.dumps(labels, indent=0, ensure_ascii=False))
    Path(out + ".det").write_text(json.dumps(details, indent=0, ensure_ascii=False))
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    left: Counter[str] = Counter()
    for key, got in labels.items():
        k = _figure_key(key, gold)
        if k is None:
            continue
        if got == "unverifiable":
            if gold[k] in ("consistent", "inconsistent"):
                left[details[key]["reason"] or "?"] += 1
            continue
        prefix = re.match(r"[A-Z]+", key).group(0)  # type: ignore[union-attr]
        for c in (prefix, "ALL"):
            total[c] += 1
            agree[c] += _norm(got) == gold[k]
        if _norm(got) != gold[k]:
            print(f"BAD {key} {_norm(got)} {gold[k]}" + (" LISTED" if k in listed else ""))
    print("ALL", agree["ALL"], "/", total["ALL"])
    if len(total) <= 40:
        for p in sorted(total):
            if p != "ALL":
                print(p, agree[p], "/", total[p])
    print("labelled consistent or inconsistent, left unverifiable:", dict(left.most_common()))
    if own:
        moved: Counter[str] = Counter()
        for k, old in _load(SET / "expected.json")["verdicts"].items():
            new = labels.get(k)
            if new != old:
                gk = _figure_key(k, gold)
                g = gold.get(gk) if gk else None
                towards = g is not None and new not in (None, "unverifiable") and _norm(new) == g
                away = g is not None and old != "unverifiable" and _norm(old) == g
                tag = "BETTER" if towards and not away else "WORSE" if away or g else "OTHER"
                moved[tag] += 1
                print(tag, k, old, "->", new, "label", g)
        print(
            "moved against expected.json:",
            dict(moved),
            "new keys:",
            len(set(labels) - set(_load(SET / "expected.json")["verdicts"])),
        )


def import_round(
    round_path: str, gold_path: str, labels_path: str, dis_path: str, about: str = ""
) -> None:
    arts = _lines(round_path)
    have = {a["id"] for a in _lines(SET / "articles.jsonl")}
    if have & {a["id"] for a in arts}:
        raise SystemExit(f"{round_path}: ids already in tests/newsstyle")
    with open(SET / "articles.jsonl", "a", encoding="utf-8") as fh:
        for a in arts:
            keep = {k: a[k] for k in ("id", "date", "title", "text") if k in a}
            fh.write(json.dumps(keep, ensure_ascii=False) + "\n")
    gold = _load(gold_path)
    ind = _load(SET / "independent.json")
    clash = set(gold["verdicts"]) & set(ind["verdicts"])
    if clash:
        raise SystemExit(f"{gold_path}: keys already labelled: {sorted(clash)[:5]}")
    ind["verdicts"].update(gold["verdicts"])
    ind["wrong_on_purpose"] += [k for k in gold.get("wrong_on_purpose", [])]
    ind["disagreements"].update(_load(dis_path))
    if about:
        k = ind["_about"].index(" of articles.jsonl")
        ind["_about"] = ind["_about"][:k] + ", " + about + ind["_about"][k:]
    (SET / "independent.json").write_text(json.dumps(ind, indent=0, ensure_ascii=False) + "\n")
    exp = _load(SET / "expected.json")
    exp["verdicts"] = _load(labels_path)
    (SET / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
    print("imported", len(arts), "articles,", len(gold["verdicts"]), "labels")


def main(argv: list[str]) -> int:
    cmd, args = (argv[0], argv[1:]) if argv else ("", [])
    if cmd == "prepare" and len(args) >= 2:
        prepare(args[0], args[1:])
    elif cmd == "gather" and len(args) >= 4:
        gather(args[0], args[1], args[2], args[3:])
    elif cmd == "label" and len(args) in (1, 3):
        label(args[0], *(args[1:] or (None, None)))
    elif cmd == "import" and len(args) in (4, 5):
        import_round(*args)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
