"""Build the desktop bundle from packaging/configurator.spec: `python packaging/build.py [--onefile]`.

The bundle goes to dist/configurator/ (one folder) or dist/onefile/configurator[-gui] (one file each);
the build's time and the bundle's size are printed at the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST, WORK = ROOT / "dist", ROOT / "build" / "pyinstaller"


def size(path: Path) -> int:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting file per executable")
    args = parser.parse_args(argv)
    env = {**os.environ, "CONFIGURATOR_ONEFILE": "1" if args.onefile else "0"}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    dist = DIST / "onefile" if args.onefile else DIST
    command += ["--distpath", str(dist), "--workpath", str(WORK), str(ROOT / "packaging" / "configurator.spec")]
    started = time.monotonic()
    if subprocess.run(command, env=env, cwd=ROOT).returncode != 0:
        return 1
    seconds = time.monotonic() - started
    names = ("configurator", "configurator-gui") if args.onefile else ("configurator",)
    exe = ".exe" if sys.platform == "win32" else ""
    built = [dist / (name + exe if args.onefile else name) for name in names]
    for path in built:
        print(f"build.py: {path.relative_to(ROOT)}  {size(path) / 2**20:.0f} MiB")
    print(f"build.py: built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
