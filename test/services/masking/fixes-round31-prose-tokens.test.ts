// Round 31 (contact centres): a bearer token after the word outside an `Authorization:` header
// (a Lambda log's `calling <url> with bearer 00D...!AQ8...`, a Salesforce session id) and a
// resource's UUID after a CLI option named for it (`--contact-flow-id <uuid>`) went upstream.
// Regression test, failing before.
import t from 'tap'
import { found } from './blackbox-helpers.js'

const SF = '00D5g000004XyZa!AQ8AQH7mT2pLx9vRkN4sWbY3cJ6eF1gUa0oDiQzVnB5rM7tWyZ2xC9kL3e'

t.test('a bearer token in prose is masked', async tt => {
  tt.same(found(`INFO calling https://x.example.com/services/data/v60.0/query with bearer ${SF}`), [`api_key:${SF}`])
  tt.same(found(`then call it with bearer ${SF}.`), [`api_key:${SF}`], 'the sentence dot stays out')
  tt.same(found('use Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'),
    ['api_key:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'])
})

t.test('bearer as a word stays', async tt => {
  for (const text of ['the bearer token-based-authentication-scheme works', 'a bearer token is required', 'bearer short1']) tt.same(found(text), [], text)
})

t.test("a UUID after a resource's id option is masked", async tt => {
  tt.same(found('aws connect start-outbound-voice-contact --contact-flow-id 6b2f9e04-1d83-4c57-a0e9-5f3c7d18b2a6 --instance-id x'),
    ['resource_name:6b2f9e04-1d83-4c57-a0e9-5f3c7d18b2a6'])
  tt.same(found('--meeting-id=b4e7c2a9-1f03-4d86-a5e2-9c0d7f31b8e6'), ['resource_name:b4e7c2a9-1f03-4d86-a5e2-9c0d7f31b8e6'])
  tt.same(found('--request-id 2c91f0e4-a7d3-4b68-9e15-d0c3b8f72a46'), [])
  tt.same(found('aws logs get-query-results --query-id 9e1c4b7a-2d58-4f03-b6a1-e7c3d9f0a524'), []) // a run's id, not a resource's
  tt.same(found('--command-id d4b71e2a-9c38-4f65-a0e7-3b5c8d9f1a26'), [])
  tt.same(found('request 2c91f0e4-a7d3-4b68-9e15-d0c3b8f72a46 failed'), [])
})
