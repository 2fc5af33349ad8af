import t from 'tap'
import { maskAnthropicRequest, type MaskingScope } from '../../../services/proxy/request-masker.js'
import { fakeScope } from './fake-scope.js'

const ACCOUNT = '123456789012'
const INSTANCE = 'i-0a1b2c3d4e5f67890'
const scope = () => fakeScope({ ACCOUNT_ID_1: ACCOUNT, EC2_INSTANCE_1: INSTANCE })

const IMAGE = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: `AAAA${ACCOUNT}` } }

const request = () => ({
  model: `claude-${ACCOUNT}`,
  max_tokens: 100,
  system: [{ type: 'text', text: 'You are Claude Code.' }, { type: 'text', text: `account ${ACCOUNT}`, cache_control: { type: 'ephemeral' } }],
  tools: [{ name: 'lookup', description: `e.g. ${INSTANCE}`, input_schema: { type: 'object', properties: { [INSTANCE]: { type: 'string' } } } }],
  stop_sequences: [ACCOUNT, 'END'],
  metadata: { user_id: `user-${ACCOUNT}` },
  messages: [
    { role: 'user', content: `why is ${INSTANCE} down?` },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: `check ${INSTANCE}`, signature: `sig-${ACCOUNT}` },
        { type: 'redacted_thinking', data: `enc-${ACCOUNT}` },
        { type: 'text', text: `Looking at ${INSTANCE}`, citations: [{ type: 'char_location', cited_text: ACCOUNT, document_title: ACCOUNT }] },
        { type: 'tool_use', id: `toolu_${ACCOUNT}`, name: 'lookup', input: { id: INSTANCE, nested: [{ account: ACCOUNT, n: 5 }], [INSTANCE]: true } }
      ]
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: `toolu_${ACCOUNT}`, content: [{ type: 'text', text: `{"OwnerId":"${ACCOUNT}"}` }, IMAGE] },
        { type: 'tool_result', tool_use_id: 'toolu_2', content: `state of ${INSTANCE}` },
        { type: 'document', source: { type: 'text', media_type: 'text/plain', data: `doc ${ACCOUNT}` }, title: `t ${ACCOUNT}`, context: `c ${INSTANCE}` },
        { type: 'document', source: { type: 'content', content: [{ type: 'text', text: `inner ${ACCOUNT}` }] } },
        { type: 'document', source: { type: 'file', file_id: `file_${ACCOUNT}` } },
        { type: 'search_result', source: `https://x/${ACCOUNT}`, title: `r ${ACCOUNT}`, content: [{ type: 'text', text: INSTANCE }] },
        { type: 'text', text: `and ${ACCOUNT}?`, cache_control: { type: 'ephemeral' } }
      ]
    }
  ]
})

t.test('inPlace masks the request itself, with the same result as the copy', async t => {
  const copy = await maskAnthropicRequest(scope(), request())
  const input = request()
  const out = await maskAnthropicRequest(scope(), input, { inPlace: true })
  t.equal(out, input, 'the same object, not a clone')
  t.same(out, copy, 'masked exactly as the copy is')
  t.equal(input.messages[0].content, 'why is EC2_INSTANCE_1 down?', 'the customer text of the input itself is masked')
})

t.test('masks every customer-text field and nothing the API owns', async t => {
  const input = request()
  const before = JSON.stringify(input)
  const out = await maskAnthropicRequest(scope(), input) as any
  t.equal(JSON.stringify(input), before, 'input not modified')
  t.equal(out.model, input.model, 'model untouched')
  t.same(out.tools, [{ name: 'lookup', description: 'e.g. EC2_INSTANCE_1', input_schema: input.tools[0].input_schema }], 'tool description masked, property names kept')
  t.same(out.system, [{ type: 'text', text: 'You are Claude Code.' }, { type: 'text', text: 'account ACCOUNT_ID_1', cache_control: { type: 'ephemeral' } }])
  t.same(out.stop_sequences, ['ACCOUNT_ID_1', 'END'])
  t.equal(out.metadata.user_id, 'user-ACCOUNT_ID_1')
  t.equal(out.messages[0].content, 'why is EC2_INSTANCE_1 down?')
  const [thinking, redacted, text, toolUse] = out.messages[1].content
  t.same(thinking, { type: 'thinking', thinking: 'check EC2_INSTANCE_1', signature: `sig-${ACCOUNT}` }, 'thinking re-masked, signature kept')
  t.same(redacted, input.messages[1].content[1], 'redacted_thinking untouched')
  t.same(text, { type: 'text', text: 'Looking at EC2_INSTANCE_1', citations: [{ type: 'char_location', cited_text: 'ACCOUNT_ID_1', document_title: 'ACCOUNT_ID_1' }] })
  t.same(toolUse, { type: 'tool_use', id: `toolu_${ACCOUNT}`, name: 'lookup', input: { id: 'EC2_INSTANCE_1', nested: [{ account: 'ACCOUNT_ID_1', n: 5 }], EC2_INSTANCE_1: true } }, 'values and keys of tool input masked, id kept')
  const [r1, r2, d1, d2, d3, sr, last] = out.messages[2].content
  t.same(r1, { type: 'tool_result', tool_use_id: `toolu_${ACCOUNT}`, content: [{ type: 'text', text: '{"OwnerId":"ACCOUNT_ID_1"}' }, IMAGE] }, 'nested text masked, image and tool_use_id kept')
  t.equal(r2.content, 'state of EC2_INSTANCE_1')
  t.same([d1.source.data, d1.title, d1.context], ['doc ACCOUNT_ID_1', 't ACCOUNT_ID_1', 'c EC2_INSTANCE_1'])
  t.equal(d2.source.content[0].text, 'inner ACCOUNT_ID_1')
  t.same(d3, input.messages[2].content[4], 'file document untouched')
  t.same([sr.source, sr.title, sr.content[0].text], ['https://x/ACCOUNT_ID_1', 'r ACCOUNT_ID_1', 'EC2_INSTANCE_1'])
  t.same(last, { type: 'text', text: 'and ACCOUNT_ID_1?', cache_control: { type: 'ephemeral' } })
})

t.test('one maskStrings call and one maskJson call per request, whatever its size', async t => {
  const inner = scope()
  const calls = { strings: 0, json: 0 }
  const counting: MaskingScope = {
    maskStrings: async (texts) => { calls.strings++; return await inner.maskStrings(texts) },
    maskJson: async (value) => { calls.json++; return await inner.maskJson(value) }
  }
  await maskAnthropicRequest(counting, request())
  t.same(calls, { strings: 1, json: 1 })
  await maskAnthropicRequest(counting, { messages: [{ role: 'user', content: 'hi' }] })
  t.same(calls, { strings: 2, json: 1 }, 'no maskJson call without tool inputs')
  await maskAnthropicRequest(counting, { messages: [{ role: 'user', content: [IMAGE] }] })
  t.same(calls, { strings: 2, json: 1 }, 'no call at all when nothing is text')
})

t.test('odd shapes do not throw and pass through', async t => {
  const odd = { messages: [null, 3, { role: 'user' }, { role: 'user', content: [null, 'x', { type: 'text' }] }], system: 5, stop_sequences: 'no', metadata: null }
  t.same(await maskAnthropicRequest(scope(), odd), odd)
})

t.test('tool definitions: descriptions and example values are text, schema keywords are not', async t => {
  const schema = {
    type: 'object',
    title: `Roles of ${ACCOUNT}`,
    $comment: `owner ${ACCOUNT}`,
    properties: {
      role_arn: { type: 'string', description: `like arn:aws:iam::${ACCOUNT}:role/x`, pattern: '^arn:aws:iam::\\d{12}:role/.+$', examples: [INSTANCE, { nested: ACCOUNT }] },
      account: { type: 'string', enum: [ACCOUNT, 'other'], default: ACCOUNT, const: ACCOUNT, format: 'uri' },
      items: { type: 'array', items: { anyOf: [{ type: 'string', description: `an id such as ${INSTANCE}` }, { $ref: '#/$defs/id' }] } }
    },
    required: ['role_arn'],
    $defs: { id: { type: 'string', example: INSTANCE } }
  }
  const tools = [
    { name: 'assume', description: `assume a role in ${ACCOUNT}`, input_schema: schema },
    { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
    null, 'odd', { name: 'bare' }
  ]
  const out = await maskAnthropicRequest(scope(), { tools, messages: [{ role: 'user', content: 'hi' }] }) as any
  const [assume, search, ...odd] = out.tools
  t.equal(assume.name, 'assume')
  t.equal(assume.description, 'assume a role in ACCOUNT_ID_1')
  const s = assume.input_schema
  t.same([s.title, s.$comment], ['Roles of ACCOUNT_ID_1', 'owner ACCOUNT_ID_1'])
  t.equal(s.properties.role_arn.description.includes(ACCOUNT), false, 'a description is masked')
  t.equal(s.properties.role_arn.pattern, schema.properties.role_arn.pattern, 'a pattern is a keyword, kept byte for byte')
  t.same(s.properties.role_arn.examples, ['EC2_INSTANCE_1', { nested: 'ACCOUNT_ID_1' }], 'example values, nested too')
  t.same(s.properties.account, { type: 'string', enum: ['ACCOUNT_ID_1', 'other'], default: 'ACCOUNT_ID_1', const: 'ACCOUNT_ID_1', format: 'uri' })
  t.equal(s.properties.items.items.anyOf[0].description, 'an id such as EC2_INSTANCE_1', 'descriptions deep in the schema')
  t.same(s.properties.items.items.anyOf[1], { $ref: '#/$defs/id' })
  t.same([s.required, s.$defs.id], [['role_arn'], { type: 'string', example: 'EC2_INSTANCE_1' }])
  t.same(search, tools[1], 'a server tool is left alone')
  t.same(odd, [null, 'odd', { name: 'bare' }], 'odd tools pass through')
})
