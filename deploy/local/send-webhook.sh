#!/usr/bin/env bash
# Send a WhatsApp webhook payload to the local platform, signed like Meta signs it.
#   deploy/local/send-webhook.sh tests/fixtures/whatsapp/text_message.json
# Every message gets a fresh id (ingress accepts a message id once, as Meta requires),
# so the same fixture can be sent again. Reads CONFIA_APP_SECRETS from .env.
set -euo pipefail
fixture=${1:?usage: send-webhook.sh PAYLOAD.json [WEBHOOK_URL]}
url=${2:-http://127.0.0.1:8080/webhook}
root=$(cd "$(dirname "$0")/../.." && pwd)
secret=$(grep -E '^CONFIA_APP_SECRETS=' "$root/.env" | cut -d= -f2- | cut -d, -f1)
body=$(mktemp)
trap 'rm -f "$body"' EXIT
sed -E "s/\"id\": \"wamid\.[^\"]*\"/\"id\": \"wamid.demo.$(date +%s%N)\"/" "$fixture" >"$body"
signature=$(openssl dgst -sha256 -hmac "$secret" <"$body" | sed 's/^.* //')
curl -sS -X POST "$url" -H 'Content-Type: application/json' \
  -H "X-Hub-Signature-256: sha256=$signature" --data-binary @"$body"
echo
