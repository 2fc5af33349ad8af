// A bare password after `password=` / `password:` / `pwd=` ran only to its first `&` (a bare value
// stops there, as a URL query's parameters do), so 'Tr0ub4dor&3' went out as a token and '&3'.
// An `&` now ends a bare secret only where a query's next parameter starts (`&next=1`).
import t from 'tap'
import { found } from './blackbox-helpers.js'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'

t.test('an & inside a bare secret is part of it', async tt => {
  tt.same(found('password=Tr0ub4dor&3'), ['connection_secret:Tr0ub4dor&3'])
  tt.same(found('password: Tr0ub4dor&3 and then'), ['connection_secret:Tr0ub4dor&3'], 'YAML, prose after it')
  tt.same(found('DB_PASSWORD=p@ss&word!&x'), ['connection_secret:p@ss&word!&x'], 'several')
})

t.test('an & starting a query parameter still ends the secret', async tt => {
  tt.same(found('https://portal.example.com/login?user=bob&password=Tr0ub4dor&next=%2Fhome'), ['connection_secret:Tr0ub4dor'])
  tt.same(found('https://portal.example.com/login?password=Tr0ub4dor&amp;next=1'), ['connection_secret:Tr0ub4dor'], 'an HTML-escaped &')
  tt.same(found('password=Tr0ub4dor & echo done'), ['connection_secret:Tr0ub4dor'], 'a shell & after a space')
})

t.test('masked whole and restored byte for byte', async tt => {
  const store = createMemoryStore({ maxMappings: 1000 })
  tt.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope()
  for (const text of ['password=Tr0ub4dor&3', 'export PGPASSWORD=a&b&c; psql', '{"log": "login failed, password: Tr0ub4dor&3"}']) {
    const masked = await scope.maskText(text)
    tt.notMatch(masked, /Tr0ub4dor|&3|&b/, masked)
    tt.equal(scope.unmaskText(masked), text)
  }
})
