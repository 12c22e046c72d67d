#!/usr/bin/env bash
# Deploys Orrery to staging or production with a health-gated gradual rollout, and rolls back to
# the previous version when any gate fails. docs/DEPLOYMENT_GUIDE.md describes the release flow.
#
#   scripts/deploy.sh <staging|production> [--skip-tests]
#
# Environment:
#   WRANGLER        the wrangler command (default: npx wrangler)
#   ORRERY_URL      the environment's base URL, probed at /health/ready (required)
#   ROLLOUT_STEPS   percentages of traffic for the new version (default: "10 50 100")
#   GATE_SECONDS    how long each step is watched (default: 60); probes every GATE_INTERVAL (5) s
#   DEPLOY_TAG, DEPLOY_MESSAGE   the version's tag and message (default: git commit and subject)
#   CF_ACCOUNT_ID, ANALYTICS_API_TOKEN   when both are set, each gate also checks the new version's
#                   error rate in Analytics Engine (ERROR_RATE_MAX, ERROR_RATE_MIN_REQUESTS,
#                   ERROR_RATE_SQL; see the guide)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/wrangler.sh
source scripts/lib/wrangler.sh

usage() { die "usage: scripts/deploy.sh <staging|production> [--skip-tests]"; }

ENV_NAME=""
SKIP_TESTS=false
for arg in "$@"; do
  case "$arg" in
  --skip-tests) SKIP_TESTS=true ;;
  -*) usage ;;
  *)
    [[ -z "$ENV_NAME" ]] || usage
    ENV_NAME="$arg"
    ;;
  esac
done
check_env_name "$ENV_NAME"
WORKER="orrery-$ENV_NAME"

ORRERY_URL="${ORRERY_URL:-}"
[[ -n "$ORRERY_URL" ]] || die "ORRERY_URL must be set to the $ENV_NAME base URL (the gates probe \$ORRERY_URL/health/ready)"
ORRERY_URL="${ORRERY_URL%/}"
GATE_SECONDS="${GATE_SECONDS:-60}"
GATE_INTERVAL="${GATE_INTERVAL:-5}"
[[ "$GATE_SECONDS" =~ ^[0-9]+$ && "$GATE_INTERVAL" =~ ^[0-9]+$ ]] ||
  die "GATE_SECONDS and GATE_INTERVAL must be whole seconds"

read -r -a STEPS <<<"${ROLLOUT_STEPS:-10 50 100}"
previous=0
for step in "${STEPS[@]}"; do
  if ! [[ "$step" =~ ^[0-9]+$ ]] || ((step <= previous || step > 100)); then
    die "ROLLOUT_STEPS must be increasing percentages ending at 100 (got '${STEPS[*]}')"
  fi
  previous=$step
done
((previous == 100)) || die "ROLLOUT_STEPS must end at 100 (got '${STEPS[*]}')"

TAG="${DEPLOY_TAG:-$(git rev-parse --short=12 HEAD 2>/dev/null || echo manual)}"
MESSAGE="${DEPLOY_MESSAGE:-$(git log -1 --format=%s 2>/dev/null || echo "manual deploy")}"
MESSAGE="${MESSAGE:0:100}"

WORK_DIR="$(mktemp -d)"
trap 'rm -rf "$WORK_DIR"' EXIT

# --- 1. Tests ---------------------------------------------------------------------------------
if [[ "$SKIP_TESTS" == true ]]; then
  log "skipping tests (--skip-tests)"
else
  log "running the tests"
  npm test
fi

# --- 2. Which version serves now --------------------------------------------------------------
OLD_VERSION="$(current_version "$ENV_NAME")"
if [[ "$OLD_VERSION" == none ]]; then
  log "$WORKER has no deployment yet: this is its first deploy"
else
  log "$WORKER serves version $OLD_VERSION at 100%"
fi

# --- 3. Migrations (backward compatible by rule: both versions run on this schema) ---------------
log "applying D1 migrations to $ENV_NAME"
wrangler d1 migrations apply DB --remote --env "$ENV_NAME" ||
  die "D1 migrations failed on $ENV_NAME: nothing was uploaded or deployed"

# --- First deploy: nothing to roll out against ---------------------------------------------------
if [[ "$OLD_VERSION" == none ]]; then
  log "first deploy of $WORKER: 'wrangler deploy' at 100% (no previous version to split traffic with or roll back to)"
  wrangler deploy --env "$ENV_NAME" --tag "$TAG" --message "$MESSAGE"
  log "first deploy of $WORKER done; later deploys roll out gradually"
  exit 0
fi

# --- 4. Upload the new version -------------------------------------------------------------------
log "uploading a new version of $WORKER (tag $TAG)"
UPLOAD_LOG="$WORK_DIR/upload.log"
OUTPUT_FILE="$WORK_DIR/wrangler-output.ndjson"
WRANGLER_OUTPUT_FILE_PATH="$OUTPUT_FILE" wrangler versions upload --env "$ENV_NAME" --tag "$TAG" \
  --message "$MESSAGE" 2>&1 | tee "$UPLOAD_LOG" >&2 || die "wrangler versions upload failed: nothing was deployed"

# The NDJSON output file is wrangler's machine-readable answer; the printed line is the fallback.
from_file=""
if [[ -s "$OUTPUT_FILE" ]]; then
  from_file="$(node -e '
    const lines = require("node:fs").readFileSync(process.argv[1], "utf8").split("\n");
    const ids = [];
    for (const line of lines) {
      try { const e = JSON.parse(line); if (e?.type === "version-upload" && e.version_id) ids.push(e.version_id); } catch {}
    }
    if (ids.length) console.log(ids.at(-1));
  ' "$OUTPUT_FILE")"
fi
from_log="$(sed -nE 's/^.*Worker Version ID: *([0-9a-fA-F-]+).*$/\1/p' "$UPLOAD_LOG" | tail -n 1)"
if [[ -n "$from_file" && -n "$from_log" && "$from_file" != "$from_log" ]]; then
  die "wrangler reported two version ids ($from_file, $from_log): not deploying either"
fi
NEW_VERSION="${from_file:-$from_log}"
[[ "$NEW_VERSION" =~ $UUID_RE ]] ||
  die "could not read the uploaded version id from wrangler's output: not deploying"
[[ "$NEW_VERSION" != "$OLD_VERSION" ]] ||
  die "the uploaded version $NEW_VERSION is the one already serving: not deploying"
log "uploaded version $NEW_VERSION"

# --- 5. Triggers (crons and routes are not part of a version upload) --------------------------------
wrangler triggers deploy --env "$ENV_NAME" ||
  die "wrangler triggers deploy failed: version $NEW_VERSION was uploaded but not deployed"

# --- 6. Gradual rollout with health gates ------------------------------------------------------------
# A gate probes the new version through a version override and reads which version answered: an
# override that did not apply follows the percentages, so a 200 from the old version is a failure.
probe_ready() {
  local headers="$WORK_DIR/headers" code answered
  code="$(curl -sS -o /dev/null -D "$headers" --max-time 10 -w '%{http_code}' \
    -H "Cloudflare-Workers-Version-Overrides: $WORKER=\"$NEW_VERSION\"" \
    "$ORRERY_URL/health/ready" 2>&1)" || {
    GATE_REASON="/health/ready did not answer ($code)"
    return 1
  }
  answered="$(tr -d '\r' <"$headers" | sed -nE 's/^[Xx]-[Oo]rrery-[Vv]ersion: *(.*)$/\1/p' | tail -n 1)"
  if [[ "$answered" != "$NEW_VERSION" ]]; then
    GATE_REASON="/health/ready was answered by version '${answered:-none}', not $NEW_VERSION (version override not applied)"
    return 1
  fi
  if [[ "$code" != 200 ]]; then
    GATE_REASON="/health/ready of $NEW_VERSION answered $code"
    return 1
  fi
}

# The new version's error rate in Analytics Engine, when an account and token are configured.
check_error_rate() {
  [[ -n "${CF_ACCOUNT_ID:-}" && -n "${ANALYTICS_API_TOKEN:-}" ]] || return 0
  local url="${ANALYTICS_API_URL:-https://api.cloudflare.com/client/v4/accounts/$CF_ACCOUNT_ID/analytics_engine/sql}"
  local dataset="orrery_metrics_$ENV_NAME"
  # Request points (recordRequest in src/observability/metrics.ts): blob1 'request', blob7 the
  # version id, double1 1, double3 1 for a 5xx. ERROR_RATE_SQL replaces the query ({dataset} and
  # {version} are filled in).
  local default_sql="SELECT SUM(_sample_interval * double1) AS requests, SUM(_sample_interval * double3) AS errors FROM {dataset} WHERE blob1 = 'request' AND blob7 = '{version}' AND timestamp > NOW() - INTERVAL '10' MINUTE FORMAT JSON"
  local sql="${ERROR_RATE_SQL:-$default_sql}"
  sql="${sql//\{dataset\}/$dataset}"
  sql="${sql//\{version\}/$NEW_VERSION}"
  local body verdict
  body="$(curl -sS --fail --max-time 10 -H "Authorization: Bearer $ANALYTICS_API_TOKEN" \
    --data-binary "$sql" "$url" 2>&1)" || {
    GATE_REASON="the Analytics Engine query failed: $body"
    return 1
  }
  # shellcheck disable=SC2016 # JavaScript, not shell, inside the quotes
  verdict="$(ERROR_RATE_MAX="${ERROR_RATE_MAX:-0.02}" ERROR_RATE_MIN_REQUESTS="${ERROR_RATE_MIN_REQUESTS:-20}" node -e '
    let row;
    try { row = JSON.parse(require("node:fs").readFileSync(0, "utf8")).data?.[0]; } catch {}
    const requests = Number(row?.requests ?? 0), errors = Number(row?.errors ?? 0);
    if (!row || !Number.isFinite(requests) || !Number.isFinite(errors)) { console.log("unreadable"); process.exit(0); }
    if (requests < Number(process.env.ERROR_RATE_MIN_REQUESTS)) { console.log(`ok (only ${requests} requests, too few to judge)`); process.exit(0); }
    const rate = errors / requests;
    console.log(rate > Number(process.env.ERROR_RATE_MAX) ? `high ${(rate * 100).toFixed(2)}% of ${requests}` : `ok ${(rate * 100).toFixed(2)}% of ${requests}`);
  ' <<<"$body")"
  case "$verdict" in
  ok*) log "error rate of $NEW_VERSION: ${verdict#ok }" ;;
  high*)
    GATE_REASON="the error rate of $NEW_VERSION is ${verdict#high } requests (limit ${ERROR_RATE_MAX:-0.02})"
    return 1
    ;;
  *)
    GATE_REASON="could not read the Analytics Engine answer: $body"
    return 1
    ;;
  esac
}

# Watches one step for GATE_SECONDS (at least one probe); every probe must pass.
gate() {
  local percent="$1" deadline=$((SECONDS + GATE_SECONDS))
  while :; do
    probe_ready || return 1
    check_error_rate || return 1
    ((SECONDS < deadline)) || break
    sleep "$GATE_INTERVAL"
  done
  log "gate passed at $percent%"
}

fail_and_roll_back() {
  local percent="$1"
  printf '\nGATE FAILED at %s%%: %s\n' "$percent" "$GATE_REASON" >&2
  if rollback_to "$ENV_NAME" "$OLD_VERSION" "Automatic rollback: $NEW_VERSION failed its gate at $percent%"; then
    die "deploy of $NEW_VERSION to $ENV_NAME failed at $percent% and was rolled back: $OLD_VERSION serves 100% again. Reason: $GATE_REASON"
  fi
  die "deploy of $NEW_VERSION to $ENV_NAME failed at $percent% AND THE ROLLBACK FAILED: run scripts/rollback.sh $ENV_NAME $OLD_VERSION now. Reason: $GATE_REASON"
}

GATE_REASON=""
for percent in "${STEPS[@]}"; do
  if ((percent == 100)); then
    split=("$NEW_VERSION@100%")
  else
    split=("$NEW_VERSION@$percent%" "$OLD_VERSION@$((100 - percent))%")
  fi
  log "deploying ${split[*]}"
  if ! wrangler versions deploy "${split[@]}" -y --env "$ENV_NAME" --message "$MESSAGE"; then
    GATE_REASON="wrangler versions deploy failed"
    fail_and_roll_back "$percent"
  fi
  gate "$percent" || fail_and_roll_back "$percent"
done

log "$WORKER: version $NEW_VERSION serves 100% (previous: $OLD_VERSION)"
