#!/usr/bin/env bash
# Smoke-test the built bundle (python packaging/build.py first): from a clean temporary folder,
# with no Python on PATH and a fresh home, run the bundle's four commands and check their outputs.
# Usage: packaging/smoke.sh [BUNDLE_DIR]   (default: dist/configurator)
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$root/dist/configurator}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir "$work/empty"
run() {  # a clean environment: nothing (so no Python) on PATH, the app's home in the temporary folder
    env -i PATH="$work/empty" LANG=C.UTF-8 HOME="$work/home" CONFIGURATOR_HOME="$work/home" \
        QT_QPA_PLATFORM=offscreen "$@" 2>&1
}
failed=0
check() {  # check NAME EXIT_CODE [FILE]: the command exited 0 and wrote a non-empty FILE
    local verdict=ok
    if [ "$2" -ne 0 ] || { [ -n "${3:-}" ] && [ ! -s "$3" ]; }; then verdict=FAILED; failed=1; fi
    printf '%-10s exit %s %s %s\n' "$1" "$2" "${3:+$3 $(stat -c %s "$3" 2>/dev/null || echo missing) bytes}" "$verdict"
}
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)); python on its PATH: $(PATH="$work/empty" command -v python3 python || echo none)"
run "$bundle/configurator" validate; check validate $?
run "$bundle/configurator" new --scenario scn-supply-chain-finance -o s.yaml; check new $? s.yaml
run "$bundle/configurator" bom s.yaml --format pdf -o s.pdf; check bom-pdf $? s.pdf
if [ "$(head -c 4 s.pdf 2>/dev/null)" != "%PDF" ]; then echo "s.pdf does not start with %PDF"; failed=1; fi
run "$bundle/configurator-gui" s.yaml --lang zh --screenshot shot.png; check screenshot $? shot.png
[ -n "${SMOKE_KEEP:-}" ] && cp s.pdf shot.png "$SMOKE_KEEP"/
[ "$failed" -eq 0 ] && echo "smoke: all passed" || echo "smoke: FAILED"
exit "$failed"
