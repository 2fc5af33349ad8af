// CloudWatch documents mix account ids as JSON numbers (`"Values":[123456789012]`) and as strings
// (a dimension value, a label), and a metric array gives its strings the dimension name before
// them as context. A tool input the model writes with their tokens must come back as the same
// JSON streamed (SSE input_json_delta through the stream restorer) as in the JSON answer. A
// metric array's string was typed under its dimension name, its numbers under the array's field
// (the only field a streamed restorer sees): a number in one came back from the JSON answer as
// a string, and streamed as a number.
import t from 'tap'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { restoreMessage } from '../../../services/proxy/response-restorer.js'
import { createStreamRestorer } from '../../../services/proxy/stream-restorer.js'
import { createSseFramer } from '../../../services/proxy/sse.js'
import { fold, frame } from './sse-helpers.js'

const ACCOUNT = 210987654321
const OTHER = 123456789012
const DOCS: unknown[] = [
  { MetricDataResults: [{ Id: 'm1', Label: String(ACCOUNT), Values: [ACCOUNT, 5.5, OTHER], StatusCode: 'Complete' }] },
  { Metrics: [{ Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-0123456789abcdef0' }, { Name: 'AccountId', Value: String(OTHER) }] }] },
  { widgets: [{ properties: { metrics: [['AWS/Usage', 'CallCount', 'AccountId', String(ACCOUNT)], ['AWS/Usage', 'CallCount', 'AccountId', OTHER], ['...', 'AccountId', String(ACCOUNT)]] } }] },
  { Values: [OTHER, ACCOUNT], Value: String(ACCOUNT), Dimensions: [{ Name: 'AccountId', Value: String(ACCOUNT) }] }
]

/** The SSE stream of a tool_use block whose input JSON comes in deltas of `size` chars. */
function toolUseStream (input: string, size: number): Buffer {
  const deltas: string[] = []
  for (let i = 0; i < input.length; i += size) deltas.push(input.slice(i, i + size))
  return Buffer.from([
    frame('message_start', { type: 'message_start', message: { content: [] } }),
    frame('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 't', name: 'put_metric', input: {} } }),
    ...deltas.map((partial_json) => frame('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json } })),
    frame('content_block_stop', { type: 'content_block_stop', index: 0 }),
    frame('message_stop', { type: 'message_stop' })
  ].join(''))
}

t.test('CloudWatch metric ids typed per field: streamed tool input equals the JSON answer, and the original', async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  t.teardown(() => scope.release())
  const masked = await Promise.all(DOCS.map(async (doc) => await scope.maskJson(doc)))
  for (let d = 0; d < DOCS.length; d++) {
    const raw = JSON.stringify(masked[d])
    t.notMatch(raw, /210987654321|123456789012|0123456789abcdef0/, `masked: ${raw}`)
    const answer = restoreMessage(scope, { content: [{ type: 'tool_use', id: 't', name: 'put_metric', input: masked[d] }] }) as { content: Array<{ input: unknown }> }
    t.strictSame(answer.content[0].input, DOCS[d], `the JSON answer restores document ${d}`)
    for (const size of [1, 2, 7, raw.length]) {
      const restorer = createStreamRestorer(scope)
      const events = [...createSseFramer().push(toolUseStream(raw, size)).flatMap((e) => restorer.push(e)), ...restorer.end()]
      t.strictSame(fold(events).content[0].input, answer.content[0].input, `document ${d} streamed in deltas of ${size}`)
    }
  }
})
