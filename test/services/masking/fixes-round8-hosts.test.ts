// Red team round 8 (test/fixtures/blackbox-7/): AWS hosts. An ssh login at an AWS host
// (`ec2-user@ip-10-0-1-23.<region>.compute.internal`) was masked whole as an e-mail address,
// hiding the region and the OS user the model needs.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('user@<AWS host>: the host is masked as a host, the login user and AWS suffix stay', async tt => {
  tt.same(found('ssh ec2-user@ec2-3-120-181-44.eu-central-1.compute.amazonaws.com'), ['ipv4_public:3-120-181-44'], 'public EC2 name')
  tt.same(found('root@ip-10-33-74-139.ap-northeast-1.compute.internal'), ['ipv4_private:10-33-74-139'], 'console output key comment')
  tt.same(found('ssh -i k.pem ubuntu@ip-10-0-1-2.ec2.internal uptime'), ['ipv4_private:10-0-1-2'], 'us-east-1 internal name')
  tt.same(found('ssh -J bastion ec2-user@corvina-edi.cluster-c7xk2m9pqz4r.eu-west-1.rds.amazonaws.com'),
    ['rds_cluster:corvina-edi', 'aws_hostname:c7xk2m9pqz4r'], 'any AWS host') // `cluster-` stays readable (round 23)
  const masked = await maskedWithRoundTrip('ssh ec2-user@ip-10-137-44-62.eu-west-1.compute.internal')
  tt.ok(masked.includes('ec2-user@') && masked.includes('.eu-west-1.compute.internal') && !masked.includes('10-137-44-62'), masked)
})

t.test('e-mail addresses elsewhere are masked whole, as before', async tt => {
  tt.same(found('mail jane.doe@acme-corp.com now'), ['email:jane.doe@acme-corp.com'], 'customer domain')
  tt.same(found('mail ops@github.com now'), ['email:ops@github.com'], 'not an AWS host (a forge\'s `git@` login is no mailbox: fixes-round17-measures-mailboxes)')
  tt.same(found('j.okafor@corvina-freight.example'), ['email:j.okafor@corvina-freight.example'], 'example domain')
  tt.same(found('sender no-reply@sns.amazonaws.com'), [], 'an AWS service address names no customer')
})

t.test('the OS users AWS images and Session Manager create are no IAM user names', async tt => {
  tt.same(found('the login user is ec2-user on Amazon Linux'), [], 'Amazon Linux')
  tt.same(found('sessions run as user ssm-user'), [], 'Session Manager')
  tt.same(found('the IAM user ec2-deployer has no MFA'), ['iam_user:ec2-deployer'], 'a customer user')
})

t.test('CloudFront in China and the ISO partitions\' endpoints are AWS hosts', async tt => {
  tt.same(found('| CloudFront | `d1x7kq9m3vzw2p.cloudfront.cn` |'), ['aws_hostname:d1x7kq9m3vzw2p'], 'cloudfront.cn')
  tt.same(found('https://corvina-iso-bucket.s3.us-iso-east-1.c2s.ic.gov/k'), ['s3_bucket:corvina-iso-bucket'], 'S3 in aws-iso')
  tt.same(found('https://x-archive.s3.us-isob-east-1.sc2s.sgov.gov/'), ['s3_bucket:x-archive'], 'S3 in aws-iso-b')
  tt.same(found('endpoints https://s3.us-iso-east-1.c2s.ic.gov and https://sts.us-isob-east-1.sc2s.sgov.gov'), [], 'service endpoints stay')
  tt.same(found('see www.whitehouse.gov, nasa.gov and d1x7kq9m3vzw2p.cloudfront.com'), [], 'other .gov and look-alike hosts')
  const masked = await maskedWithRoundTrip('CNAME d1x7kq9m3vzw2p.cloudfront.cn.')
  tt.ok(masked.includes('.cloudfront.cn.') && !masked.includes('d1x7kq9m3vzw2p'), masked)
})

t.test('AWS labels of Transfer Family and MemoryDB / ElastiCache configuration endpoints stay', async tt => {
  tt.same(found('sftp s-0123456789abcdef0.server.transfer.eu-west-1.amazonaws.com'), ['resource_name:s-0123456789abcdef0'], 'Transfer Family server host')
  tt.same(found('clustercfg.corvina-mem.k3xq9v.memorydb.eu-west-1.amazonaws.com:6379'), ['elasticache_cluster:corvina-mem', 'aws_hostname:k3xq9v'], 'MemoryDB')
  tt.same(found('clustercfg.corvina-cache.k3xq9v.euw1.cache.amazonaws.com'), ['elasticache_cluster:corvina-cache', 'aws_hostname:k3xq9v'], 'ElastiCache cluster mode')
  const masked = await maskedWithRoundTrip('redis-cli -c -h clustercfg.corvina-cache.k3xq9v.euw1.cache.amazonaws.com')
  tt.ok(masked.includes('-h clustercfg.') && !masked.includes('corvina-cache'), masked)
})
