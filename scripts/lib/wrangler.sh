#!/usr/bin/env bash
# Shared by scripts/deploy.sh and scripts/rollback.sh: logging, the wrangler command, and reading
# which version serves an environment. Everything here fails closed: output we cannot read is an
# error, never a guess.

# The wrangler command as an array: WRANGLER may hold several words ("npx wrangler"), split on
# whitespace without eval.
read -r -a WRANGLER_CMD <<<"${WRANGLER:-npx wrangler}"
export WRANGLER_SEND_METRICS="${WRANGLER_SEND_METRICS:-false}"

UUID_RE='^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
  printf '\nERROR: %s\n' "$*" >&2
  exit 1
}

wrangler() { "${WRANGLER_CMD[@]}" "$@"; }

check_env_name() {
  case "${1:-}" in
  staging | production) ;;
  *) die "the environment must be 'staging' or 'production' (got '${1:-}')" ;;
  esac
}

# Prints the version id serving 100% of the environment's traffic, or "none" when the Worker has
# never been deployed. Any other failure, and a deployment split between versions (an unfinished
# rollout), is fatal: then nobody can say which version is the old one.
current_version() {
  local env="$1" out rc=0
  out="$(wrangler deployments status --env "$env" --json 2>&1)" || rc=$?
  if ((rc != 0)); then
    # wrangler: "The Worker <name> has no deployments."; the API: "This Worker does not exist"
    # (code 10007) before the first upload.
    if grep -qiE 'has no deployments|does not exist|\[code: 10007\]' <<<"$out"; then
      echo none
      return 0
    fi
    printf '%s\n' "$out" >&2
    die "could not read the current deployment of orrery-$env (wrangler deployments status failed)"
  fi
  local parsed
  # shellcheck disable=SC2016 # JavaScript, not shell, inside the quotes
  parsed="$(node -e '
    const text = require("node:fs").readFileSync(0, "utf8");
    const start = text.indexOf("{");
    let d;
    try { d = JSON.parse(text.slice(start, text.lastIndexOf("}") + 1)); } catch { process.exit(2); }
    const versions = Array.isArray(d?.versions) ? d.versions : [];
    const full = versions.filter((v) => v && v.percentage === 100 && typeof v.version_id === "string");
    if (versions.length !== 1 || full.length !== 1) {
      console.log("split " + versions.map((v) => `${v?.version_id}@${v?.percentage}%`).join(" "));
      process.exit(0);
    }
    console.log(full[0].version_id);
  ' <<<"$out")" || die "could not parse 'wrangler deployments status --json' for orrery-$env: $out"
  if [[ "$parsed" == split* ]]; then
    die "orrery-$env is mid-rollout (${parsed#split }): finish it with 'wrangler versions deploy' or run scripts/rollback.sh first"
  fi
  [[ "$parsed" =~ $UUID_RE ]] || die "the current version of orrery-$env is not a version id: '$parsed'"
  echo "$parsed"
}

# Rolls the environment back to a version at 100%. `wrangler rollback` asks for a message and a
# confirmation and ignores -y; with CI=true it takes the defaults without a prompt.
rollback_to() {
  local env="$1" version="$2" message="$3"
  [[ "$version" =~ $UUID_RE ]] || die "refusing to roll back to '$version': not a version id"
  log "rolling orrery-$env back to $version"
  CI=true wrangler rollback "$version" --env "$env" -m "${message:0:120}" -y
}
