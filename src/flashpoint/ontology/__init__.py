"""The CAMEO/PLOVER event ontology: codes, names, Goldstein weights, QuadClass, PLOVER types.

>>> from flashpoint.ontology import load_ontology
>>> load_ontology().get("173").plover_type
'COERCE'
"""

from flashpoint.ontology.cameo import (
    PLOVER_TYPES,
    CameoCode,
    Ontology,
    load_ontology,
    parse_ontology,
    quad_class,
)

__all__ = [
    "PLOVER_TYPES",
    "CameoCode",
    "Ontology",
    "load_ontology",
    "parse_ontology",
    "quad_class",
]
