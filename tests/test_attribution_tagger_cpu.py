"""The shipped tagger gives the same labels on every x86-64 CPU.

Dynamic int8 activations made its labels depend on the instruction set (AVX-512 VNNI
against AVX2); the shipped graph keeps int8 weights but computes in float
(:mod:`claimledger.nlp.tagger_graph`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimledger.nlp.attrib_tagger import MODEL_DIR, MODEL_FILE, available
from claimledger.nlp.tagger_graph import CPU_DEPENDENT_OPS

needs_tagger = pytest.mark.skipif(not available(), reason="attribution tagger not installed")


def _op_type_field(op: str) -> bytes:
    """A NodeProto's ``op_type`` as serialised: field 4, length-delimited (tag 0x22)."""
    raw = op.encode()
    return b"\x22" + bytes([len(raw)]) + raw


@needs_tagger
def test_shipped_graph_has_no_integer_or_requantising_ops():
    data = (MODEL_DIR / MODEL_FILE).read_bytes()
    assert _op_type_field("MatMul") in data  # the byte pattern does find op types
    assert _op_type_field("LayerNormalization") in data
    found = sorted(op for op in CPU_DEPENDENT_OPS if _op_type_field(op) in data)
    assert found == []


def test_float_activations_rewrites_a_dynamically_quantised_matmul(tmp_path):
    onnx = pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime.quantization")
    import numpy as np
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from claimledger.nlp.tagger_graph import float_activations, op_counts

    rng = np.random.default_rng(0)
    w = rng.normal(size=(8, 4)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 4])],
        [numpy_helper.from_array(w, "w")],
    )
    fp32 = tmp_path / "fp32.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), fp32)
    int8 = tmp_path / "int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    assert op_counts(int8)["MatMulInteger"] == 1
    out = tmp_path / "float.onnx"
    onnx.save(float_activations(onnx.load(str(int8))), out)
    ops = op_counts(out)
    assert not CPU_DEPENDENT_OPS & set(ops) and ops["MatMul"] == 1

    x = rng.normal(size=(3, 8)).astype(np.float32)
    (y,) = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(None, {"x": x})
    # The int8 weights, dequantised, times float activations.
    m = onnx.load(str(out))
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    q = next(v for v in inits.values() if v.dtype == np.int8)
    scale = next(v for k, v in inits.items() if v.dtype == np.float32 and v.shape == (4,))
    assert np.allclose(y, x @ (q.astype(np.float32) * scale), atol=1e-5)
    assert np.abs(y - x @ w).max() < 0.05 * np.abs(x @ w).max()


_PROBE = """
import json, sys
from claimledger.nlp.attrib_tagger import Tagger
t = Tagger(threads=1)
texts = json.loads(sys.stdin.read())
enc = t.encode(texts)
lg = t.logits([i for i, _ in enc], [0 * i for i, _ in enc])
print(json.dumps({"logits": [x.tolist() for x in lg],
                  "tagged": [repr(x) for x in t.tag(texts)]}))
"""

# Made up; quotes, a split quote, reported speech and a hedge.
_TEXTS = [
    '"We will not retreat," the mayor told reporters on Tuesday, adding that the bridge '
    "would reopen within a week. Officials said about 40 families had been moved, "
    "according to the regional governor.",
    'The ministry denied the report. "No such order exists," a spokeswoman said, "and none '
    'was discussed." Analysts reportedly expect the talks to resume.',
]


def _probe(prefix: list[str]) -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _PROBE],
        input=json.dumps(_TEXTS),
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.model
@needs_tagger
@pytest.mark.skipif(shutil.which("qemu-x86_64") is None, reason="qemu-x86_64 not installed")
def test_labels_equal_on_an_avx2_only_cpu():
    """Native (AVX-512 VNNI here) against qemu emulating Haswell (AVX2, no AVX-512)."""
    import numpy as np

    native = _probe([])
    haswell = _probe(["qemu-x86_64", "-cpu", "Haswell"])
    assert native["tagged"] == haswell["tagged"]
    for a, b in zip(native["logits"], haswell["logits"], strict=True):
        # Float arithmetic differs in the last bits only; int8 activations moved logits by ~1.
        assert np.abs(np.asarray(a) - np.asarray(b)).max() < 1e-3
