// Round 26 (Windows workloads on AWS): host names and ids Windows shows. A host named after its
// address in hex (`IP-0A4D012D`, AWS Managed Microsoft AD's domain controllers), FSx for Windows'
// file server (`amznfsxq7k2m4xv.corp.example.com`) and SSM's managed instances (`mi-` and 17 hex) were
// left in clear; an instance profile named in prose (`instance profile is \`x\``) too; and PowerShell's
// `Key  Value` table of tags kept `Name` and `aws:cloudformation:stack-name` values. Regression
// test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('hex-address and FSx host names', async tt => {
  tt.same(found("Joining domain 'corp' with DC \\\\IP-0A4D012D.corp.kinloch.net (10.77.1.45)"), ['aws_hostname:IP-0A4D012D', 'ipv4_private:10.77.1.45'])
  tt.same(found('Server: ip-ac1f0b2e'), ['aws_hostname:ip-ac1f0b2e'])
  tt.same(found('DNSName : amznfsxq7k2m4xv.corp.kinloch.net'), ['aws_hostname:amznfsxq7k2m4xv'])
  tt.same(found('\\\\amznfsx0a1b2c3d\\share\\Finance'), ['aws_hostname:amznfsx0a1b2c3d'])
  tt.same(found('IP-ABCDEFAB and ip-address and IP-0A4D012D7 stay'), [], 'no digit, a word, nine digits')
})

t.test('SSM managed instance ids', async tt => {
  tt.same(found('mi-04a9c3e7f1b28d650 Online'), ['ec2_instance:mi-04a9c3e7f1b28d650'])
  tt.same(found('aws ssm start-session --target mi-0123456789abcdef0'), ['ec2_instance:mi-0123456789abcdef0'])
  tt.same(found('mi-go and mi-1 stay'), [])
})

t.test('an instance profile in prose', async tt => {
  tt.same(found('instance profile is `pay-app-ec2-profile` (role'), ['iam_instance_profile:pay-app-ec2-profile'])
  tt.same(found('the instance profile web-tier-profile has no role'), ['iam_instance_profile:web-tier-profile'])
  tt.same(found('an instance profile for the role'), [])
})

t.test("PowerShell's table of tags", async tt => {
  const table = 'Key                           Value\r\n---                           -----\r\nName                          HRWG-WEB-PRD-01\r\n' +
    'Environment                   production\r\naws:cloudformation:stack-name hrwg-iis-web-prod\r\naws:autoscaling:groupName     hrwg-web-asg\r\n\r\nPS C:\\> '
  tt.same(found(table), ['resource_name:HRWG-WEB-PRD-01', 'cloudformation_stack:hrwg-iis-web-prod', 'resource_name:hrwg-web-asg'])
  tt.same(found('Key         Value\n---         -----\nEnvironment production\nCostCenter  CC-4471\n'), [], 'no naming key')
})
