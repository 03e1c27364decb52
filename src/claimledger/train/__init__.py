"""Training the learned parts of the extractor (attribution filter and tagger,
check-worthiness, main claim).

Above the extraction stack: training reads gold through :mod:`claimledger.evaluate`'s readers
and writes the files that :mod:`claimledger.nlp` loads at run time, so nothing in ``nlp``
imports from here. Run through ``claimledger train ...``; the heavy dependencies (torch,
transformers, onnx) come with the ``train`` extra.
"""
