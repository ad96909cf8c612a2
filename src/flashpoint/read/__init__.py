"""Readers: files, directories and stdin to a stream of articles (see :mod:`flashpoint.read.files`)."""

from .files import SUFFIXES, ReadItem, ReadWarning, read_inputs, read_path
from .normalise import normalise_text

__all__ = ["read_inputs", "read_path", "ReadWarning", "ReadItem", "SUFFIXES", "normalise_text"]
