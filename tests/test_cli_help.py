"""The command line starts light: --help loads no NLP, checker, linker or web module."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "spacy",
    "numpy",
    "onnxruntime",
    "claimledger.nlp.extract",
    "claimledger.nlp.frames",
    "claimledger.check",
    "claimledger.link",
    "claimledger.export",
    "claimledger.web",
)


def test_importing_the_cli_loads_no_heavy_module():
    code = (
        "import json, sys, claimledger.cli; "
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_the_cli_choices_are_the_modules_own():
    from claimledger import export
    from claimledger.check import loaders
    from claimledger.cli import check

    assert check.REFERENCE_FORMATS == loaders.FORMATS
    assert check.EXPORT_FORMATS == export.FORMATS
