// Round 27 (generative AI on AWS): Bedrock names knowledge bases, data sources, agents and their
// aliases, action groups and ingestion jobs by ten upper-case letters and digits. Without their ARN
// in the same paste they went out in clear: as JSON fields and CLI options (`knowledgeBaseId`,
// `--data-source-id`, `x-amz-bedrock-kb-data-source-id`) and in prose (`knowledge base RLQ7X2M9KZ`,
// the service's own `Knowledge base with id ... does not exist`). A knowledge base's `name` (under
// `knowledgeBase`, or beside a `guardrailArn`) stayed too. A custom model's ARN lost its base model
// (`custom-model/amazon.titan-text-express-v1:0:8k/<id>`), which is AWS's. Regression tests, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { roundTripMasker } from './round-trip-helper.js'

t.test('Bedrock ids under their fields and options', async tt => {
  tt.same(found('"knowledgeBaseId": "VB6N2XQ8TR"'), ['resource_name:VB6N2XQ8TR'])
  tt.same(found('aws bedrock-agent get-ingestion-job --knowledge-base-id WX4KQ7WM2P --data-source-id M3RX8KQ2VN --ingestion-job-id QW7ZK2XM9B'),
    ['resource_name:WX4KQ7WM2P', 'resource_name:M3RX8KQ2VN', 'resource_name:QW7ZK2XM9B'])
  tt.same(found('"x-amz-bedrock-kb-data-source-id": "H2K9WM4QZT"'), ['resource_name:H2K9WM4QZT'])
  tt.same(found("{'knowledgeBaseId': 'TG5QZ8KM3W', 'type': 'KNOWLEDGE_BASE'}"), ['resource_name:TG5QZ8KM3W'])
  tt.same(found('agentAliasId: TSTALIASID'), [], "the draft's test alias is AWS's")
})

t.test('Bedrock ids in prose', async tt => {
  tt.same(found('a Lambda calls StartIngestionJob on knowledge base `RLQ7X2M9KZ` whenever'), ['resource_name:RLQ7X2M9KZ'])
  tt.same(found('ResourceNotFoundException: Knowledge base with id TG5QZ8KM3W does not exist'), ['resource_name:TG5QZ8KM3W'])
  tt.same(found('or re-sync the whole data source (id `D8WQ4ZT2XM`)?'), ['resource_name:D8WQ4ZT2XM'])
  tt.same(found('Agent K7RZQ2XW4M answers with the draft'), ['resource_name:K7RZQ2XW4M'])
  for (const text of ['a knowledge base for HR', 'the agent DRAFT version', 'data source ABCDEFGHIJ', 'knowledge base 2026110712', 'the agent TSTALIASID']) {
    tt.same(found(text), [], text)
  }
})

t.test("a knowledge base's and a guardrail's name", async tt => {
  tt.ok(found('{"knowledgeBase": {"knowledgeBaseId": "ZX4KQ7WM2P", "name": "harbourline-policies-kb", "status": "ACTIVE"}}').includes('resource_name:harbourline-policies-kb'))
  tt.ok(found('{"name": "brightlane-phi", "guardrailArn": "arn:aws:bedrock:us-west-2:702846193350:guardrail/r8k2xq7mw4tz"}').includes('resource_name:brightlane-phi'))
  tt.ok(found('{"dataSource": {"name": "hr-docs-s3", "status": "AVAILABLE"}}').includes('resource_name:hr-docs-s3'))
  tt.same(found('{"dataSource": {"name": "Prometheus"}}'), [], 'a plain word under a data source (Grafana) stays')
})

t.test("a custom model's ARN keeps its base model", async tt => {
  tt.same(found('arn:aws:bedrock:us-west-2:702846193350:custom-model/amazon.titan-text-express-v1:0:8k/7wq2kz9xm4tb'),
    ['account_id:702846193350', 'arn:7wq2kz9xm4tb'])
  tt.same(found('arn:aws:bedrock:us-east-1:123456789012:custom-model/meta.llama3-8b-instruct-v1:0/abcd1234efgh'),
    ['account_id:123456789012', 'arn:abcd1234efgh'])
  tt.same(found('arn:aws:bedrock:us-west-2:702846193350:custom-model/acme-model/7wq2kz9xm4tb'),
    ['account_id:702846193350', 'arn:acme-model', 'arn:7wq2kz9xm4tb'], 'no base model: every part masked')
  const masked = roundTripMasker(tt)
  tt.equal(await masked('--model-id arn:aws:bedrock:us-west-2:702846193350:custom-model/amazon.titan-text-express-v1:0:8k/7wq2kz9xm4tb'),
    '--model-id arn:aws:bedrock:us-west-2:ACCOUNT_ID_1:custom-model/amazon.titan-text-express-v1:0:8k/ARN_1')
})
