// Red team round 20, left over: `aws vpc-lattice list-target-groups --query 'items[].[id,name,...]'
// --output text` printed the target group's name in clear: the camelCase APIs (VPC Lattice, RAM,
// EKS, CodeBuild) call a resource's name `name`, which --query reads only as `Name`. A selected
// `name` is read as `Name`, with its checks (no plain word, no enum). Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('a selected lower-case name is the resource name', async tt => {
  tt.same(found(`$ aws vpc-lattice list-target-groups --query 'items[].[id,name,type]' --output text
tg-0c8e2a7d4f1b93650\tmg-ledger-ecs-tg\tIP`), ['resource_name:tg-0c8e2a7d4f1b93650', 'resource_name:mg-ledger-ecs-tg'])
  tt.same(found(`aws ram get-resource-shares --resource-owner SELF --query "resourceShares[].[name,status]" --output json
[
    [
        "acme-shared-tgw",
        "ACTIVE"
    ]
]`), ['resource_name:acme-shared-tgw'], 'JSON output')
  tt.same(found(`aws vpc-lattice list-services --query 'items[].{Id:id,N:name}' --output yaml
- Id: svc-0f3b9d2c7e1a48650
  N: ledger_api`), ['resource_name:svc-0f3b9d2c7e1a48650', 'resource_name:ledger_api'], 'YAML under an alias')
  tt.same(found(`aws vpc-lattice list-services --query 'items[].name' --output text\npayments-api\tfx-rates-v2`),
    ['resource_name:payments-api', 'resource_name:fx-rates-v2'], 'one field of every item')
})

t.test('what is no name stays', async tt => {
  for (const text of [`aws vpc-lattice list-target-groups --query 'items[].[name,status]' --output text
web\tACTIVE`, `aws ecs describe-tasks --query 'tasks[].containers[].[name,lastStatus]' --output text
app\tRUNNING`, `aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.name]' --output text
None\trunning`]) tt.same(found(text), [], text)
})
