# Sourced by the bench's shell scripts that start the apps themselves: the signing key the apps are started with, and a
# BusinessOffice token signed as the bench's Testbed signs them (HS256, the platform's issuer and audience, valid a day).
#   . "$ROOT/bench/bench-token.sh"      → sets KEY and TOKEN
KEY=nanchuan-benchmark-signing-key-not-for-production
TOKEN=$(python3 - "$KEY" <<'PY'
import base64, hashlib, hmac, json, sys, time
b = lambda d: base64.urlsafe_b64encode(d).rstrip(b'=').decode()
now = int(time.time())
head = b(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
body = b(json.dumps({"sub": "bench-bo", "name": "bench", "role": "BusinessOffice", "iss": "nanchuan-platform",
                     "aud": "nanchuan-api", "nbf": now - 5, "iat": now, "exp": now + 86400}).encode())
print(head + "." + body + "." + b(hmac.new(sys.argv[1].encode(), (head + "." + body).encode(), hashlib.sha256).digest()))
PY
)
