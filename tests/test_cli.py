"""The command line, run in-process as `python -m generator` runs it: what an author reads and the exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import DATA

MINI = str(DATA / "mini.yaml")


def test_check_reports_what_it_counted_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", MINI]) == 0
    out, err = capsys.readouterr()
    assert out == f"{MINI}: 4 exercises, 2 muscles, 1 schedules: OK\n" and err == ""


def test_check_lists_every_problem_located_and_exits_one(tmp_path: Path, mini_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "guide.yaml"
    data.write_text(mini_text.replace("primary_muscles: [calves]", "primary_muscles: [calfs]"), encoding="utf-8")
    line = data.read_text(encoding="utf-8").splitlines().index("    primary_muscles: [calfs]") + 1
    assert main(["check", str(data)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"guide.yaml:{line}:23: exercises[2].primary_muscles[0]: unknown muscle 'calfs' (did you mean 'calves'?)\n1 problem found\n"


def test_a_missing_data_file_is_one_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert main(["check", str(missing)]) == 1
    assert capsys.readouterr().err == f"{missing}: No such file or directory\n"


def test_write_puts_every_page_and_file_where_the_site_will_serve_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["write", str(out), "--data", MINI, "--site-url", "https://coach.example/"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    # Every generated page, data file and redirect page, and the mark that lets a later write clean the folder.
    assert written == [
        ".guide-docs-tree", "anatomy/calves.md", "anatomy/glutes.md", "anatomy/index.md", "api/exercises.json",
        "exercises/box-jump.md", "exercises/calf-raise.md", "exercises/glute-bridge.md", "exercises/index.md",
        "exercises/one-leg-bridge/index.html", "exercises/single-leg-glute-bridge.md", "glossary.md", "log.md", "plan.md",
        "robots.txt", "schedules/index.md", "schedules/offseason.ics", "schedules/offseason.md", "session.md",
    ]  # fmt: skip
    assert capsys.readouterr().out == f"{out}: 18 files written, 0 unchanged, 0 removed\n"
    api = json.loads((out / "api" / "exercises.json").read_text(encoding="utf-8"))
    assert api[0]["url"] == "https://coach.example/exercises/glute-bridge/"
    assert (out / "exercises" / "calf-raise.md").read_text(encoding="utf-8").startswith("---\n")


def test_write_refuses_bad_data_without_writing_anything(tmp_path: Path, mini_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "exercises.yaml"
    data.write_text(mini_text.replace("rest: plyometric\n", "rest: jumpy\n"), encoding="utf-8")
    assert main(["write", str(tmp_path / "out"), "--data", str(data)]) == 1
    assert "unknown rest 'jumpy'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_schema_prints_the_published_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == (Path(__file__).parents[1] / "generator" / "exercises.schema.json").read_text(encoding="utf-8")
    assert json.loads(printed)["title"] == "Posterior-chain guide data"


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "python -m generator" in capsys.readouterr().err


def test_without_arguments_the_commands_read_exercises_yaml_here(tmp_path: Path, mini_text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "exercises.yaml").write_text(mini_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "exercises.yaml: 4 exercises, 2 muscles, 1 schedules: OK\n"
    assert main(["write", "out"]) == 0
    api = json.loads((tmp_path / "out" / "api" / "exercises.json").read_text(encoding="utf-8"))
    # With no mkdocs.yml beside the data there is no address to make them absolute with: addresses start at the root.
    assert api[0]["url"] == "/exercises/glute-bridge/"


def test_help_names_each_command_and_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width
    assert shown.startswith("usage: python -m generator ")
    assert "The command line: check the data, write the complete docs tree to a folder, print the JSON Schema." in shown
    for command, text in [
        ("check", "validate the data; exit 1 with located problems"),
        ("write", "write the complete docs tree (chapters, generated pages and files, redirects) to a folder"),
        ("schema", "print the JSON Schema of the data file"),
    ]:
        assert f" {command} {text}" in shown, command
