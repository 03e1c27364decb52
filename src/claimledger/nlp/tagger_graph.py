"""The tagger's ONNX graph: int8 weights on disk, float arithmetic at run time.

onnxruntime's dynamic int8 quantisation (``quantize_dynamic``) quantises each layer's
activations on the fly and multiplies them with the int8 weights in integer kernels whose
results depend on the CPU: without AVX-512 VNNI the u8 x s8 kernel adds pairs of products
in saturating 16-bit arithmetic, and every one-ulp difference of a float op upstream (a
softmax, a layer norm; their kernels differ between AVX2 and AVX-512) can move an activation
across a rounding step of the quantiser, a change of one quantum that the next layers
amplify. The shipped tagger's labels differed between an AVX-512 VNNI machine and an AVX2
one on most articles, and so did the claims built on them.

:func:`float_activations` rewrites such a graph so that each ``MatMulInteger`` becomes a
plain float ``MatMul`` with the weight ``Cast(w_int8) * scale``: the same int8 weights and
per-channel scales stay in the file (its size barely changes), onnxruntime folds the
cast-and-scale into an fp32 weight once when the session loads, and all arithmetic is then
float, where CPUs differ only in the last bits. Needs the ``onnx`` package (the ``train``
extra); nothing at run time imports this module.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

__all__ = ["CPU_DEPENDENT_OPS", "float_activations", "op_counts"]

# Ops whose output depends on the CPU's integer kernels or on requantising activations.
CPU_DEPENDENT_OPS = frozenset(
    {
        "DynamicQuantizeLinear",
        "MatMulInteger",
        "MatMulIntegerToFloat",
        "DynamicQuantizeMatMul",
        "QLinearMatMul",
        "QLinearConv",
        "ConvInteger",
        "QuantizeLinear",
        "QAttention",
        "DynamicQuantizeLSTM",
    }
)


def op_counts(path: str | Path) -> Counter[str]:
    """How many nodes of each op type the ONNX file at ``path`` has."""
    import onnx

    return Counter(n.op_type for n in onnx.load(str(path)).graph.node)


def float_activations(model: Any) -> Any:
    """A copy of a dynamically quantised ``onnx.ModelProto`` that computes in float.

    Each ``DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul(x_scale * w_scale)`` chain
    becomes ``MatMul(x, Cast(w) * w_scale)``; weights must be symmetric (zero point 0, as
    ``quantize_dynamic`` makes them for QInt8). The quantised embedding tables (``Gather``
    then ``DequantizeLinear``) are left alone: gathering and scaling rows is exact on every
    CPU. Raises ValueError when the graph has a shape this does not know.
    """
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    m = onnx.ModelProto()
    m.CopyFrom(model)
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    consumers: dict[str, list[Any]] = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)

    replace: dict[int, list[Any]] = {}
    drop: set[int] = set()
    weights: dict[str, str] = {}  # int8 weight -> name of its float weight
    for n in g.node:
        if n.op_type != "MatMulInteger":
            continue
        quant = producer.get(n.input[0])
        if quant is None or quant.op_type != "DynamicQuantizeLinear":
            raise ValueError(f"{n.name}: input is not dynamically quantised")
        w_name, w_zero = n.input[1], n.input[3] if len(n.input) > 3 else ""
        if w_name not in inits:
            raise ValueError(f"{n.name}: weight is not an initializer")
        if w_zero and np.any(numpy_helper.to_array(inits[w_zero]) != 0):
            raise ValueError(f"{n.name}: weights are not symmetric")
        (cast,) = consumers[n.output[0]]
        (rescale,) = consumers[cast.output[0]]
        scale_mul = producer[
            rescale.input[1] if producer.get(rescale.input[0]) is cast else rescale.input[0]
        ]
        if cast.op_type != "Cast" or rescale.op_type != "Mul" or scale_mul.op_type != "Mul":
            raise ValueError(f"{n.name}: unexpected rescaling after the integer product")
        w_scale = next(i for i in scale_mul.input if i in inits)
        new: list[Any] = []
        if w_name not in weights:
            w_float = w_name.removesuffix("_quantized") + "_float"
            weights[w_name] = w_float
            new += [
                helper.make_node(
                    "Cast",
                    [w_name],
                    [w_float + "_unscaled"],
                    to=onnx.TensorProto.FLOAT,
                    name=w_float + "_cast",
                ),
                helper.make_node(
                    "Mul", [w_float + "_unscaled", w_scale], [w_float], name=w_float + "_scale"
                ),
            ]
        new.append(
            helper.make_node(
                "MatMul",
                [quant.input[0], weights[w_name]],
                [rescale.output[0]],
                name=n.name.replace("_quant", "") + "_float",
            )
        )
        replace[id(n)] = new
        drop |= {id(cast), id(rescale), id(scale_mul)}

    nodes: list[Any] = []
    for n in g.node:
        if id(n) not in drop:
            nodes.extend(replace.get(id(n), [n]))
    # Drop what no longer feeds an output: the activation quantisers and their scales.
    outputs = {o.name for o in g.output}
    while True:
        used = {i for n in nodes for i in n.input} | outputs
        keep = [n for n in nodes if any(o in used for o in n.output)]
        if len(keep) == len(nodes):
            break
        nodes = keep
    del g.node[:]
    g.node.extend(nodes)
    used = {i for n in nodes for i in n.input}
    kept = [i for i in g.initializer if i.name in used]
    del g.initializer[:]
    g.initializer.extend(kept)
    onnx.checker.check_model(m)
    return m
