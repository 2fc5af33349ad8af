// Known gap closed (round 26, from rounds 15 and 24): password hashes went out, as in OpenSearch's
// internal_users.yml (`hash: "$2y$12$…"`), /etc/shadow, PostgreSQL's SCRAM verifiers and md5
// passwords (pgbouncer's userlist.txt), Django's PBKDF2 hashes. An offline attack reads a weak
// password back from its hash: the salt and hash are masked, the scheme and its cost stay
// readable. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const BCRYPT = 'V7kC2b7m1QeW1cHh9kZq4u3QeU2mJ8vN0pW5xL6yT7aB9cD1eF2gH'
const SHA512 = 'Xk2vQ9mZ$Hx8dKq2LmZ7vPa4Tn1Yw6Rb3Cs9Ue0Fj5Gi7Jk2Lo4Mp6Nq8Sr1Tt3Uv5Ww7Xx9Yy0Zz1Aa2Bb3Cc4Dd5Ee6F'
const SCRAM = 'Yk3pR9vQ2mT7xL1c$Zq8Kd2Vn5Lr7Tw1Yb4Xc6Jm9Hs3Fg0Ae=:Pw7Rt2Ky5Nm8Vb1Xc4Jd6Lq9Hs3Fg0Ae2Uz='

t.test('password hashes are masked, their scheme stays', async tt => {
  tt.same(found(`admin:\n  hash: "$2y$12$${BCRYPT}"\n  reserved: true`), [`connection_secret:${BCRYPT}`])
  tt.same(found(`root:$6$rounds=5000$${SHA512}:19000:0:99999:7:::`), [`connection_secret:${SHA512}`])
  tt.same(found(`"pgb_admin" "SCRAM-SHA-256$4096:${SCRAM}"`), [`connection_secret:${SCRAM}`])
  tt.same(found('"looker_ro" "md5a8c3f1e9b7d5204c6e1a3f7b9d5c2e80"'), ['connection_secret:md5a8c3f1e9b7d5204c6e1a3f7b9d5c2e80'])
  tt.same(found('pbkdf2_sha256$600000$Xk2vQ9mZT1aL$Hx8dKq2LmZ7vPa4Tn1Yw6Rb3Cs9Ue0Fj5Gi7Jk2Lo4M='), ['connection_secret:Xk2vQ9mZT1aL$Hx8dKq2LmZ7vPa4Tn1Yw6Rb3Cs9Ue0Fj5Gi7Jk2Lo4M='])
  tt.same(found('$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQxMjM$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'), ['connection_secret:c29tZXNhbHQxMjM$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'])
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`hash: "$2y$12$${BCRYPT}"`), 'hash: "$2y$12$CONNECTION_SECRET_1"')
  tt.equal(await masked(`"pgb_admin" "SCRAM-SHA-256$4096:${SCRAM}"`), '"pgb_admin" "SCRAM-SHA-256$4096:CONNECTION_SECRET_1"')
})

t.test('mechanism names, prices and short shapes stay', async tt => {
  for (const text of [
    'sasl.mechanism=SCRAM-SHA-512 and SCRAM-SHA-256',
    'authMechanism=SCRAM-SHA-1',
    'cost is $2 and $5 per $1',
    'md5sum of the file: md5 only',
    'password_encryption = scram-sha-256'
  ]) tt.same(found(text), [], text)
})
