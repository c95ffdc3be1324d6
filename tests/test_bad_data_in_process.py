"""The bad-data corpus of test_bad_data.py again, through the same command line called in-process. The
subprocess runs there prove what an author sees; these let mutation testing (mutmut) see which generator code
each case runs and whether a changed line breaks its message, which it cannot through a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.test_bad_data import CASES, Case, write_case


@pytest.mark.parametrize("case", CASES, ids=[case.slug for case in CASES])
def test_bad_data_is_refused_with_its_located_message(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(tmp_path, case)
    monkeypatch.chdir(tmp_path)
    assert main(["check", path.name]) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert out == ""
    assert lines[0] == f"{case.slug}.yaml:{case.expected}"
    count = len(lines) - 1
    assert lines[-1] == f"{count} problem{'s' if count != 1 else ''} found"
