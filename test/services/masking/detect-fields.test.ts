// hasFieldRole caches what fieldRole says about a key; the cache must never change the answer.
import t from 'tap'
import fc from 'fast-check'
import { fieldRole, hasFieldRole } from '../../../services/masking/detect-fields.js'

function asked (key: string, before = '{"', after = '": 1}'): boolean {
  const text = before + key + after
  return hasFieldRole(text, before.length, before.length + key.length)
}

t.test('examples, asked twice (the second answer comes from the cache)', async t => {
  for (const key of ['BucketName', 'DBInstanceIdentifier', 'password', 'db_password_v2', 'InstanceId', 'Status', 'Name', 'name', 'x']) {
    const expected = fieldRole(key) !== null
    t.equal(asked(key), expected, key)
    t.equal(asked(key, 'pad pad "'), expected, `${key} again`)
  }
})

t.test('keys with few letters: timestamps say nothing, short names still do', async t => {
  for (const key of ['2024-01-10T03', '10T03', 'v2', 'a1', 'ab', 'key', 'Key', 'pwd', 'db_pwd', '2_pwd_3', 'x-pw-d', 'constructor', 'k3y', 'p.w.d']) {
    t.equal(asked(key), fieldRole(key) !== null, key)
  }
  t.ok(asked('pwd'), 'pwd names a secret')
  t.notOk(asked('2024-01-10T03'))
})

t.test('keys sharing length, first, middle and last char are told apart', async t => {
  // all 8 chars, `p...w..d` like `password`: one cache slot, more keys than it keeps
  const keys = ['pabcwxyd', 'password', 'pqrswtud', 'paaawaad', 'pzzzwzzd', 'PASSWORD', 'pbbbwbbd', 'pcccwccd', 'pdddwddd', 'peeewLed', 'passwOrd', 'pwd0wpwd']
  for (let round = 0; round < 3; round++) {
    for (const key of keys) t.equal(asked(key), fieldRole(key) !== null, `${key} round ${round}`)
  }
  t.ok(asked('password'), 'password names a secret')
  t.notOk(asked('pabcwxyd'))
})

t.test('property: same answer as fieldRole, first and later asks', async t => {
  const piece = fc.constantFrom('Bucket', 'bucket', 'Name', 'name', 'Id', 'DB', 'Instance', 'Identifier', 'password', 'Secret', 'Token',
    'Key', 'kms', '_', '-', '.', 's', 'v2', '1', 'x', 'Function', 'Log', 'Group', 'Access', 'api', 'pwd', 'ey', 'k', 'T', '2024', '0')
  fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.nat(3), (pieces, pad) => {
    const key = pieces.join('')
    const expected = fieldRole(key) !== null
    return asked(key, ' '.repeat(pad) + '"') === expected && asked(key, '\n', '=') === expected
  }), { numRuns: 3000 })
  t.pass('3000 generated keys')
})
