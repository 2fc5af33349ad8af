// Round 14: `RDS <name>` with no `instance` after the service (`RDS ashcombe-core-pg CPU 97%` in an
// alert note) let the name out in clear, where `DB <name>` and `ASG <name>` were masked; and an
// RDS engine, parameter group family or CA id after `DB` / `RDS` (`DB aurora-postgresql 15.4`) was
// masked as a database's name. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a database named after RDS', async (tt) => {
  tt.same(found('ASG api-blue-asg scaling in. RDS ashcombe-core-pg CPU 97%.'),
    ['resource_name:api-blue-asg', 'rds_instance:ashcombe-core-pg'])
  tt.same(found('our RDS orchard-catalog-pg is fine'), ['rds_instance:orchard-catalog-pg'])
})

t.test('AWS\'s engines after DB or RDS stay', async (tt) => {
  tt.same(found('the DB aurora-postgresql 15.4 upgrade, RDS postgres16 family, RDS rds-ca-rsa2048-g1 and DB mysql8.0'), [])
  tt.same(found('RDS db.r6g.large, RDS multi-az, aws rds describe-db-instances'), [], 'types, words and commands as before')
  tt.same(found('RDS MySQL 8.0 and DB PostgreSQL; RDS read-replicas, RDS for-postgresql, RDS io2-bx, RDS option-groups and RDS parameter-groups'), [],
    'engines in any case and RDS\'s own feature words')
})
