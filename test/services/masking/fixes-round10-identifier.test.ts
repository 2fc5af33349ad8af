// `identifier` names an RDS instance only as Terraform writes it (lower case, aws_db_instance):
// an Amazon Connect flow's actions are `"Identifier": "a1"`, and `a1`, `a2` were masked as RDS
// instances (then wherever they stood alone). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Identifier of a contact flow action is no RDS instance', async (tt) => {
  tt.same(found('{"Version":"2019-10-30","Actions":[{"Identifier":"a1","Type":"InvokeLambdaFunction"},{"Identifier": "a2"}]}'), [])
  tt.same(found('resource "aws_db_instance" "r" {\n  identifier = "tessaro-reporting-pg"\n}'), ['rds_instance:tessaro-reporting-pg'], 'Terraform\'s identifier still names one')
})
