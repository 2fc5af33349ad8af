// The leak check must pass what the masker produces from real material: every fixture document
// (all black-box rounds), masked as text, as parsed JSON, and sent whole through /v1. A false
// alarm here is a user's legitimate request refused (S3 and API Gateway URLs, ElastiCache hosts
// and SSO start URLs were refused this way until the check learnt to judge a match that reads
// into our own token by what is left of it).
import t from 'tap'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { buildProxyFixture } from '../../routes/v1/proxy-app.js'
import { assistantMessage } from '../../helpers/mock-anthropic.js'

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const documents = readdirSync(ROOT)
  .filter((dir) => dir === 'aws' || dir.startsWith('blackbox'))
  .flatMap((dir) => readdirSync(ROOT + dir).map((name) => `${dir}/${name}`))
  .filter((path) => statSync(ROOT + path).isFile() && !path.endsWith('expectations.json'))
  .map((path) => ({ path, text: readFileSync(ROOT + path, 'utf8') }))

t.test('every fixture document, masked as text and as JSON, passes the leak check', async (t) => {
  const store = createMemoryStore({ maxMappings: 1_000_000 })
  t.teardown(() => store.close())
  const masker = createMasker({ store })
  const refused: string[] = []
  for (const { path, text } of documents) {
    const scope = await masker.openScope()
    try {
      const masked = await scope.maskText(text)
      await scope.assertClean(masked).catch(() => refused.push(`${path} (text)`))
      await scope.assertCleanJson(JSON.stringify({ content: masked })).catch(() => refused.push(`${path} (as a JSON string)`))
      if (path.endsWith('.json')) {
        let parsed: unknown
        try { parsed = JSON.parse(text) } catch { parsed = undefined }
        if (parsed !== undefined) await scope.assertCleanJson(JSON.stringify(await scope.maskJson(parsed))).catch(() => refused.push(`${path} (parsed JSON)`))
      }
    } finally {
      await scope.release()
    }
  }
  t.ok(documents.length >= 150, `${documents.length} documents`)
  t.same(refused, [], 'none refused')
})

t.test('the whole corpus through /v1 in one conversation: sent, and nothing refused', async (t) => {
  const { mock, client } = await buildProxyFixture(t)
  mock.fallback({ message: assistantMessage([{ type: 'text', text: 'ok' }]) })
  const messages = documents.flatMap(({ text }, i) => [
    { role: 'user' as const, content: [{ type: 'text' as const, text }] },
    { role: 'assistant' as const, content: `noted ${i}` }
  ]).slice(0, -1)
  const answer = await client().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 16, messages })
  t.equal(answer.content[0].type, 'text')
  t.equal(mock.requests.length, 1, 'the request went upstream')
})

t.test("an ARN's one-word resource segment is not replaced in every later text of the conversation", async (t) => {
  const store = createMemoryStore({ maxMappings: 1000 })
  t.teardown(() => store.close())
  const scope = await createMasker({ store }).openScope({ id: 'segments' })
  t.teardown(() => scope.release())
  await scope.maskText('acl arn:aws:wafv2:eu-central-1:577128926595:regional/webacl/halyard-edge-acl/3e7c1a9f-5b2d and ' +
    'entry arn:aws:eks:eu-central-1:577128926595:access-entry/halyard-prod/role/652709260327/halyard-ci-deployer/5ec7b4d2')
  t.equal(await scope.maskText('attach the role to the webacl'), 'attach the role to the webacl', 'ordinary words stay words')
  t.notMatch(await scope.maskText('see halyard-edge-acl again'), /halyard-edge-acl/, 'a name with a separator is still found everywhere')
})
