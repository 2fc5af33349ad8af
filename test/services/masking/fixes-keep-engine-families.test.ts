// Keep audit (keep-audit-json.test.ts): a parameter group family (`aurora-postgresql15`,
// `aurora-mysql8.0`) read on its own looked self-describing (`aurora` + a digit) and was masked as
// an Aurora cluster; the families and engine names are AWS's.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('engine families are no self-describing names', async tt => {
  tt.same(found('"DBParameterGroupFamily": "aurora-postgresql15"'), [], 'JSON')
  tt.same(found('family aurora-postgresql16 and aurora-mysql8.0 and aurora-mysql5.7'), [], 'prose')
  tt.same(found('--db-parameter-group-family aurora-postgresql14'), [], 'a flag')
})

t.test('self-describing customer names are still masked', async tt => {
  tt.same(found('connect to aurora-orders-prod now'), ['rds_cluster:aurora-orders-prod'])
  tt.same(found('see aurora-postgresql-prod-01'), ['rds_cluster:aurora-postgresql-prod-01'])
})
