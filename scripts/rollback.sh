#!/usr/bin/env bash
# Rolls an environment back on demand: to the given version, or else to the version that served
# before the current deployment (wrangler picks it). Rollback changes code only: D1 schema and
# data, KV contents and queued messages stay as they are (docs/DEPLOYMENT_GUIDE.md).
#
#   scripts/rollback.sh <staging|production> [<version-id>] [--message <text>]
#
# Environment: WRANGLER (default: npx wrangler); ORRERY_URL, when set, is probed afterwards and
# must answer /health/ready with 200 from the version rolled back to.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/wrangler.sh
source scripts/lib/wrangler.sh

ENV_NAME=""
TARGET=""
MESSAGE="Manual rollback"
while (($# > 0)); do
  case "$1" in
  -m | --message)
    (($# >= 2)) || die "--message needs a value"
    MESSAGE="$2"
    shift
    ;;
  -*) die "usage: scripts/rollback.sh <staging|production> [<version-id>] [--message <text>]" ;;
  *)
    if [[ -z "$ENV_NAME" ]]; then ENV_NAME="$1"; elif [[ -z "$TARGET" ]]; then TARGET="$1"; else
      die "usage: scripts/rollback.sh <staging|production> [<version-id>] [--message <text>]"
    fi
    ;;
  esac
  shift
done
check_env_name "$ENV_NAME"

BEFORE="$(current_version "$ENV_NAME" 2>/dev/null || echo unknown)"
log "orrery-$ENV_NAME serves: $BEFORE"

if [[ -n "$TARGET" ]]; then
  rollback_to "$ENV_NAME" "$TARGET" "$MESSAGE" || die "wrangler rollback to $TARGET failed"
else
  # Without a version, wrangler rolls back to the newest version before the current deployment.
  log "rolling orrery-$ENV_NAME back to the previous version"
  CI=true wrangler rollback --env "$ENV_NAME" -m "${MESSAGE:0:120}" -y || die "wrangler rollback failed"
fi

AFTER="$(current_version "$ENV_NAME")"
if [[ -n "$TARGET" && "$AFTER" != "$TARGET" ]]; then
  die "after the rollback orrery-$ENV_NAME serves $AFTER, not $TARGET"
fi
log "orrery-$ENV_NAME now serves $AFTER at 100%"

if [[ -n "${ORRERY_URL:-}" ]]; then
  headers="$(mktemp)"
  trap 'rm -f "$headers"' EXIT
  code="$(curl -sS -o /dev/null -D "$headers" --max-time 10 -w '%{http_code}' "${ORRERY_URL%/}/health/ready" 2>&1)" ||
    die "rolled back, but /health/ready did not answer ($code)"
  answered="$(tr -d '\r' <"$headers" | sed -nE 's/^[Xx]-[Oo]rrery-[Vv]ersion: *(.*)$/\1/p' | tail -n 1)"
  [[ "$code" == 200 ]] || die "rolled back to $AFTER, but /health/ready answers $code"
  # Right after a deployment some data centres may still run the previous one for a few seconds.
  [[ "$answered" == "$AFTER" ]] || log "note: /health/ready was answered by '$answered' (propagation can take a few seconds)"
  log "/health/ready answers 200"
fi
