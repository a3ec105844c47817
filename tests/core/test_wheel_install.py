"""The wheel carries everything vendorpick needs (issue 12, point 11).

``pip wheel --no-deps`` builds the wheel from a copy of the sources; it is
installed into a fresh virtual environment outside the checkout, which sees
the dependencies of this environment (a ``.pth`` line naming its
site-packages, read after the new environment's own) and nothing of the
checkout.  Nothing is downloaded: the build runs without isolation
(setuptools of the ``test`` extra) and pip installs with ``--no-index``.

The installed ``vendorpick`` then writes the demo, validates it, refuses a
bad file in Japanese (the message catalogue travels in the wheel) and opens
the window offscreen on the demo with its Japanese Qt translations.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["vendorpick", "resources", "setup.py", "pyproject.toml", "README.md"]

WINDOW = """
import sys
from PySide6.QtCore import QTimer
from vendorpick.ui.app import application, create_window
import vendorpick, vendorpick.resources
app = application()
window = create_window(sys.argv[1], "ja")
window.show()
QTimer.singleShot(300, app.quit)  # a few event-loop turns: the first paint and the first results start
app.exec()
print(vendorpick.__file__)
print(vendorpick.resources.__file__)
print(window.windowTitle())
print("|".join(a.text() for a in window.menuBar().actions()))
"""

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=180)
    if check and done.returncode != 0:
        raise AssertionError(f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(python, vendorpick script, environment, working folder) of the fresh install."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(
            ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")} if (ROOT / name).is_dir() else {}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_"))}
    env.update(HOME=str(tmp / "home"), QT_QPA_PLATFORM="offscreen", PIP_DISABLE_PIP_VERSION_CHECK="1",
               XDG_CONFIG_HOME=str(tmp / "home" / ".config"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    (tmp / "home").mkdir()
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-w", str(tmp / "dist"), str(src)], tmp, env)
    wheel = next((tmp / "dist").glob("vendorpick-*.whl"))

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp, env)
    python = venv / "bin" / "python"
    own = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    tmp, env).stdout.strip())
    # the dependencies of this environment, after the new one's own packages; a path line of a
    # .pth file is only appended to sys.path, so this environment's editable vendorpick stays off
    (own / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--no-deps", str(wheel)],
         tmp, env)
    work = tmp / "work"
    work.mkdir()
    return python, venv / "bin" / "vendorpick", env, work, venv


def test_the_installed_command_writes_and_validates_the_demo(installed):
    _python, vendorpick, env, work, _venv = installed
    _run([str(vendorpick), "demo", "-o", "x.vendorpick.json"], work, env)
    assert (work / "x.vendorpick.json").is_file()
    done = _run([str(vendorpick), "validate", "x.vendorpick.json"], work, env)
    assert done.stdout.strip() == "ok"


def test_the_installed_command_refuses_a_bad_file_in_japanese(installed):
    _python, vendorpick, env, work, _venv = installed
    (work / "bad.vendorpick.json").write_text('{"format": "vendorpick/1", "months": 0}', encoding="utf-8")
    done = _run([str(vendorpick), "validate", "bad.vendorpick.json", "--lang", "ja"], work, env, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert any("\u3040" <= ch <= "\u30ff" for ch in done.stdout + done.stderr), done.stdout + done.stderr


def test_the_installed_window_opens_in_japanese(installed):
    python, vendorpick, env, work, venv = installed
    if not (work / "x.vendorpick.json").exists():
        _run([str(vendorpick), "demo", "-o", "x.vendorpick.json"], work, env)
    done = _run([str(python), "-c", WINDOW, "x.vendorpick.json"], work, env)
    module, resources, title, menus = done.stdout.strip().splitlines()[-4:]
    assert Path(module).is_relative_to(venv) and Path(resources).is_relative_to(venv)  # the wheel, not the checkout
    assert "vendorpick" in title
    assert "ファイル" in menus, menus
