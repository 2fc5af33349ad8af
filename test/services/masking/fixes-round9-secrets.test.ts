// Red team round 9 (test/fixtures/blackbox-8/): passwords and a cluster name left in clear: the SQL
// literal after `PASSWORD` (a pgaudit line of `ALTER ROLE ... WITH PASSWORD '...'`) or MySQL's
// `IDENTIFIED BY`, the value of `redis-cli --pass`, the ECS agent's `ECS_CLUSTER=` in user data, and
// Redshift's `KMS_KEY_ID '<uuid>'`, and the role of `aws ssm create-activation --iam-role x`.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a SQL password literal is a password', async tt => {
  tt.same(found("LOG:  AUDIT: SESSION,1,1,DDL,ALTER ROLE,,,ALTER ROLE ledger_app WITH PASSWORD 'N3w!Ledger#2025',<not logged>"),
    ['connection_secret:N3w!Ledger#2025'], 'pgaudit')
  tt.same(found("CREATE USER etl PASSWORD 'N3wLedger2025';"), ['connection_secret:N3wLedger2025'], 'Redshift')
  tt.same(found("CREATE USER 'app'@'%' IDENTIFIED BY 'S3cr3t!x';"), ['connection_secret:S3cr3t!x'], 'MySQL')
  tt.same(found("ORDER BY 'x', GROUP BY 'y'"), [], 'other SQL keywords before a literal')
})

t.test("Redshift's KMS_KEY_ID literal is a KMS key id", async tt => {
  tt.same(found("UNLOAD ('select 1') TO 's3://halvard-dw-exports/r_' KMS_KEY_ID '3c7e1a9f-5b2d-4e80-a6c4-9f2e0d8b7a15' ENCRYPTED;"),
    ['s3_bucket:halvard-dw-exports', 'kms_key:3c7e1a9f-5b2d-4e80-a6c4-9f2e0d8b7a15'])
  tt.same(found("KMS_KEY_ID 'not-a-key'"), [], 'only a key id')
})

t.test('`--pass` is a password flag', async tt => {
  tt.same(found("redis-cli -h x --tls --user app-rw --pass 'Tz8#pLq2Vw9!xRm4Kd7' SLOWLOG GET 3"), ['connection_secret:Tz8#pLq2Vw9!xRm4Kd7'])
  tt.same(found('ls --pass-through x'), [], 'a longer flag')
})

t.test('`ECS_CLUSTER=` names an ECS cluster', async tt => {
  tt.same(found("echo 'ECS_CLUSTER=halvard-batch-ecs' >> /etc/ecs/ecs.config"), ['ecs_cluster:halvard-batch-ecs'])
  tt.same(found('ECS_CLUSTER=default'), [], 'the default cluster is AWS\'s')
})

t.test('`--iam-role` names an IAM role', async tt => {
  tt.same(found('aws ssm create-activation --iam-role halvard-ssm-onprem --registration-limit 50'), ['iam_role:halvard-ssm-onprem'])
})
