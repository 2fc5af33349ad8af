// An S3 interface endpoint's DNS name (`vpce-<id>-<suffix>.s3.<region>.vpce.amazonaws.com`, red
// team round 15) was read as a bucket's host: the endpoint's label became S3_BUCKET_1. The label
// holds the endpoint's id (masked as a VPC endpoint, as it is everywhere else) and the DNS name's
// suffix (a host label); the bucket stands before it (virtual-hosted) or in the path (path style).
import t from 'tap'
import { found, openScope } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

const HOST = 'vpce-0abc1234def567890-xyz12345.s3.us-east-1.vpce.amazonaws.com'

t.test('an interface endpoint\'s id is masked as a VPC endpoint, the bucket as a bucket', async tt => {
  tt.same(found(`https://${HOST}/acme-claims-archive/2019/a.pdf`), ['vpc_endpoint:vpce-0abc1234def567890', 'aws_hostname:xyz12345', 's3_bucket:acme-claims-archive'], 'path style')
  tt.same(found(`https://acme-claims-archive.${HOST}/2019/a.pdf`), ['s3_bucket:acme-claims-archive', 'vpc_endpoint:vpce-0abc1234def567890', 'aws_hostname:xyz12345'], 'virtual-hosted')
  tt.same(found('aws s3 ls --endpoint-url https://bucket.vpce-0abc1234def567890-xyz12345.s3.us-east-1.vpce.amazonaws.com'), ['s3_bucket:bucket', 'vpc_endpoint:vpce-0abc1234def567890', 'aws_hostname:xyz12345'])
  tt.same(found('vpce-0a2c4e6f8b1d3a5c7-x9k2m4q7-eu-west-1a.ec2.eu-west-1.vpce.amazonaws.com'), ['vpc_endpoint:vpce-0a2c4e6f8b1d3a5c7', 'aws_hostname:x9k2m4q7-eu-west-1a'], 'a zonal name')
  const masked = roundTripMasker(tt)
  tt.equal(await masked(`"VpcEndpointId": "vpce-0abc1234def567890", "DnsName": "*.${HOST}"`),
    '"VpcEndpointId": "VPC_ENDPOINT_1", "DnsName": "*.VPC_ENDPOINT_1-AWS_HOSTNAME_1.s3.us-east-1.vpce.amazonaws.com"', 'one token for the id')
})

t.test('the masked hosts pass the leak check', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  for (const text of [`https://${HOST}/acme-claims-archive/k`, `https://acme-claims-archive.${HOST}/k`, `*.${HOST}`]) {
    const masked = await scope.maskText(text)
    await tt.resolves(scope.assertClean(masked), masked)
  }
})
