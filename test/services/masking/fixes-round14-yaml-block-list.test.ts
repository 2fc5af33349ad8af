// Round 14: a name key over a YAML block list (aws-nuke's filters: `IAMRole:` then `  - "x"` lines,
// `LambdaFunction:`, `S3Bucket:`) let every item out in clear, where a flow list (`[a, b]`) was read;
// `IAMRole`, `IAMUser`, `IAMGroup`, `EC2SecurityGroup` named nothing. Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('the items of a block list under a name key', async (tt) => {
  tt.same(found([
    'filters:',
    '  IAMRole:',
    '    - "acme-breakglass-admin"',
    '    - AWSControlTowerExecution',
    '    - acme-gha-deployer # ci',
    '    - type: glob',
    '      value: "aws-controltower-*"',
    '  LambdaFunction:',
    '  - acme-fn',
    '  - arn:aws:lambda:eu-west-1:123456789012:function:acme-fn2',
    '  IAMUser:',
    '    - "svc-nuke-runner"'
  ].join('\n')), ['iam_role:acme-breakglass-admin', 'iam_role:acme-gha-deployer', 'lambda_function:acme-fn', 'account_id:123456789012',
    'lambda_function:acme-fn2', 'iam_user:svc-nuke-runner'])
  tt.same(found('KMSKey:\n  - "6f1c2e8a-93d4-4b7a-a5e0-d2c8b19f4e37"\n  - alias/aws/s3\n'), ['kms_key:6f1c2e8a-93d4-4b7a-a5e0-d2c8b19f4e37'], 'a key id under a KMS key\'s key')
  tt.same(found('  KMSAlias:\n    - "alias/acme-tfstate"\n    - alias/acme-logs\n  Git:\n    - alias/shortcuts\n'),
    ['resource_name:acme-tfstate', 'resource_name:acme-logs'], 'KMS aliases under their key: the key line says KMS; another list stays')
  tt.same(found('The old key alias is alias/acme-ingest-cmk; the CMK alias/acme-2 too'), ['resource_name:acme-ingest-cmk', 'resource_name:acme-2'], 'prose naming a key alias')
  tt.same(found('roles:\n  - acme-admin\nsteps:\n  - run-tests\n'), [], 'keys that name nothing: no list read')
  tt.same(found('EKS_NODE_IAM_ROLE=acme-eks-node\n'), ['iam_role:acme-eks-node'], 'a service-prefixed key alone')
})
