#!/usr/bin/env bash
# Run kustomize, building it first if this machine lacks it: `go install` from the Go
# module proxy into the same cache as the local infrastructure (deploy/local/infra.sh).
#
#   deploy/k8s/kustomize.sh build deploy/k8s/overlays/dev    render an overlay
#   deploy/k8s/kustomize.sh path                             build if needed, print the binary
#
# kubectl's own `kubectl apply -k` needs none of this; the script is for rendering and
# for the tests (tests/deploy/test_k8s.py), on machines without kubectl.
set -euo pipefail

# v5.8.1 is the newest release whose go.mod accepts Go 1.24 (the README's minimum); its
# go.mod has no replace directives, so `go install ...@version` builds it as released.
KUSTOMIZE_VERSION=v5.8.1
CACHE_DIR=${CONFIA_CACHE_DIR:-$HOME/.cache/confia}
BIN=$CACHE_DIR/bin/kustomize-$KUSTOMIZE_VERSION

go_bin() {
  # /usr/local/go/bin is where the Go tarball installs; it is often not on PATH in scripts.
  if command -v go >/dev/null 2>&1; then command -v go
  elif [[ -x /usr/local/go/bin/go ]]; then echo /usr/local/go/bin/go
  else echo "kustomize.sh: Go is needed to build kustomize $KUSTOMIZE_VERSION" >&2; exit 1
  fi
}

build() {
  local go tmp
  go=$(go_bin)
  tmp=$(mktemp -d)
  echo "kustomize.sh: building kustomize $KUSTOMIZE_VERSION (first time: under a minute)..." >&2
  # Built into a temporary directory and moved into place, so an interrupted build never
  # looks like a finished one; run from it so no go.mod around us gets involved.
  if ! (cd "$tmp" && GOBIN=$tmp GOFLAGS=-buildvcs=false "$go" install \
    "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION") >&2; then
    rm -rf "$tmp"
    echo "kustomize.sh: building kustomize failed (see above)" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$BIN")"
  mv "$tmp/kustomize" "$BIN"
  rm -rf "$tmp"
}

[[ -x $BIN ]] || build
if [[ ${1:-} == path ]]; then
  echo "$BIN"
else
  exec "$BIN" "$@"
fi
