"""The Jinja2 environment for every template the generator renders: autoescaped, strict about undefined names, and
every string a template prints escaped for Markdown too, unless a render function already made it Markup."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from generator.render.markup import md_join, md_prose, md_text, md_words


def _finalize(value: Any) -> Any:
    return md_text(value) if isinstance(value, str) and not isinstance(value, Markup) else value


@pass_context
def _prose(context: Context, text: str) -> Markup:
    return md_prose(text, context["guide"], context["here"])


ENV = Environment(
    loader=PackageLoader("generator", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    finalize=_finalize,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
ENV.filters["prose"] = _prose
ENV.filters["join"] = md_join
ENV.filters["words"] = md_words
