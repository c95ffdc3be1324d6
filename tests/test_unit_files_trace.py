"""MkDocs' warnings about generated pages, traced back to the data: the entry (or the very field the warning
quotes) is put in front as `file:line:col: path:`, and warnings are counted for strict builds."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from generator.load import build_guide
from generator.strict_yaml import parse_yaml
from generator.trace import TraceHandler, install, page_origins, uninstall
from tests.test_site_tree import FORMER_SLUG

BROKEN_LINK = "Doc file '{page}' contains a link '{target}', but the target is not found among documentation files."


def test_each_generated_page_comes_from_its_entry(mini_text: str) -> None:
    assert page_origins(build_guide(parse_yaml(mini_text, "exercises.yaml"))) == {
        "exercises/glute-bridge.md": ("exercises", 0),
        "exercises/single-leg-glute-bridge.md": ("exercises", 1),
        "exercises/one-leg-bridge.md": ("exercises", 1, "former_slugs", 0),
        "exercises/calf-raise.md": ("exercises", 2),
        "exercises/box-jump.md": ("exercises", 3),
        "anatomy/glutes.md": ("muscles", 0),
        "anatomy/calves.md": ("muscles", 1),
        "schedules/offseason.md": ("schedules", 0),
    }


class Console(logging.Handler):
    """Stands for MkDocs' console: the lines it would print."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.getMessage()}")


@pytest.fixture
def traced(mini_text: str) -> Iterator[tuple[TraceHandler, Console]]:
    """A handler following mini.yaml (a bad link added to a box jump 'why'), put before a console on the 'mkdocs' logger."""
    located = parse_yaml(mini_text.replace("why: [Power.]", "why: [Power; see nowhere.md.]"), "exercises.yaml")
    handler, console = TraceHandler(), Console()
    handler.follow(located, page_origins(build_guide(located)))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(console)
    install(handler)
    try:
        yield handler, console
    finally:
        uninstall(handler)
        logger.removeHandler(console)


@pytest.mark.parametrize(
    ("message", "traced_message"),
    [
        (
            BROKEN_LINK.format(page="exercises/box-jump.md", target="nowhere.md"),
            "exercises.yaml:162:11: exercises[3].why[0]: " + BROKEN_LINK.format(page="exercises/box-jump.md", target="nowhere.md"),
        ),
        (
            "Doc file 'anatomy/calves.md' contains a link '#gone', but there is no such anchor on this page.",
            "exercises.yaml:57:5: muscles[1]: Doc file 'anatomy/calves.md' contains a link '#gone', but there is no such anchor on this page.",
        ),
        (
            "Doc file 'exercises/box-jump.md' shows 'Quarter squat' and 'Power'",
            "exercises.yaml:159:31: exercises[3].movement.positions[0].shows: Doc file 'exercises/box-jump.md' shows 'Quarter squat' and 'Power'",
        ),
        (
            "A page 'schedules/offseason.md' quotes 'nothing in the data'",
            "exercises.yaml:177:5: schedules[0]: A page 'schedules/offseason.md' quotes 'nothing in the data'",
        ),
        (
            "Doc file 'exercises/one-leg-bridge.md' is a redirect",
            f"{FORMER_SLUG}: Doc file 'exercises/one-leg-bridge.md' is a redirect",
        ),
        # The page is found wherever it is quoted; quoted text that names another page is not a field.
        (
            "Link 'anatomy/glutes.md' from 'exercises/box-jump.md'",
            "exercises.yaml:45:5: muscles[0]: Link 'anatomy/glutes.md' from 'exercises/box-jump.md'",
        ),
        ("Doc file 'safety.md' contains a link 'nowhere.md'", "Doc file 'safety.md' contains a link 'nowhere.md'"),
        ("Doc file exercises/box-jump.md is not quoted", "Doc file exercises/box-jump.md is not quoted"),
    ],
)
def test_a_warning_about_a_generated_page_names_the_data_line(traced: tuple[TraceHandler, Console], message: str, traced_message: str) -> None:
    handler, console = traced
    logging.getLogger("mkdocs.structure.pages").warning(message)
    assert console.lines == [f"WARNING {traced_message}"]
    assert handler.count == 1


def test_a_warning_with_arguments_is_traced_with_them_filled_in(traced: tuple[TraceHandler, Console]) -> None:
    _, console = traced
    logging.getLogger("mkdocs.plugins").error("Doc file '%s' has %d problems", "anatomy/calves.md", 2)
    assert console.lines == ["ERROR exercises.yaml:57:5: muscles[1]: Doc file 'anatomy/calves.md' has 2 problems"]


def test_warnings_and_errors_are_counted_and_other_records_pass_by(traced: tuple[TraceHandler, Console]) -> None:
    handler, console = traced
    logger = logging.getLogger("mkdocs.commands.build")
    logger.setLevel(logging.DEBUG)
    try:
        logger.info("Building 'exercises/box-jump.md'")
        logger.debug("Reading 'anatomy/calves.md'")
        logger.warning("one")
        logger.error("two")
        logger.critical("three")
    finally:
        logger.setLevel(logging.NOTSET)
    assert handler.count == 3
    assert console.lines == ["INFO Building 'exercises/box-jump.md'", "DEBUG Reading 'anatomy/calves.md'", "WARNING one", "ERROR two", "CRITICAL three"]


@pytest.mark.parametrize("msg", ["Doc file 'exercises/box-jump.md' has %d problems", "Doc file 'exercises/box-jump.md' is 100%"])
def test_a_record_that_cannot_be_formatted_is_counted_and_left_alone(traced: tuple[TraceHandler, Console], msg: str) -> None:
    handler, _ = traced
    record = logging.makeLogRecord({"msg": msg, "args": ("many",), "levelno": logging.WARNING})
    handler.emit(record)
    assert handler.count == 1
    assert (record.msg, record.args) == (msg, ("many",))


def test_before_following_any_data_nothing_is_traced() -> None:
    handler = TraceHandler()
    assert handler.level == logging.WARNING
    assert handler.locate("Doc file 'exercises/box-jump.md' contains a link 'nowhere.md'") == ""


def test_the_handler_goes_first_once_and_comes_off_again() -> None:
    logger = logging.getLogger("mkdocs")
    console, handler = Console(), TraceHandler()
    logger.addHandler(console)
    try:
        install(handler)
        install(handler)
        assert logger.handlers.count(handler) == 1 and logger.handlers.index(handler) == 0
        uninstall(handler)
        assert handler not in logger.handlers and console in logger.handlers
    finally:
        uninstall(handler)
        logger.removeHandler(console)
