#!/usr/bin/env bash
# Regenerates qinglian.target from the roots in pin/pom.xml: Maven resolves the roots with their
# dependencies once, and every resolved artifact is written into the target pinned to the exact
# version found, so the same commit resolves the same bundles next month.
# Usage (from the repository root): releng/cn.qinglian.target/update-target.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
list=$(mktemp)
trap 'rm -f "$list"' EXIT
"$root/mvnw" -B -q -f "$here/pin/pom.xml" dependency:list -DincludeScope=runtime \
  -DoutputFile="$list" -DoutputAbsoluteArtifactFilename=false -Dsort=true
python3 "$here/write_target.py" "$list" "$here/qinglian.target"
echo "wrote $here/qinglian.target ($(grep -c '<dependency>' "$here/qinglian.target") artifacts)"
