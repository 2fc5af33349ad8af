// Round 26 (Windows workloads on AWS): words Windows and AWS own, masked as names. Event XML's
// `<Data Name="IpPort">` and `<Provider Name="Microsoft-Windows-Security-Auditing">`, the `-Name`
// of a cmdlet that is not AWS's (`Set-ItemProperty IIS:\x -Name processModel`), SSM's plugin
// names (`"Name": "aws:runPowerShellScript"`), AWS's Windows AMI names in a registry export,
// RDS for SQL Server's procedures in prose (`rds_backup_database`), EC2Launch's
// `$REGION.ec2-utilities.amazonaws.com` and a browser's version in a user agent
// (`Chrome/131.0.0.0`). Names of AWS's cmdlets and customer values stay masked. Regression
// test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

t.test('Name attributes and parameters that name no resource', async tt => {
  tt.same(found('    <Data Name="IpPort">51732</Data>'), [])
  tt.same(found('<Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}" />'), [])
  tt.same(found('Set-ItemProperty IIS:\\AppPools\\X -Name processModel -Value @{a=1}'), [])
  tt.same(found('"commands": ["Get-Service -Name AmazonSSMAgent | Restart-Service"]'), [])
  tt.same(found('Get-SSMParameter -Name prod-db-url'), ['resource_name:prod-db-url'], "an AWS cmdlet's -Name")
  tt.same(found('Get-IISAppPool -Name acme-portal-pool'), ['resource_name:acme-portal-pool'], 'a capitals prefix: read as AWS, fail closed')
  tt.same(found('"Name": "aws:runPowerShellScript",'), [])
  tt.same(found('"Name": "aws:domainJoin"'), [])
  tt.same(found('<Tag Name="acme-web-01" />'), ['resource_name:acme-web-01'])
})

t.test("AWS's AMI names and RDS's procedures", async tt => {
  tt.same(found('"AMIName"="Windows_Server-2022-English-Full-Base-2026.11.12"'), [])
  tt.same(found('"AMIName"="acme-golden-win-2026"'), ['resource_name:acme-golden-win-2026'])
  tt.same(found('What else gives Access Denied for rds_backup_database?'), [])
  tt.same(found('then run rds_restore_database and rds_task_status'), [])
  tt.same(found('the rds-prod-01 instance'), ['rds_instance:rds-prod-01'])
})

t.test('a variable before an AWS host, a browser version', async tt => {
  tt.same(found('            - $REGION.ec2-utilities.amazonaws.com'), [])
  tt.same(found('acme.s3.amazonaws.com'), ['s3_bucket:acme'])
  tt.same(found('Mozilla/5.0+(Windows+NT+10.0)+Chrome/131.0.0.0+Safari/537.36 Edg/131.0.0.0'), [])
  tt.same(found('GET /hosts/52.95.155.27 from 81.2.69.160'), ['ipv4_public:52.95.155.27', 'ipv4_public:81.2.69.160'])
})
