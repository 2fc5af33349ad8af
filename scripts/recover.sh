#!/usr/bin/env bash
# Manual recovery of the compose stack: down, prune, rebuild, up, then verify that the service
# answers /health and /health/ready and that Kong reports healthy and routes to it.
# Usage: scripts/recover.sh [--keep-volumes] [--no-prune]
# Env: COMPOSE_FILE (default deploy/docker-compose.yml), KONG_URL (default http://127.0.0.1:8000),
#      WAIT_SECONDS (default 180).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose_file="${COMPOSE_FILE:-${repo_root}/deploy/docker-compose.yml}"
kong_url="${KONG_URL:-http://127.0.0.1:8000}"
wait_seconds="${WAIT_SECONDS:-180}"
remove_volumes=true
prune=true

for arg in "$@"; do
  case "${arg}" in
    --keep-volumes) remove_volumes=false ;;
    --no-prune) prune=false ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: ${arg}" >&2; exit 2 ;;
  esac
done

log() { printf '%s recover: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
compose() { docker compose -f "${compose_file}" "$@"; }

# Polls a command until it succeeds or wait_seconds pass.
wait_for() {
  local what="$1"; shift
  local deadline=$((SECONDS + wait_seconds))
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS >= deadline )); then
      log "TIMEOUT waiting for ${what}"
      return 1
    fi
    sleep 3
  done
  log "ok: ${what}"
}

# Probes from inside the service container: no port of it is published on the host.
service_get() { compose exec -T aws-masker node -e \
  "fetch('http://127.0.0.1:3000$1').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; }

log "stopping the stack (${compose_file})"
if [[ "${remove_volumes}" == true ]]; then
  # Mappings are ephemeral by design; Prometheus/Grafana history goes too (use --keep-volumes).
  compose down --remove-orphans --volumes
else
  compose down --remove-orphans
fi

if [[ "${prune}" == true ]]; then
  log "pruning dangling images and build cache"
  docker image prune -f
  docker builder prune -f
fi

log "rebuilding aws-masker"
compose build --pull aws-masker

log "starting"
compose up -d

wait_for "redis ping" compose exec -T redis redis-cli ping
wait_for "aws-masker /health" service_get /health
wait_for "aws-masker /health/ready" service_get /health/ready
wait_for "kong health" compose exec -T kong kong health
if command -v curl >/dev/null 2>&1; then
  wait_for "kong -> aws-masker ${kong_url}/health/ready" curl -fsS --max-time 5 "${kong_url}/health/ready"
fi

compose ps
log "recovered"
