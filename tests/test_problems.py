"""How problems read: `file:line:col: path: message`, sorted, counted, and safe to print."""

from __future__ import annotations

from generator.problems import GuideError, Problem, did_you_mean, format_path


def test_a_problem_names_file_line_column_path_and_message() -> None:
    assert str(Problem("exercises.yaml", 12, 7, "exercises[3].muscles[0]", "unknown muscle 'x'")) == (
        "exercises.yaml:12:7: exercises[3].muscles[0]: unknown muscle 'x'"
    )
    assert str(Problem("exercises.yaml", 1, 1, "", "the file is empty")) == "exercises.yaml:1:1: the file is empty"


def test_control_characters_from_the_data_are_printed_as_escapes() -> None:
    shown = str(Problem("exercises.yaml", 3, 9, "exercises[0].slug", "'\x1b[31mred\x00' is not a valid slug \u202e"))
    assert shown == "exercises.yaml:3:9: exercises[0].slug: '\\x1b[31mred\\x00' is not a valid slug \\u202e"


def test_a_report_lists_each_problem_once_in_file_order_and_counts_them() -> None:
    later = Problem("exercises.yaml", 40, 3, "b", "second")
    earlier = Problem("exercises.yaml", 9, 5, "a", "first")
    error = GuideError([later, earlier, later])
    assert error.problems == [earlier, later]
    assert error.report() == "exercises.yaml:9:5: a: first\nexercises.yaml:40:3: b: second\n2 problems found"
    assert str(error) == error.report()
    assert GuideError([earlier]).report().endswith("\n1 problem found")


def test_data_paths_read_as_they_would_in_code() -> None:
    assert format_path(("exercises", 3, "muscles", 0)) == "exercises[3].muscles[0]"
    assert format_path(("rest", "heavy", "min_seconds")) == "rest.heavy.min_seconds"
    assert format_path((2, "name")) == "[2].name"
    assert format_path(()) == ""


def test_a_near_miss_gets_a_suggestion_and_a_far_one_none() -> None:
    assert did_you_mean("glute", ["hamstrings", "glutes", "calves"]) == " (did you mean 'glutes'?)"
    assert did_you_mean("shoulders", ["hamstrings", "glutes", "calves"]) == ""
    assert did_you_mean("calf", iter(["calf-raise", "calves"])) == " (did you mean 'calves'?)"
