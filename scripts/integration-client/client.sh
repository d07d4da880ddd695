#!/usr/bin/env bash
# A provincial system's client of kiemtra's /api/v1, with nothing but curl and jq (issue 16):
# gets an access token (OAuth2 client credentials), reads a plan's report outline, pushes the
# figures of one item into a unit's report twice with the same Idempotency-Key (one push), and
# reads the results per unit. Settings from the environment:
#   KIEMTRA_URL      the API's address, e.g. http://127.0.0.1:3001
#   CLIENT_ID        the system's id in the register of systems
#   CLIENT_SECRET    a token the system administrator issued to it (kt1_…)
#   PLAN_YEAR        the year of the plan (default: the latest)
#   ITEM_CODE        the outline item to push into (default I.3.d, the one-stop figures)
set -euo pipefail

: "${KIEMTRA_URL:?Đặt KIEMTRA_URL, ví dụ http://127.0.0.1:3001}"
: "${CLIENT_ID:?Đặt CLIENT_ID (mã hệ thống)}"
: "${CLIENT_SECRET:?Đặt CLIENT_SECRET (mã truy cập đã cấp)}"
ITEM_CODE="${ITEM_CODE:-I.3.d}"
API="${KIEMTRA_URL%/}/api/v1"

say() { printf '%s\n' "$*"; }
fail() { say "LỖI: $*" >&2; exit 1; }

# One call; a refusal (problem+json) stops the script with its Vietnamese detail.
call() {
  local method="$1" path="$2"
  shift 2
  local body status
  body="$(curl -sS -X "$method" -H "Authorization: Bearer ${TOKEN}" -w '\n%{http_code}' "$@" "${API}${path}")"
  status="${body##*$'\n'}"
  body="${body%$'\n'*}"
  if [[ "$status" -ge 400 ]]; then
    fail "$method $path: $status $(jq -r '.detail // .' <<<"$body")"
  fi
  printf '%s' "$body"
}

TOKEN="$(curl -sS --fail-with-body -X POST "${API}/oauth/token" \
  --data-urlencode grant_type=client_credentials \
  --data-urlencode "client_id=${CLIENT_ID}" \
  --data-urlencode "client_secret=${CLIENT_SECRET}" | jq -er .access_token)" || fail "không lấy được mã truy cập"
say "token: ok"

if [[ -n "${PLAN_YEAR:-}" ]]; then
  PLAN_ID="$(call GET /plans | jq -er --argjson y "$PLAN_YEAR" '[.items[] | select(.year == $y)][0].id')"
else
  PLAN_ID="$(call GET /plans | jq -er '.items[0].id')"
fi
say "plan: ${PLAN_ID}"

OUTLINE="$(call GET "/plans/${PLAN_ID}/report-outline")"
OUTLINE_ITEM="$(jq -ec --arg code "$ITEM_CODE" \
  '[.outlines[] | select(any(.items[]; .code == $code))][0]' <<<"$OUTLINE")" ||
  fail "không đề cương nào của kế hoạch có mục ${ITEM_CODE}"
INSPECTION_ID="$(jq -er '.inspections[0].inspectionId' <<<"$OUTLINE_ITEM")"
say "outline item ${ITEM_CODE}: figures $(jq -r --arg code "$ITEM_CODE" \
  '[.items[] | select(.code == $code) | .figures[] | "\(.key) (\(.unit))"] | join(", ")' <<<"$OUTLINE_ITEM")"

# Every figure the item asks for, 100 each: within every constraint (x ≤ y) and every kind.
BODY="$(jq -c --arg code "$ITEM_CODE" '{
  itemCode: $code,
  source: "Hệ thống thông tin giải quyết TTHC tỉnh",
  figures: ([.items[] | select(.code == $code) | .figures[] | {(.key): 100}] | add)
}' <<<"$OUTLINE_ITEM")"
KEY="tich-hop-$(date +%s)-$$"
FIRST="$(call POST "/inspections/${INSPECTION_ID}/figures" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: ${KEY}" --data "$BODY")"
AGAIN="$(call POST "/inspections/${INSPECTION_ID}/figures" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: ${KEY}" --data "$BODY")"
[[ "$(jq -r .recordedAt <<<"$FIRST")" == "$(jq -r .recordedAt <<<"$AGAIN")" ]] ||
  fail "gửi lại cùng Idempotency-Key đã ghi hai lần"
say "push: $(jq -r '.figureKeys | length' <<<"$FIRST") figures into ${INSPECTION_ID}, recorded once at $(jq -r .recordedAt <<<"$FIRST")"

RESULTS="$(call GET "/plans/${PLAN_ID}/results")"
say "results: $(jq -r '.units | length' <<<"$RESULTS") units, $(jq -r '[.units[] | select(.inspected)] | length' <<<"$RESULTS") inspected, first $(jq -r '.units[0] | "\(.unitCode) \(.unitName)"' <<<"$RESULTS")"
