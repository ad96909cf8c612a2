"""`flashpoint lexicon check`: the packaged lexicon is valid; user files get file:line errors."""

from __future__ import annotations

from flashpoint.cli.main import main


def test_packaged_lexicon_is_valid(capsys):
    assert main(["lexicon", "check"]) == 0
    out = capsys.readouterr().out
    assert "packaged lexicon: ok" in out and "packaged word_classes.yml: ok" in out


def test_bad_user_lexicon_names_file_and_line(tmp_path, capsys):
    f = tmp_path / "mine.yml"
    f.write_text('version: "1"\nverbs:\n  - lemma: besiege\n    code: "999"\n')
    assert main(["lexicon", "check", str(f)]) == 1
    err = capsys.readouterr().err
    assert f"{f}:3" in err and "999" in err


def test_unquoted_code_and_unknown_key(tmp_path, capsys):
    f = tmp_path / "mine.yml"
    f.write_text("verbs:\n  - lemma: besiege\n    code: 190\n")
    assert main(["lexicon", "check", str(f)]) == 1
    assert "quoted" in capsys.readouterr().err
    f.write_text('verbs:\n  - lemma: besiege\n    code: "190"\n    colour: red\n')
    assert main(["lexicon", "check", str(f)]) == 1
    assert "colour" in capsys.readouterr().err


def test_user_entry_with_preposition_on_is_a_word(tmp_path, capsys):
    f = tmp_path / "mine.yml"
    f.write_text('verbs:\n  - lemma: lean\n    prep: on\n    target: prep:on\n    code: "020"\n')
    assert main(["lexicon", "check", str(f)]) == 0


def test_frame_keys_are_validated(tmp_path, capsys):
    f = tmp_path / "mine.yml"
    f.write_text('verbs:\n  - lemma: obtain\n    source: [dobj]\n    code: "070"\n')
    assert main(["lexicon", "check", str(f)]) == 1
    err = capsys.readouterr().err
    assert f"{f}:2" in err and "source" in err
    f.write_text('verbs:\n  - lemma: wish\n    target: ccomp\n    needs_target: "yes"\n    code: "020"\n')
    assert main(["lexicon", "check", str(f)]) == 1
    assert "needs_target" in capsys.readouterr().err
    f.write_text('verbs:\n  - lemma: insist\n    comp_aux: [must]\n    target: ccomp\n    needs_target: true\n'
                 '    code: "100"\n  - lemma: get\n    prep: from\n    source: [prep:from]\n    target: subj\n'
                 '    code: "070"\n')
    assert main(["lexicon", "check", str(f)]) == 0


def test_object_kinds_are_validated(tmp_path, capsys):
    good, bad, unknown = tmp_path / "good.yml", tmp_path / "bad.yml", tmp_path / "unknown.yml"
    good.write_text('verbs:\n  - lemma: secede\n    prep: from\n    pobj_kind: organisation\n    target: prep:from\n'
                    '    code: "161"\n  - lemma: abandon\n    object_kind: organisation\n    code: "161"\n')
    assert main(["lexicon", "check", str(good)]) == 0
    bad.write_text('verbs:\n  - lemma: secede\n    pobj_kind: organisation\n    code: "161"\n')
    assert main(["lexicon", "check", str(bad)]) == 1
    assert "needs a 'prep'" in capsys.readouterr().err
    unknown.write_text('verbs:\n  - lemma: secede\n    prep: from\n    pobj_kind: treaty\n    code: "161"\n')
    assert main(["lexicon", "check", str(unknown)]) == 1
    assert "pobj_kind" in capsys.readouterr().err
    flag = tmp_path / "flag.yml"
    flag.write_text('verbs:\n  - lemma: secede\n    object: [claim]\n    object_clause: "yes"\n    code: "016"\n')
    assert main(["lexicon", "check", str(flag)]) == 1
    assert "object_clause" in capsys.readouterr().err


def test_comp_subjects_are_validated(tmp_path, capsys):
    good, bad = tmp_path / "good.yml", tmp_path / "bad.yml"
    good.write_text('verbs:\n  - lemma: caution\n    comp_subject: other\n    code: "012"\n    target: none\n')
    assert main(["lexicon", "check", str(good)]) == 0
    bad.write_text('verbs:\n  - lemma: caution\n    comp_subject: theirs\n    code: "012"\n')
    assert main(["lexicon", "check", str(bad)]) == 1
    assert "comp_subject" in capsys.readouterr().err
