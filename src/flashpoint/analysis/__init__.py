"""Analysis of coded events and of a store.

``summary`` (per-pair counts of a list of events, for ``flashpoint demo``), ``timeline`` (dyad
timelines and the conflict-cooperation index), ``alerts`` (escalation alerts by rolling robust
z-score), ``network`` (the actor network and its layout), ``geo`` (event places), ``browse`` (pages of
events, one event with its highlighted sentences) and ``charts`` (SVG and terminal charts).
See ``docs/dashboard.md``.
"""
