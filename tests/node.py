"""Run the guide's browser modules in Node from a test: import them, evaluate one expression, return its JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def run_modules(modules: dict[str, Path], body: str, data: Any, payload: Any = None) -> Any:
    """Evaluate `body`, a JavaScript expression over the imported `modules` (by name), `data` and `input`."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the guide's browser modules are tested in Node (apt-get install -y nodejs)")
    imports = "".join(f"import * as {name} from {json.dumps(path.as_uri())};\n" for name, path in modules.items())
    script = (
        'import { readFileSync } from "node:fs";\n'
        f"{imports}"
        'const { data, input } = JSON.parse(readFileSync(0, "utf8"));\n'
        f"process.stdout.write(JSON.stringify({body}));\n"
    )
    result = subprocess.run(
        ["node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--input-type=module", "-e", script],
        input=json.dumps({"data": data, "input": payload}),
        capture_output=True,
        text=True,
        check=False,
        executable=node,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return json.loads(result.stdout)
