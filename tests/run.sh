#!/usr/bin/env bash
# Set up and run every test: installs the package with its test extras, the
# Debian packages the browser, parser, second-store and compiled-extractor tests need
# (chromium, raptor2-utils, virtuoso-opensource, gcc),
# then runs mypy on the package, the docstring examples (doctests), and pytest
# on both cores. Extra arguments go to the last pytest run.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
# tests/test_compiled.py compiles the optional compiled extractor (setup.py)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Types and the docstring examples first: both are quick and fail loudly.
python3 -m mypy kg
python3 -m pytest -q -p no:cacheprovider --doctest-modules kg
exec python3 -m pytest -n 2 -p no:cacheprovider "$@"
