"""The linguistics layer: sentences, tokens, numbers, actors, modality and casualty figures.

Everything here is pure Python over packaged data (no model downloads). The rule matcher runs it only
around sentences that contain a prefilter hit, so items without trigger words never pay for it.
"""
