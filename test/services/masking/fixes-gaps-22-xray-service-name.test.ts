// Red team round 19, left over: an X-Ray segment document of a service on EC2 (`{"name":
// "label-renderer", "origin": "AWS::EC2::Instance"}`) kept the service's name: no ARN beside it said
// whose it was. An `origin` of the customer's compute says the segment's `name` is the customer's
// service, read as `Name`; AWS's own origins (`AWS::DynamoDB::Table`) name AWS's. Regression test, failing before.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { found } from './blackbox-helpers.js'

t.test('a segment name beside a service origin', async tt => {
  tt.same(found('{"id":"0e9d8c7b6a5f4e3d","name":"label-renderer","start_time":1733481633.615,"origin":"AWS::EC2::Instance","fault":true}'),
    ['resource_name:label-renderer'])
  tt.same(found('{\\"origin\\": \\"AWS::ECS::Container\\", \\"name\\": \\"edi_gateway\\"}'), ['resource_name:edi_gateway'], 'JSON in a JSON string')
  tt.same(found('{"name": "CheckoutApi", "origin": "AWS::ElasticBeanstalk::Environment"}'), ['resource_name:CheckoutApi'])
})

t.test('parsed JSON', async tt => {
  const store = createMemoryStore({ maxMappings: 1000 })
  const scope = await createMasker({ store }).openScope()
  const value = { Segments: [{ name: 'label-renderer', origin: 'AWS::EC2::Instance' }, { name: 'DynamoDB', origin: 'AWS::DynamoDB::Table', inferred: true }] }
  const masked = JSON.stringify(await scope.maskJson(value))
  tt.notOk(masked.includes('label-renderer'))
  tt.ok(masked.includes('"name":"DynamoDB"'))
  tt.strictSame(scope.unmaskJson(JSON.parse(masked)), value)
  await scope.release()
  await store.close()
})

t.test('what names AWS or nothing stays', async tt => {
  for (const text of ['{"name":"DynamoDB","origin":"AWS::DynamoDB::Table","inferred":true}', '{"name":"SQS","origin":"AWS::EC2::Instance"}',
    '{"name":"render","origin":"AWS::EC2::Instance"}', '{"name":"label-renderer","origin":"on-prem"}']) tt.same(found(text), [], text)
})
