"""The MkDocs adapter: validate the data before the build starts, then add the generated pages and files."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.load import load_guide
from generator.offline import write_service_worker
from generator.problems import GuideError
from generator.render import RenderedSite, render_site
from generator.render.app import app_files


class GuideConfig(Config):
    data_file = c.Type(str, default="exercises.yaml")
    app_name = c.Type(str, default="Posterior chain")
    """The short name under the guide's icon on a phone's home screen; the full name is `site_name`."""


class GuidePlugin(BasePlugin[GuideConfig]):
    rendered: RenderedSite | None = None
    serving = False

    def data_path(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.data_file

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Runs before MkDocs cleans site_dir, so bad data leaves the previous site untouched.
        try:
            guide = load_guide(self.data_path(config), self.config.data_file)
        except GuideError as error:
            raise PluginError(error.report()) from None
        except OSError as error:
            raise PluginError(f"{self.config.data_file}: cannot read the guide data: {error.strerror}") from None
        self.rendered = render_site(guide, site_url=config.site_url or "/")
        config.extra["guide"] = self.rendered.facts
        if self.rendered.redirects:
            redirects = config.plugins.get("redirects")
            if redirects is None:
                raise PluginError("mkdocs.yml: exercises with former_slugs need the 'redirects' plugin (mkdocs-redirects) under plugins")
            redirects.config["redirect_maps"] = {**redirects.config["redirect_maps"], **self.rendered.redirects}
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.rendered is not None
        generated = {**self.rendered.pages, **self.rendered.files, **app_files(config.site_name, self.config.app_name)}
        clashes = sorted(path for path in generated if files.get_file_from_path(path))
        if clashes:
            raise PluginError(f"{config.docs_dir}: these files would be replaced by generated ones: {', '.join(clashes)}")
        for path, content in generated.items():
            file = File.generated(config, path, content=content)
            if path in self.rendered.unlisted:
                # Section indexes link these; listing each in the nav would make the build quadratic.
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # Under `mkdocs serve` pages change while they are read, so nothing is kept offline there.
        write_service_worker(Path(config.site_dir), precache=not self.serving)

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        server.watch(str(self.data_path(config)))
        return server
