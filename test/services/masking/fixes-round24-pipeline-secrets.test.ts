// Round 24 (data and streaming platforms): credentials of pipeline tools stayed in clear where no
// known key or client flag named them: a Confluent Schema Registry's `basic.auth.user.info=user:x`,
// elasticsearch-hadoop's `es.net.http.auth.pass`, DMS's Oracle TDE password (`securityDbEncryption=x`
// in extra connection attributes, `SecurityDbEncryption` in OracleSettings), cqlsh's `-p x` to
// Keyspaces, and Fluent Bit's `HTTP_Passwd  x` (a key, blanks, the value). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const secrets = (text: string): string[] => found(text).filter(m => m.startsWith('connection_secret:'))

t.test("Schema Registry's basic auth user info", async tt => {
  tt.same(secrets('schema.registry.basic.auth.user.info=sr-orders:Sr9!Reg7Qw'), ['connection_secret:sr-orders:Sr9!Reg7Qw'])
  tt.same(secrets('basic.auth.user.info = ingest:Kx8-Reg-2026'), ['connection_secret:ingest:Kx8-Reg-2026'])
  tt.same(secrets('  ksql.schema.registry.basic.auth.user.info: "ksql:Kq9!Sql#2"'), ['connection_secret:ksql:Kq9!Sql#2'])
  tt.same(secrets('{"value.converter.basic.auth.user.info": "connect:Cn7#Pw-x"}'), ['connection_secret:connect:Cn7#Pw-x'])
  for (const text of ['basic.auth.credentials.source=USER_INFO', 'basic.auth.user.info=${file:/secrets/sr.properties:user.info}', 'the userinfo endpoint returned 401']) {
    tt.same(secrets(text), [], text)
  }
})

t.test("elasticsearch-hadoop's password", async tt => {
  tt.same(secrets('--conf spark.es.net.http.auth.pass=EsHadoop!9xQ'), ['connection_secret:EsHadoop!9xQ'])
  tt.same(secrets('es.net.http.auth.pass: "Os-Idx_2026"'), ['connection_secret:Os-Idx_2026'])
  tt.same(secrets('es.net.proxy.https.pass=Px!7proxy'), ['connection_secret:Px!7proxy'])
  for (const text of ['es.net.http.auth.user=spark-indexer', 'bypass=true', 'tests.pass=12 tests.fail=0']) tt.same(secrets(text), [], text)
})

t.test("DMS's Oracle TDE password", async tt => {
  tt.same(secrets('useLogminerReader=N;useBfile=Y;securityDbEncryptionName=ORACLE.SECURITY.DB.ENCRYPTION.Ahk3m1Zq;securityDbEncryption=Tde!Wallet7732'),
    ['connection_secret:Tde!Wallet7732'])
  tt.same(secrets('--extra-connection-attributes "securityDbEncryption=W4llet-pw;archivedLogDestId=1"'), ['connection_secret:W4llet-pw'])
  tt.same(secrets('"OracleSettings": {"SecurityDbEncryption": "Tde-9!x", "SecurityDbEncryptionName": "ORACLE.SECURITY.DB.ENCRYPTION.AbC"}'), ['connection_secret:Tde-9!x'])
})

t.test("cqlsh's password flag", async tt => {
  tt.same(secrets("cqlsh cassandra.eu-west-1.amazonaws.com 9142 -u keyspaces-ledger-at-318204657719 -p 'Jq7Rm2Vx9Kt4Lp1Zw8Nb3Cs6Df0Gh5Yy2Ua9Ie7Ko4=' --ssl"),
    ['connection_secret:Jq7Rm2Vx9Kt4Lp1Zw8Nb3Cs6Df0Gh5Yy2Ua9Ie7Ko4='])
  tt.same(secrets('$ cqlsh -u cassandra -p Cs!ndra9 10.0.4.12'), ['connection_secret:Cs!ndra9'])
  for (const text of ['cqlsh cassandra.us-east-1.amazonaws.com 9142 -u svc-at-111122223333 --ssl', 'nodetool -h 10.0.4.12 -p 7199 status', 'cqlsh -p $CQL_PASS']) tt.same(secrets(text), [], text)
})

t.test("Fluent Bit's HTTP_Passwd", async tt => {
  const conf = '[OUTPUT]\n    Name            opensearch\n    HTTP_User       fluentbit\n    HTTP_Passwd     Fb7!Pass#9wq\n    tls             On\n'
  tt.same(secrets(conf), ['connection_secret:Fb7!Pass#9wq'])
  tt.same(secrets('[OUTPUT]\n\tname loki\n\thttp_user 41234\n\thttp_passwd\tglc_eyJvIjoiMTIzIn0=\n'), ['connection_secret:glc_eyJvIjoiMTIzIn0='])
  tt.same(secrets('    http_Passwd   Splunk-Hec_77\r\n'), ['connection_secret:Splunk-Hec_77'])
  for (const text of ['    HTTP_Passwd ${OS_PASSWORD}\n', 'set HTTP_Passwd in the output section\n', 'the HTTP_Passwd value is wrong\n', '    HTTP_Passwd a b\n']) {
    tt.same(secrets(text), [], text)
  }
  const masked = roundTripMasker(tt)
  tt.equal(await masked('    HTTP_User  fluentbit\n    HTTP_Passwd  Fb7!Pass#9wq\n'), '    HTTP_User  fluentbit\n    HTTP_Passwd  CONNECTION_SECRET_1\n')
})
