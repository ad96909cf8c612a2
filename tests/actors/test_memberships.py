"""Memberships of bodies of states (actors/memberships.py, data/actors/memberships.yml): dated,
validated against the actor lexicon, a body's members its parent's."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.actors.lexicon import load_lexicon
from flashpoint.actors.memberships import load_memberships, members_on, parse_memberships
from flashpoint.datafile import load_yaml
from flashpoint.errors import LexiconError


@pytest.mark.parametrize(("org", "country", "day", "member"), [
    ("NATO", "FIN", dt.date(2023, 4, 3), False),
    ("NATO", "FIN", dt.date(2023, 4, 4), True),
    ("NATO", "SWE", dt.date(2024, 3, 7), True),
    ("EU", "GBR", dt.date(2020, 1, 31), True),
    ("EU", "GBR", dt.date(2020, 2, 1), False),
    ("ECOWAS", "MLI", dt.date(2025, 6, 1), False),  # suspended in 2021, gone in 2025
    ("ECOWAS", "SEN", dt.date(2025, 6, 1), True),
    ("AU", "MAR", dt.date(2010, 1, 1), False),
    ("AU", "MAR", dt.date(2018, 1, 1), True),
    ("KFOR", "DEU", dt.date(2024, 1, 1), True),  # a mission has its parent's members
    ("UN", "USA", dt.date(2024, 1, 1), False),  # (not listed: no members known)
])
def test_members_on_a_day(org, country, day, member):
    assert (country in members_on(org, day)) is member


def test_with_no_day_the_members_now():
    assert "SWE" in members_on("NATO", None) and "GBR" not in members_on("EU", None)


def _parse(tmp_path, text):
    path = tmp_path / "m.yml"
    path.write_text(text)
    return parse_memberships(load_yaml(str(path)), str(path), load_lexicon())


@pytest.mark.parametrize(("body", "fault"), [
    ("memberships:\n  NATTO: {USA: 1949/}\n", "unknown organisation 'NATTO'"),
    ("memberships:\n  NATO: {USX: 1949/}\n", "unknown country code 'USX'"),
    ("memberships:\n  NATO: {USA: 1949}\n", "dated spans"),
    ("memberships:\n  NATO: {USA: 2000/1990}\n", "ends before it starts"),
    ("memberships:\n  Hamas: {PSE: 1990/}\n", "no international organisation"),
])
def test_a_bad_file_names_its_fault_and_line(tmp_path, body, fault):
    with pytest.raises(LexiconError, match=fault) as err:
        _parse(tmp_path, 'version: "1"\n' + body)
    assert ":3" in str(err.value) or "line 3" in str(err.value)


def test_the_packaged_file_loads():
    assert {"NATO", "EU", "AU", "ECOWAS", "ASEAN", "GCC", "Arab League", "SCO", "CSTO", "OAS"} \
        <= set(load_memberships().spans)


def test_actors_check_reports_the_memberships(capsys):
    from flashpoint.cli.main import main

    assert main(["actors", "check"]) == 0
    assert "memberships (version" in capsys.readouterr().out
