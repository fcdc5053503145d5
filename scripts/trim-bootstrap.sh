#!/usr/bin/env bash
# Writes wwwroot/lib/bootstrap/bootstrap.trimmed.min.css: Bootstrap 5.3's CSS without the selectors no page, script or C#
# file names (PurgeCSS, installed from npm into tools/css/node_modules; no CDN). The result is committed, so builds and CI
# need no Node; rerun after adding Bootstrap classes to a page (a web test fails when a page names a class that the full
# Bootstrap has and the trimmed copy lacks).
set -euo pipefail
cd "$(dirname "$0")/../tools/css"
npm install --no-audit --no-fund --loglevel=error
out=../../src/CongressPortal.Web/wwwroot/lib/bootstrap/bootstrap.trimmed.min.css
tmp=$(mktemp -d)
npx purgecss --config purgecss.config.cjs --output "$tmp"
# Bootstrap's licence comment is kept by PurgeCSS.
mv "$tmp/bootstrap.min.css" "$out"
rm -rf "$tmp"
wc -c ../../src/CongressPortal.Web/wwwroot/lib/bootstrap/bootstrap.min.css "$out"
