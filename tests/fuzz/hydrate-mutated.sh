#!/usr/bin/env bash
# Builds the site from a mutated dataset the loader accepts and checks that /meta/6 and /metodo
# hydrate without errors. The mutation adds an exclusion whose text and quote, concatenated, equal
# those of another one in meta 6: exactly what the old `x.text + x.quote` each-block key could not
# tell apart (Svelte's each_key_duplicate stopped both pages). Works in a throw-away clone of HEAD
# (removed on exit), so the checkout is never touched. Usage: E2E_PORT=4202 tests/fuzz/hydrate-mutated.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/hydrate-mutated.XXXXXX")"
trap 'rm -rf "$work"' EXIT
git clone --quiet --no-hardlinks "$repo" "$work/repo"
ln -s "$repo/node_modules" "$work/repo/node_modules"
cd "$work/repo"
python3 - <<'PY'
p = 'src/data/ediciones/2024-2025/metas.yaml'
s = open(p, encoding='utf-8').read()
anchor = """    - text: Cámara de Comercio de Cúcuta
      reason: organizacion
      quote: Cámara de Comercio de Cúcuta
    - text: Cámara de Comercio Cúcuta
"""
assert s.count(anchor) == 1, 'la meta 6 ya no tiene la exclusión esperada'
s = s.replace(anchor, anchor.replace("    - text: Cámara de Comercio Cúcuta\n", """    - text: Cámara de Comercio de CúcutaCámara de C
      reason: organizacion
      quote: omercio de Cúcuta
    - text: Cámara de Comercio Cúcuta
"""))
open(p, 'w', encoding='utf-8').write(s)
PY
npx tsx scripts/data/print-json.ts > /dev/null # the loader accepts it
CI=1 E2E_PORT="${E2E_PORT:-4202}" npx playwright test tests/e2e/smoke.e2e.ts -g "(/meta/6|/metodo) loads without errors"
