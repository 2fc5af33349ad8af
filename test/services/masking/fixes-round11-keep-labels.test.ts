// Two over-masks of round 10 (blackbox-9's known gaps, now ordinary assertions there):
// `ECS task role (AccessKeyId ASIA...)` read the field label AccessKeyId as the role's name (a
// CamelCase API field name, `...Id`/`...Arn`/`...Name`, is a label, not a resource's name); and
// Packer's `source_ami_filter { filters = { name = "al2023-ami-2023.*-x86_64" } }` masked AWS's
// public AMI name pattern as a name (in a filter block, `name` is the AMI name filter: public image
// names of AWS and the distributions stay, a customer's image name is still masked).
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('an API field label after a noun is no name', async tt => {
  tt.same(found('using credentials from ECS task role (AccessKeyId ASIAXTQ7K2M4P9R3B6VN)'), ['access_key_id:ASIAXTQ7K2M4P9R3B6VN'])
  tt.same(found('function (FunctionName invoice-sync)'), [])
  tt.same(found('role DeployerRole and queue OrdersQueue'), ['iam_role:DeployerRole', 'sqs_queue:OrdersQueue'], 'CamelCase names still are names')
})

t.test('public AMI names in a Packer or Terraform filter block stay', async tt => {
  tt.same(found('  source_ami_filter {\n    filters = { name = "al2023-ami-2023.*-x86_64", virtualization-type = "hvm" }\n    owners = ["amazon"]\n  }'), [])
  tt.same(found('  source_ami_filter {\n    filters = {\n      name                = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"\n      root-device-type    = "ebs"\n    }\n  }'), [])
  tt.same(found('  filter {\n    name   = "name"\n    values = ["amzn2-ami-hvm-*-x86_64-gp2"]\n  }'), [])
  tt.same(found('  source_ami_filter {\n    filters = {\n      name = "tessaro-golden-*"\n    }\n  }'), ['resource_name:tessaro-golden-*'], 'a customer\'s image name is masked')
  tt.same(found('filters = { name = "al2023-ami-2023.*-x86_64" }\nname = "after-block"'), ['resource_name:after-block'], 'a name after the block')
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip('task role (AccessKeyId ASIAXTQ7K2M4P9R3B6VN)\nfilters = { name = "al2023-ami-2023.*-x86_64" }\n')
  tt.match(masked, /\(AccessKeyId ACCESS_KEY_ID_1\)/)
  tt.match(masked, /name = "al2023-ami-2023\.\*-x86_64"/)
})
