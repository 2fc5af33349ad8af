// A generic `name` under a key naming a resource (`{"cluster": {"name": "prod-eks-main"}}`,
// `{"bucket": {"name": "acme-exports"}}`, YAML `cluster:\n  name: x`) went out in clear: lower-case
// `name` is no name field (chat and tool JSON use it). It is now read as the parent's name field
// (`bucket` as BucketName), in flat text and in the JSON walk, unless the object is a tool's: a
// tool's key beside the name (arguments, parameters, input, description, ...) or `type: function`
// in the object around it (OpenAI tool_calls, tools, tool_choice). `tool`, `tool_use` and `user`
// are no resource nouns; ambiguous nouns (function, role, cluster, instance) need an AWS-shaped
// value (`-`, `_`, `.`, a digit), as prose nouns do.
import t from 'tap'
import { found, maskedWithRoundTrip, openScope } from './blackbox-helpers.js'

t.test('flat JSON: a name under a resource noun', async tt => {
  tt.same(found('{"cluster": {"name": "prod-main"}}'), ['resource_name:prod-main'])
  tt.same(found('{"bucket": {"name": "acme-payroll-exports", "region": "us-east-1"}}'), ['s3_bucket:acme-payroll-exports'])
  tt.same(found('{"bucket": {"name": "payroll"}}'), ['s3_bucket:payroll'], 'a bucket needs no shape')
  tt.same(found('{"queue": {"region": "us-east-1", "name": "billing-dlq"}}'), ['sqs_queue:billing-dlq'], 'the name after a sibling')
  tt.same(found('{"function": {"name": "invoice-sync", "runtime": "nodejs20.x"}}'), ['lambda_function:invoice-sync'])
  tt.same(found('{\n  "table": {\n    "name": "orders-v2",\n    "billing": "PAY_PER_REQUEST"\n  }\n}'), ['dynamodb_table:orders-v2'])
  tt.same(found('{"db": {"tags": {"a": "b"}, "name": "orders-pg"}}'), ['rds_instance:orders-pg'], 'a nested object before it')
})

t.test('flat JSON: tool and function calls stay', async tt => {
  tt.same(found('{"function": {"name": "get_weather", "arguments": "{}"}}'), [])
  tt.same(found('{"type": "function", "function": {"name": "get_weather", "description": "x", "parameters": {}}}'), [])
  tt.same(found('{"tool_choice": {"type": "function", "function": {"name": "get_weather"}}}'), [], 'type: function around it')
  tt.same(found('{"messages": [{"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}}]}]}'), [])
  tt.same(found('{"tool": {"name": "search_docs"}}'), [])
  tt.same(found('{"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}}'), [])
  tt.same(found('{"role": {"name": "admin"}}'), [], 'an ordinary word under an ambiguous noun')
  tt.same(found('{"user": {"name": "jane_doe"}}'), [], 'user is a chat noun')
})

t.test('JSON in a JSON string (read flat)', async tt => {
  tt.same(found('{"text": "{\\"cluster\\": {\\"name\\": \\"prod-main\\"}}"}'), ['resource_name:prod-main'])
  tt.same(found('{"a": "{\\\\\\"bucket\\\\\\": {\\\\\\"name\\\\\\": \\\\\\"acme-x\\\\\\"}}"}'), ['s3_bucket:acme-x'], 'twice')
  tt.same(found('{"t": "{\\"function\\": {\\"name\\": \\"get_weather\\", \\"arguments\\": \\"{}\\"}}"}'), [])
  tt.same(found('{"t": "{\\"type\\": \\"function\\", \\"function\\": {\\"name\\": \\"get_weather\\"}}"}'), [])
  tt.same(found('{"q": {"note": "a \\"quoted\\" word", "x": "\\\\"}, "queue": {"name": "billing-dlq"}}'), ['sqs_queue:billing-dlq'], 'escaped quotes and backslashes before it')
})

t.test('YAML: a name under a resource noun', async tt => {
  tt.same(found('cluster:\n  name: prod-main\n  region: us-east-1\n'), ['resource_name:prod-main'])
  tt.same(found('function:\n  name: get_weather\n  description: Get weather\n  parameters:\n    type: object\n'), [], 'a tool definition')
  tt.same(found('function:\n  name: invoice-sync\n'), [], 'YAML function: and role: blocks are chat and tool settings')
  tt.same(found('queue:\n  name: billing\n  visibilityTimeout: 30\n'), ['sqs_queue:billing'])
})

t.test('the JSON walk', async tt => {
  const { scope, close } = await openScope()
  tt.teardown(close)
  const value = {
    cluster: { name: 'prod-eks-main' },
    bucket: { name: 'acme-payroll-exports', region: 'us-east-1' },
    tools: [{ type: 'function', function: { name: 'get_weather', description: 'x', parameters: {} } }],
    tool_choice: { type: 'function', function: { name: 'lookup_orders' } },
    call: { function: { name: 'summarise_logs', arguments: '{}' } },
    role: { name: 'admin' }
  }
  const masked = await scope.maskJson(value) as typeof value
  tt.notMatch(JSON.stringify(masked), /prod-eks-main|acme-payroll-exports/)
  tt.equal(masked.tools[0].function.name, 'get_weather')
  tt.equal(masked.tool_choice.function.name, 'lookup_orders')
  tt.equal(masked.call.function.name, 'summarise_logs')
  tt.equal(masked.role.name, 'admin')
  tt.strictSame(scope.unmaskJson(masked), value)
})

t.test('masked and restored', async tt => {
  const masked = await maskedWithRoundTrip('{"cluster": {"name": "prod-main"}, "bucket": {"name": "acme-payroll-exports"}}')
  tt.notMatch(masked, /prod-main|acme-payroll/)
})
