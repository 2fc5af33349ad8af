import t from 'tap'
import { collectStrings, mapStrings, rebuildWithStrings } from '../../../services/masking/json-walk.js'

t.test('collects values with their field, tag keys, keys and long integers, in walk order', async (t) => {
  const value = {
    BucketName: 'b1',
    SecurityGroupIds: ['sg-1', 'sg-2'],
    Tags: [{ Key: 'Name', Value: 'web' }, { key: 'env', value: 'prod' }],
    OwnerId: 123456789012,
    Port: 443,
    Ratio: 1.5,
    Nested: { Deep: [[{ Arn: 'x' }]] },
    Nothing: null,
    Yes: true
  }
  const sites = collectStrings(value)
  t.same(sites.find((s) => s.text === 'b1')?.context, { field: 'BucketName' })
  t.same(sites.find((s) => s.text === 'sg-2')?.context, { field: 'SecurityGroupIds' }, 'array items keep the field of their array')
  t.same(sites.find((s) => s.text === 'web')?.context, { field: 'Value', tagKey: 'Name' })
  t.same(sites.find((s) => s.text === 'prod')?.context, { field: 'value', tagKey: 'env' })
  t.same(sites.find((s) => s.text === '123456789012')?.context, { field: 'OwnerId' })
  t.same(sites.find((s) => s.text === 'x')?.context, { field: 'Arn' })
  t.notOk(sites.some((s) => s.text === '443' || s.text === '1.5'), 'short numbers are not sites')
  t.ok(sites.some((s) => s.text === 'Nested' && s.context === undefined), 'keys are sites without context')
})

t.test('rebuild puts replaced strings back in place, numbers only when changed', async (t) => {
  const value = { a: ['x', 'y'], n: 123456789012, m: 999999999999, k: { inner: 'z' } }
  const sites = collectStrings(value)
  const replaced = sites.map((s) => (s.text === '123456789012' ? 'ACCOUNT_ID_1' : s.text.toUpperCase()))
  t.same(rebuildWithStrings(value, replaced), { A: ['X', 'Y'], N: 'ACCOUNT_ID_1', M: 999999999999, K: { INNER: 'Z' } })
  t.same(value, { a: ['x', 'y'], n: 123456789012, m: 999999999999, k: { inner: 'z' } }, 'input untouched')
})

t.test('__proto__ keys stay own keys and never pollute', async (t) => {
  const value = JSON.parse('{"__proto__": {"polluted": "yes"}, "b": 1}')
  const out = mapStrings(value, (text) => text) as Record<string, unknown>
  t.equal(Object.getPrototypeOf(out), Object.prototype)
  t.ok(Object.hasOwn(out, '__proto__'))
  t.equal(JSON.stringify(out), '{"__proto__":{"polluted":"yes"},"b":1}')
  t.equal(({} as Record<string, unknown>).polluted, undefined)
  const renamed = mapStrings({ key: 1 }, (text) => (text === 'key' ? '__proto__' : text)) as Record<string, unknown>
  t.ok(Object.hasOwn(renamed, '__proto__'), 'a key restored to __proto__ is an own key too')
})

t.test('primitives at the top level', async (t) => {
  t.equal(mapStrings('abc', (s) => s + '!'), 'abc!')
  t.equal(mapStrings(null, (s) => s + '!'), null)
  t.equal(mapStrings(5, (s) => s + '!'), 5)
})

t.test('name/value pairs: the name says what the value is (k8s env, SSM parameters, CloudWatch dimensions)', async (t) => {
  const { createMasker, createMemoryStore } = await import('../../../services/masking/index.js')
  const masker = createMasker({ store: createMemoryStore({ maxMappings: 1000 }) })
  const scope = await masker.openScope()
  t.teardown(() => scope.release())
  const input = {
    env: [{ name: 'DB_PASSWORD', value: 'Tr0ub4dor&3xyz' }, { name: 'LOG_LEVEL', value: 'debug' }],
    Parameters: [{ Name: '/prod/payments/stripe-api-key', Value: 'sk_live_abcdef123456' }],
    Dimensions: [{ Name: 'FunctionName', Value: 'invoice-sync' }, { Name: 'InstanceId', Value: 'i-0a1b2c3d4e5f67890' }]
  }
  const masked = JSON.stringify(await scope.maskJson(input))
  for (const secret of ['Tr0ub4dor&3xyz', 'sk_live_abcdef123456', 'invoice-sync', 'i-0a1b2c3d4e5f67890', 'stripe-api-key']) {
    t.notOk(masked.includes(secret), `${secret} is masked`)
  }
  t.ok(masked.includes('"name":"LOG_LEVEL","value":"debug"'), 'an ordinary pair passes unchanged')
  t.ok(masked.includes('"Name":"FunctionName"'), 'the dimension name itself stays')
  t.same(scope.unmaskJson(JSON.parse(masked)), input)
})

t.test('a JSON number masked as an account id comes back as a number; a measure is never masked', async (t) => {
  const { createMasker, createMemoryStore } = await import('../../../services/masking/index.js')
  const masker = createMasker({ store: createMemoryStore({ maxMappings: 1000 }) })
  const scope = await masker.openScope()
  t.teardown(() => scope.release())
  const input = { OwnerId: 482019374655, storedBytes: 412002286110, TotalSize: 998877665544, note: 'owner 590817263544', other: '590817263544', list: [371625849301] }
  const masked = await scope.maskJson(input) as Record<string, unknown>
  t.equal(masked.OwnerId, 'ACCOUNT_ID_1', 'the number is masked (a token is a string)')
  t.equal(masked.storedBytes, 412002286110, 'a byte count stays a number, unmasked')
  t.equal(masked.TotalSize, 998877665544, 'a size stays')
  t.strictSame(scope.unmaskJson(masked), input, 'exact round trip, types included')
  t.strictSame(scope.unmaskJson({ answer: 'ACCOUNT_ID_1', text: 'see ACCOUNT_ID_1' }), { answer: 482019374655, text: 'see 482019374655' },
    'a whole-value token of a number is restored as the number; inside text, as its digits')
  t.equal(typeof (scope.unmaskJson({ v: masked.other }) as { v: unknown }).v, 'string', 'a value seen as a string stays a string')
  const accounts = await scope.maskJson({ account: 111122223333, Account: 222233334444, targetAccount: 333344445555, discount: 444455556666 }) as Record<string, unknown>
  t.strictSame(accounts, { account: 'ACCOUNT_ID_4', Account: 'ACCOUNT_ID_5', targetAccount: 'ACCOUNT_ID_6', discount: 'ACCOUNT_ID_7' },
    'account fields are no measure: `count` must be the whole last word of the key')
})
