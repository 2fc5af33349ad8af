// Black-box round trip of the unseen documents as a streamed answer: the model echoes the masked
// document (plain text, and inside a JSON string as tool-call arguments are streamed), cut at
// every position around every token and one character at a time; the client must get the
// original back exactly.
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createMasker, createMemoryStore } from '../../../services/masking/index.js'
import { cutsAroundTokens, streamed } from './blackbox-helpers.js'
import { createTokenRegex } from '../../../services/masking/token-format.js'

const DIR = fileURLToPath(new URL('../../fixtures/blackbox/', import.meta.url))
const DOCUMENTS = readdirSync(DIR).filter(f => f !== 'expectations.json').sort()

function charChunks (text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text[i])
}

t.test('blackbox documents survive a streamed echo cut anywhere', async tt => {
  tt.ok(DOCUMENTS.length >= 25)
  for (const doc of DOCUMENTS) {
    const store = createMemoryStore({ maxMappings: 1e6 })
    const scope = await createMasker({ store }).openScope()
    const text = readFileSync(DIR + doc, 'utf8')
    const masked = await scope.maskText(text)
    const cuts = cutsAroundTokens(masked)
    tt.ok(cuts.length > 0, `${doc}: has tokens to cut`)
    const badCut = cuts.find(c => streamed(scope, [masked.slice(0, c), masked.slice(c)], false) !== text)
    tt.equal(badCut, undefined, `${doc}: every cut around ${cuts.length / 5 | 0}+ tokens restores the text`)
    tt.ok(streamed(scope, charChunks(masked), false) === text, `${doc}: one character at a time`)

    const json = JSON.stringify(masked)
    const jsonCuts = cutsAroundTokens(json)
    const badJsonCut = jsonCuts.find(c => {
      const out = streamed(scope, [json.slice(0, c), json.slice(c)], true)
      return JSON.parse(out) !== text
    })
    tt.equal(badJsonCut, undefined, `${doc}: inside a JSON string, every cut restores valid JSON of the text`)
    tt.equal(JSON.parse(streamed(scope, charChunks(json), true)), text, `${doc}: JSON string one character at a time`)
    await scope.release()
    await store.close()
  }
})

t.test('an answer quoting tokens in prose, markdown, code and URLs comes back restored', async tt => {
  const store = createMemoryStore({ maxMappings: 1e6 })
  const scope = await createMasker({ store }).openScope()
  tt.teardown(async () => { await scope.release(); await store.close() })
  const text = readFileSync(DIR + 'incident-notes.md', 'utf8') + readFileSync(DIR + 'app-logs.txt', 'utf8')
  const masked = await scope.maskText(text)
  const tokens = [...new Set([...masked.matchAll(createTokenRegex())].map(m => m[0]))]
  tt.ok(tokens.length >= 10, 'enough tokens to quote')
  const answer = tokens.map((tok, i) => [
    `Check **${tok}**: it is in \`${tok}\`.`,
    `\`\`\`bash\naws describe --id ${tok} --region eu-west-1\n\`\`\``,
    `| ${tok} | row ${i} |`,
    `See https://console.aws.amazon.com/go/${tok}?q=${tok}#${tok}`,
    `${tok}.${tok},(${tok})[${tok}]`
  ][i % 5]).join('\n')
  const expected = scope.unmaskText(answer)
  tt.not(expected, answer, 'restoration changes the answer')
  for (const tok of tokens) tt.notOk(expected.includes(tok), `${tok} restored`)
  const cuts = Array.from({ length: answer.length + 1 }, (_, i) => i)
  tt.equal(cuts.find(c => streamed(scope, [answer.slice(0, c), answer.slice(c)], false) !== expected), undefined, 'every cut')
  tt.equal(streamed(scope, charChunks(answer), false), expected, 'one character at a time')
})
