"""NLP backbone: the spaCy pipeline and flashpoint components."""

from .pipeline import FLASHPOINT_COMPONENTS, load_pipeline

__all__ = ["load_pipeline", "FLASHPOINT_COMPONENTS"]
