// Red team round 8 (test/fixtures/blackbox-7/): AWS's own values under name fields were masked as
// customer names: Local and Wavelength Zone groups under `GroupName`, zone ids, and the
// CloudWatch namespaces of AWS's agents under `namespace`.
import t from 'tap'
import { found, maskedWithRoundTrip } from './blackbox-helpers.js'

t.test('Local Zone and Wavelength Zone names, groups and ids are kept', async tt => {
  tt.same(found('{"ZoneName": "us-west-2-lax-1a", "GroupName": "us-west-2-lax-1", "NetworkBorderGroup": "us-west-2-lax-1"}'), [], 'Local Zone group')
  tt.same(found('{"ZoneName": "us-east-1-wl1-bos-wlz-1", "GroupName": "us-east-1-wl1", "ZoneId": "use1-wl1-bos-wlz1"}'), [], 'Wavelength Zone')
  tt.same(found('GroupName: eu-north-1-cph-1a\nZoneId: eun1-cph1-az1'), [], 'YAML, a zone and its id')
  tt.same(found('"GroupName": "us-gov-west-1"'), [], 'GovCloud region')
  const masked = await maskedWithRoundTrip('"GroupName": "us-west-2-lax-1", "SubnetId": "subnet-06d8f0b2a4c6e1357"')
  tt.ok(masked.includes('"us-west-2-lax-1"') && !masked.includes('subnet-06d8f0b2a4c6e1357'), 'kept beside a masked id')
})

t.test('names that merely start like a region are still masked', async tt => {
  tt.same(found('"GroupName": "us-west-2-lax-edi"'), ['resource_name:us-west-2-lax-edi'], 'a customer name with a region head')
  tt.same(found('"GroupName": "eu-west-1-web-sg"'), ['resource_name:eu-west-1-web-sg'], 'a security group name')
  tt.same(found('"GroupName": "us-east-1-wl1-edge-nodes"'), ['resource_name:us-east-1-wl1-edge-nodes'], 'after a Wavelength group')
})

t.test('CloudWatch namespaces of AWS agents are kept, custom ones are not', async tt => {
  tt.same(found('"namespace": "CWAgent"'), [], 'CloudWatch agent')
  tt.same(found('{"Namespace": "ContainerInsights"}'), [], 'Container Insights')
  tt.same(found('namespace: ECS/ContainerInsights'), [], 'ECS Container Insights')
  tt.same(found('"namespace": "LambdaInsights"'), [], 'Lambda Insights')
  tt.same(found('"namespace": "AWS/SQS"'), [], 'AWS/ service namespace, as before')
  tt.same(found('"namespace": "Corvina/EDI"'), ['resource_name:Corvina/EDI'], 'a custom namespace')
  tt.same(found('"namespace": "cwagent-prod"'), ['resource_name:cwagent-prod'], 'a Kubernetes namespace that starts like one')
})
