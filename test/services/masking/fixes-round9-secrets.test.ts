// Red team round 9 (test/fixtures/blackbox-8/): passwords and a cluster name left in clear: the SQL
// literal after `PASSWORD` (a pgaudit line of `ALTER ROLE ... WITH PASSWORD '...'`) or MySQL's
// `IDENTIFIED BY`, the value of `redis-cli --pass`, and the ECS agent's `ECS_CLUSTER=` in user data.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a SQL password literal is a password', async tt => {
  tt.same(found("LOG:  AUDIT: SESSION,1,1,DDL,ALTER ROLE,,,ALTER ROLE ledger_app WITH PASSWORD 'N3w!Ledger#2025',<not logged>"),
    ['connection_secret:N3w!Ledger#2025'], 'pgaudit')
  tt.same(found("CREATE USER etl PASSWORD 'N3wLedger2025';"), ['connection_secret:N3wLedger2025'], 'Redshift')
  tt.same(found("CREATE USER 'app'@'%' IDENTIFIED BY 'S3cr3t!x';"), ['connection_secret:S3cr3t!x'], 'MySQL')
  tt.same(found("ORDER BY 'x', GROUP BY 'y'"), [], 'other SQL keywords before a literal')
})

t.test('`--pass` is a password flag', async tt => {
  tt.same(found("redis-cli -h x --tls --user app-rw --pass 'Tz8#pLq2Vw9!xRm4Kd7' SLOWLOG GET 3"), ['connection_secret:Tz8#pLq2Vw9!xRm4Kd7'])
  tt.same(found('ls --pass-through x'), [], 'a longer flag')
})

t.test('`ECS_CLUSTER=` names an ECS cluster', async tt => {
  tt.same(found("echo 'ECS_CLUSTER=halvard-batch-ecs' >> /etc/ecs/ecs.config"), ['ecs_cluster:halvard-batch-ecs'])
  tt.same(found('ECS_CLUSTER=default'), [], 'the default cluster is AWS\'s')
})
