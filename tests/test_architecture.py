"""The import arrows point down the layers that docs/architecture.md names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "claimledger"
DOC = ROOT / "docs" / "architecture.md"


def _layers() -> dict[str, int]:
    """Package -> layer, read from the table in docs/architecture.md."""
    out: dict[str, int] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*(\d+)\s*\|([^|]+)\|", line)
        if m:
            for name in re.findall(r"`([^`]+)`", m.group(2)):
                out[name] = int(m.group(1))
    return out


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(root)"


def _imports(path: Path, pkg: Path = PKG) -> list[tuple[str, int]]:
    """Every claimledger module ``path`` imports (at top level or inside functions)."""
    rel = path.relative_to(pkg.parent).with_suffix("")
    mod = list(rel.parts)
    base = mod if path.name == "__init__.py" else mod[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                target = ".".join(
                    base[: len(base) - node.level + 1] + ([node.module] if node.module else [])
                )
            else:
                target = node.module or ""
            if target == "claimledger":
                found += [(f"claimledger.{a.name}", node.lineno) for a in node.names]
            elif target.startswith("claimledger."):
                found.append((target, node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("claimledger")]
    return found


def _package_of(path: Path, pkg: Path = PKG) -> str:
    rel = path.relative_to(pkg)
    if len(rel.parts) == 1:
        return "(root)" if rel.name == "__init__.py" else rel.stem
    return rel.parts[0]


def test_every_package_has_a_layer():
    layers = _layers()
    packages = {_package_of(p) for p in PKG.rglob("*.py")}
    assert packages - set(layers) == set(), "add these to the table in docs/architecture.md"


def _violations(pkg: Path) -> list[str]:
    layers = _layers()
    top = max(layers.values())
    wrong = []
    for path in sorted(pkg.rglob("*.py")):
        src = _package_of(path, pkg)
        for target, line in _imports(path, pkg):
            dst = _part(target)
            if dst == src or dst not in layers:
                continue
            if layers[dst] > layers[src] or (layers[dst] == layers[src] < top):
                where = path.relative_to(pkg.parent)
                wrong.append(f"{where}:{line}: {src} (layer {layers[src]}) imports {target}")
    return wrong


def test_imports_point_down():
    wrong = _violations(PKG)
    assert not wrong, "\n".join(wrong)


def test_an_upward_or_sideways_import_is_caught(tmp_path):
    pkg = tmp_path / "claimledger"
    (pkg / "nlp").mkdir(parents=True)
    (pkg / "nlp" / "x.py").write_text("def f():\n    from ..store import sql\n")
    (pkg / "link").mkdir()
    (pkg / "link" / "y.py").write_text("from claimledger.export import FORMATS\n")
    (pkg / "cli").mkdir()
    (pkg / "cli" / "z.py").write_text("from .. import web\nfrom ..nlp import x\n")
    wrong = _violations(pkg)
    assert len(wrong) == 2, wrong  # nlp -> store (up), link -> export (same layer, not top)
    assert "nlp/x.py:2" in wrong[1] and "link/y.py:1" in wrong[0]
