// Round 23 (network troubleshooting): passwords given as a client's flag argument stayed in clear
// when the flag was not curl's `-u`: a proxy's `-U user:x` / `--proxy-user user:x`, a client
// certificate's `-E file:x` / `--cert file:x`, and openssl's `-pass pass:x` / `-passin` / `-passout`.
// The user, the file and openssl's other sources (`env:VAR`, `file:path`) stay. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test("curl's proxy user and client certificate passwords", async tt => {
  tt.same(found('curl -sv -x http://10.84.9.25:3128 -U build-egress:Px7!eGr3ss-2026 https://example.com'),
    ['ipv4_private:10.84.9.25', 'connection_secret:Px7!eGr3ss-2026'])
  tt.same(found("curl --proxy-user 'svc:Pr0xy pass!' https://example.com"), ['connection_secret:Pr0xy pass!'])
  tt.same(found('curl --cert /etc/pki/partner/client.pem:Tallow#Cert-44 https://example.com'), ['connection_secret:Tallow#Cert-44'])
  tt.same(found('curl -k -E "client.p12:p12-Pass_9" --cert-type P12 https://example.com'), ['connection_secret:p12-Pass_9'])
  for (const text of ['curl --cert client.pem --key client.key https://example.com', 'curl --cert "C:\\certs\\c.pem" https://example.com',
    'curl -U svc https://example.com', 'curl -U "svc:$PROXY_PASS" https://example.com', 'Invoke-WebRequest -Uri x -E y', 'grep -E a:b file']) {
    tt.same(found(text).filter(m => m.startsWith('connection_secret')), [], text)
  }
})

t.test("openssl's pass phrase arguments", async tt => {
  tt.same(found('openssl s_client -connect example.com:8443 -cert c.pem -key k.pem -pass pass:Ops!ClientKey-26 </dev/null'),
    ['connection_secret:Ops!ClientKey-26'])
  tt.same(found("openssl pkcs12 -export -in c.pem -inkey k.pem -passin env:KEY_PASS -passout 'pass:P12 export!' -out c.p12"),
    ['connection_secret:P12 export!'])
  tt.same(found('openssl rsa -in k.pem -passin pass:Kx9-rsa -out plain.pem'), ['connection_secret:Kx9-rsa'])
  for (const text of ['openssl rsa -in k.pem -passin file:/run/secrets/kp', 'openssl pkcs12 -passout stdin', 'openssl enc -pass pass:$PASS', 'mysql -pass x | tail']) {
    tt.same(found(text).filter(m => m.startsWith('connection_secret') && !m.endsWith(':ass')), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('openssl rsa -in k.pem -passin pass:Kx9-rsa -out p.pem'), 'openssl rsa -in k.pem -passin pass:CONNECTION_SECRET_1 -out p.pem')
})
